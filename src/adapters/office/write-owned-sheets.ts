import { OWNED_TAB_COLOR, type RichCell, type SheetModel, type WorkbookModel } from "../../workbook/sheet-model";
import { hexColour } from "./cell-styles";
import type { SupportsApi } from "./host";
import { isOwned, markOwned, ownedNote, probeOwned } from "./owned-marker";
import { ACTION_BYTES, RequestBudget } from "./request-budget";
import { queueSheet } from "./sheet-writer";
import { checkModel } from "./check-model";

/** What writing the owned sheets did: the sheets written, and what of them the host could not take. */
export type OwnedWrite = { readonly ok: true; readonly written: readonly string[]; readonly warnings: readonly string[] } | { readonly ok: false; readonly problem: string };

/**
 * Replaces the model's owned sheets in the open workbook. Two requests look (which sheets and
 * tables there are; whether each same-named sheet is owned); if a user's sheet has an owned
 * sheet's name, or a model table's name is taken on a sheet that stays, nothing is changed.
 * Then, with calculation suspended in every request, the previous owned sheets are set aside
 * under free names, the new ones written after the user's sheets, a request for each sheet, none
 * over REQUEST_BYTES, and the set-aside sheets deleted with the last; a failure part way puts the
 * previous sheets back. Runs of the same formula are one action each, whatever
 * their length, so a 10,000-line plan's sheets each fit in one request.
 */
export async function writeOwnedSheets(context: Excel.RequestContext, model: WorkbookModel, supports: SupportsApi): Promise<OwnedWrite> {
  const sheets = model.sheets.filter((sheet) => sheet.owned);
  const modelProblem = checkModel(sheets);
  if (modelProblem !== undefined) return { ok: false, problem: modelProblem };

  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const wanted = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const existing = worksheets.items.filter((worksheet) => wanted.has(worksheet.name.toLowerCase()));
  const probes = existing.map((worksheet) => ({ worksheet, probe: probeOwned(worksheet, supports) }));
  const tableSheets = tables.items.map((table) => ({ table, sheet: table.worksheet.load("name") }));
  await context.sync();

  const user = probes.find(({ probe }) => !isOwned(probe));
  if (user !== undefined) {
    const name = user.worksheet.name;
    return { ok: false, problem: `The workbook already has a sheet named "${name}" that Resourcing Planner did not write; rename or delete it so the "${name}" output sheet can be written. Nothing has been changed.` };
  }
  const kept = new Map(tableSheets.filter(({ sheet }) => !wanted.has(sheet.name.toLowerCase())).map(({ table, sheet }) => [table.name.toLowerCase(), sheet.name]));
  for (const sheet of sheets) {
    for (const table of sheet.tables ?? []) {
      const other = kept.get(table.name.toLowerCase());
      if (other !== undefined) return { ok: false, problem: `The table name "${table.name}" on the ${sheet.name} output sheet is already used by a table on ${other}; rename that table. Nothing has been changed.` };
    }
  }

  const warnings = new Set<string>();
  const suspend = () => context.application.suspendApiCalculationUntilNextSync();
  suspend();
  const budget = new RequestBudget(context, suspend);
  // The previous owned sheets are set aside under free names first and deleted only with the
  // last sheet written, so a request that fails part way leaves them as they were (rollBack).
  const taken = new Set(worksheets.items.map((worksheet) => worksheet.name.toLowerCase()));
  const retired = probes.map(({ worksheet }) => {
    const name = worksheet.name;
    const aside = freeName(taken);
    worksheet.name = aside;
    return { name, aside };
  });
  const added: string[] = [];
  try {
    for (const [index, sheet] of sheets.entries()) {
      // One request a sheet: a calculation takes the same number of requests for ten lines or
      // ten thousand (a sheet is split only if it alone is over the budget).
      if (index > 0) await budget.nextRequest();
      await budget.reserve(4 * ACTION_BYTES);
      const worksheet = context.workbook.worksheets.add(sheet.name);
      added.push(sheet.name);
      markOwned(worksheet);
      // Tab colours are ExcelApi 1.7; the owned marker does not depend on them.
      if (supports("1.7")) worksheet.tabColor = hexColour(OWNED_TAB_COLOR);
      const problem = await queueSheet(sheet, { context, worksheet, budget, supports, warn: (warning) => warnings.add(warning), a1Note: ownedNote(a1NoteOf(sheet)) });
      if (problem !== undefined) {
        await rollBack(context, added, retired);
        return { ok: false, ...problem };
      }
    }
    for (const { aside } of retired) {
      await budget.reserve(ACTION_BYTES);
      context.workbook.worksheets.getItem(aside).delete();
    }
    await budget.finish();
  } catch (error) {
    await rollBack(context, added, retired);
    throw error;
  }
  return { ok: true, written: sheets.map((sheet) => sheet.name), warnings: [...warnings] };
}

/** A sheet name not in use (and now taken), for an owned sheet set aside while its replacement is written. */
function freeName(taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `Resourcing Planner old ${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * Puts the workbook back as it was after a failed write: the sheets written so far deleted, the
 * previous owned sheets given their names back. Best effort: if Excel refuses this too, the
 * original failure is the one reported.
 */
async function rollBack(context: Excel.RequestContext, added: readonly string[], retired: readonly { readonly name: string; readonly aside: string }[]): Promise<void> {
  try {
    const written = added.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    const asides = retired.map(({ aside }) => context.workbook.worksheets.getItemOrNullObject(aside));
    await context.sync();
    written.forEach((worksheet) => {
      if (!worksheet.isNullObject) worksheet.delete();
    });
    asides.forEach((worksheet, i) => {
      if (!worksheet.isNullObject) worksheet.name = (retired[i] as { readonly name: string }).name;
    });
    await context.sync();
  } catch {
    // The failure being rolled back is reported by the caller.
  }
}

function a1NoteOf(sheet: SheetModel): string | undefined {
  const cell = sheet.rows[0]?.[0];
  return typeof cell === "object" && cell !== null ? (cell as RichCell).note : undefined;
}
