import { isOwnedSheetName, RUN_LOG_SHEET } from "../../workbook/owned-sheets";
import type { Literal } from "../../workbook/sheet-model";
import { parseRange, splitReference } from "./addresses";
import { entryOf } from "./cell-blocks";

type Outcome<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly problem: string };

/**
 * Writes single input cells ("Plan!B4"), in one request after one that checks the sheets
 * exist. Text stays text (written with Excel's apostrophe); null empties the cell. An address
 * that is not one cell of an existing input sheet is a problem, and nothing is written.
 */
export async function writeInputCells(context: Excel.RequestContext, cells: readonly { readonly address: string; readonly value: Literal }[]): Promise<Outcome<{ readonly written: number }>> {
  const targets: { sheet: string; range: string; value: Literal }[] = [];
  for (const cell of cells) {
    const split = splitReference(cell.address);
    const bounds = split === undefined ? undefined : parseRange(split.range);
    if (split === undefined || bounds === undefined || bounds.top !== bounds.bottom || bounds.left !== bounds.right) {
      return { ok: false, problem: `"${cell.address}" is not one cell of a sheet (such as Plan!B4); nothing was written.` };
    }
    if (isOwnedSheetName(split.sheet)) return { ok: false, problem: `${cell.address} is on an output sheet, which is regenerated on each calculation; nothing was written.` };
    targets.push({ ...split, value: cell.value });
  }
  if (targets.length === 0) return { ok: true, written: 0 };
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const byName = new Map(worksheets.items.map((worksheet) => [worksheet.name.toLowerCase(), worksheet]));
  const unknown = targets.find((target) => !byName.has(target.sheet.toLowerCase()));
  if (unknown !== undefined) return { ok: false, problem: `The workbook has no sheet named "${unknown.sheet}"; nothing was written.` };
  for (const target of targets) {
    const worksheet = byName.get(target.sheet.toLowerCase()) as Excel.Worksheet;
    // "" empties a cell: entryOf gives null (leave alone) for a blank, which is not what a cleared setting means.
    worksheet.getRange(target.range).formulas = [[entryOf(target.value) ?? ""]];
  }
  await context.sync();
  return { ok: true, written: targets.length };
}

/** The Run log sheet's rows under its header, blanks as null; none when there is no such sheet. */
export async function readRunLog(context: Excel.RequestContext): Promise<readonly (readonly Literal[])[]> {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(RUN_LOG_SHEET);
  await context.sync();
  if (worksheet.isNullObject) return [];
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return [];
  return used.values.slice(1).map((row) => row.map((value: unknown): Literal => (value === "" || value === undefined ? null : (value as Literal))));
}

/** Activates the sheet and selects the range ("Posts!F7"); a problem for an address that is not a range of an existing sheet. */
export async function select(context: Excel.RequestContext, address: string): Promise<Outcome<{ readonly selected: string }>> {
  const split = splitReference(address);
  if (split === undefined) return { ok: false, problem: `"${address}" is not a cell or range of a sheet (such as Posts!F7).` };
  const worksheet = context.workbook.worksheets.getItemOrNullObject(split.sheet);
  await context.sync();
  if (worksheet.isNullObject) return { ok: false, problem: `The workbook has no sheet named "${split.sheet}" (it may have been renamed or deleted); calculate again to refresh the links.` };
  worksheet.activate();
  worksheet.getRange(split.range).select();
  await context.sync();
  return { ok: true, selected: address };
}
