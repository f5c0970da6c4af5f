import type { WorkbookModel } from "../../workbook/sheet-model";
import { hexColour } from "./cell-styles";
import { checkModel } from "./check-model";
import type { SupportsApi } from "./host";
import { ACTION_BYTES, RequestBudget } from "./request-budget";
import { queueSheet } from "./sheet-writer";

export type InputSheetsAdded =
  | { readonly ok: true; readonly added: readonly string[]; readonly skipped: readonly string[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problem: string };

/**
 * Adds the model's sheets the workbook does not have: one request looks at the sheets and
 * tables there are; a sheet that exists, or one with a table whose name is taken, is skipped
 * and never touched. The rest are written like owned sheets (values first, then tables,
 * dropdowns), in byte-bounded requests, but carry no owned marker: they are the user's.
 */
export async function addInputSheets(context: Excel.RequestContext, model: WorkbookModel, supports: SupportsApi): Promise<InputSheetsAdded> {
  const modelProblem = checkModel(model.sheets);
  if (modelProblem !== undefined) return { ok: false, problem: modelProblem };
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((worksheet) => worksheet.name.toLowerCase()));
  const tableNames = new Set(tables.items.map((table) => table.name.toLowerCase()));
  const toAdd = model.sheets.filter((sheet) => !sheetNames.has(sheet.name.toLowerCase()) && !(sheet.tables ?? []).some((table) => tableNames.has(table.name.toLowerCase())));
  const skipped = model.sheets.filter((sheet) => !toAdd.includes(sheet)).map((sheet) => sheet.name);
  if (toAdd.length === 0) return { ok: true, added: [], skipped, warnings: [] };

  const warnings = new Set<string>();
  const suspend = () => context.application.suspendApiCalculationUntilNextSync();
  suspend();
  const budget = new RequestBudget(context, suspend);
  for (const sheet of toAdd) {
    await budget.reserve(2 * ACTION_BYTES);
    const worksheet = context.workbook.worksheets.add(sheet.name);
    if (sheet.tabColor !== undefined && supports("1.7")) worksheet.tabColor = hexColour(sheet.tabColor);
    const problem = await queueSheet(sheet, { context, worksheet, budget, supports, warn: (warning) => warnings.add(warning) });
    if (problem !== undefined) return { ok: false, ...problem };
  }
  await budget.finish();
  return { ok: true, added: toAdd.map((sheet) => sheet.name), skipped, warnings: [...warnings] };
}
