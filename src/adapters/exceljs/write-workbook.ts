import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec, SheetModel, WorkbookModel } from "../../workbook/sheet-model";
import { columnLetters, quoteSheet } from "../../workbook/tables";
import { isOwnedSheet, loadBase } from "./base-workbook";
import type { ChartCache } from "./chart-part";
import { finishPackage } from "./finish-package";
import { addOwnedSheets, type OwnedSheet } from "./owned-sheets";
import { packageBytes } from "./package-bytes";
import { inlineList, renderSheet, type ListRange, type SheetExtras } from "./render-sheet";
import { rangeValues } from "./range-values";
import { surveySheet } from "./sheet-survey";
import { expandFills } from "../../workbook/expand-fills";

/**
 * The bytes of the written workbook, or why it could not be written (a bad base file, a model
 * Excel cannot hold). `warnings` says what of the user's workbook could not be kept as it was.
 */
export type WriteOutcome = { readonly data: Buffer; readonly warnings?: readonly string[] } | { readonly problem: string };

/** The path written to, or why nothing was written. */
export type WriteFileOutcome = { readonly written: string } | { readonly problem: string };

/** The hidden owned sheet holding dropdown choices too long for an inline list. */
export const LISTS_SHEET = "Planner lists";

/** Fixed document dates for a new workbook, so the same model gives the same file. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const CREATOR = "Resourcing Planner";

/**
 * Writes the model's sheets as an .xlsx workbook. Without `base`, a new workbook of the model's
 * sheets. With `base` (the user's workbook), the user's sheets are kept and the model's sheets
 * added after them; a sheet of the same name is replaced only if it is owned (A1's marker note),
 * and a user's sheet named like an owned model sheet is a problem, never overwritten.
 */
export async function writeWorkbook(model: WorkbookModel, base?: Buffer): Promise<WriteOutcome> {
  const modelProblem = checkModel(model);
  if (modelProblem !== undefined) return { problem: modelProblem };

  let workbook: ExcelJS.Workbook;
  let sheets: readonly SheetModel[] = model.sheets;
  let userSheets: readonly string[] = [];
  if (base === undefined) {
    workbook = new ExcelJS.Workbook();
    workbook.creator = CREATOR;
    workbook.lastModifiedBy = CREATOR;
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
  } else {
    const loaded = await loadBase(base);
    if ("problem" in loaded) return loaded;
    workbook = loaded.workbook;
    const merged = makeRoom(workbook, model);
    if ("problem" in merged) return merged;
    sheets = merged.sheets;
    userSheets = workbook.worksheets.map((worksheet) => worksheet.name);
    // Keep the user's document dates; fill them only where the file had none.
    workbook.created = workbook.created ?? FIXED_DATE;
    workbook.modified = workbook.modified ?? FIXED_DATE;
  }
  // The formulas are the record: Excel recalculates them on open rather than trusting any cache.
  workbook.calcProperties.fullCalcOnLoad = true;

  const tableProblem = checkTableNames(workbook, sheets);
  if (tableProblem !== undefined) return { problem: tableProblem };

  // Every model list gets its column, rendered sheet or not, so a run over a workbook whose input
  // sheets were kept gives the lists sheet the same columns those sheets' dropdowns point at.
  const lists = new ListSheet();
  for (const sheet of model.sheets) {
    for (const validation of sheet.validations ?? []) {
      if (!("formula" in validation.list) && inlineList(validation.list) === undefined) lists.rangeOf(validation.list);
    }
  }
  // Input sheets go through ExcelJS; owned sheets get an empty worksheet there (their place,
  // sheet id and relationship in the workbook) and are written directly into the package later,
  // which for sheets of millions of cells is many times faster and smaller in memory.
  const listRange: ListRange = (choices) => lists.rangeOf(choices);
  const extras: SheetExtras[] = [];
  const owned: OwnedSheet[] = [];
  for (const sheet of sheets) {
    if (sheet.owned) {
      const survey = surveySheet(sheet, listRange);
      if ("problem" in survey) return survey;
      workbook.addWorksheet(sheet.name);
      owned.push({ model: sheet, survey });
      continue;
    }
    // Formula fills are written whole only on owned sheets; elsewhere cell by cell.
    const rendered = renderSheet(workbook.addWorksheet(sheet.name), expandFills(sheet), listRange);
    if ("problem" in rendered) return rendered;
    extras.push(rendered);
  }
  if (lists.needed) {
    const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === LISTS_SHEET.toLowerCase());
    if (existing !== undefined && !isOwnedSheet(existing)) {
      return { problem: `The workbook already has a sheet named "${existing.name}" that Resourcing Planner did not write; rename it so the dropdown choices can be written there.` };
    }
    if (existing !== undefined) workbook.removeWorksheet(existing.id);
    const listSheet = lists.sheet();
    const survey = surveySheet(listSheet, () => "");
    if ("problem" in survey) return survey;
    workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
    owned.push({ model: listSheet, survey });
  }
  keepActiveTabInRange(workbook);

  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true }));
  const bySheet = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const cacheOf = (chart: ChartSpec): ChartCache => ({
    categories: rangeValues(chart.categories, bySheet),
    values: chart.series.map((series) => rangeValues(series.values, bySheet)),
  });
  const taken = new Set<string>();
  const finished = await finishPackage(zip, extras, cacheOf, taken, base === undefined ? undefined : { base, userSheets });
  const lazy = await addOwnedSheets(zip, owned, cacheOf, taken);
  const data = await packageBytes(zip, lazy);
  if (finished.lostCharts.length === 0) return { data };
  const warnings = finished.lostCharts.map((sheet) => `${sheet}: its charts could not be kept (the sheet also has pictures); the rest of the sheet is unchanged.`);
  return { data, warnings };
}

/** Writes the model to `outPath` (over `basePath`'s workbook when given); never writes over the base file. */
export async function writeWorkbookFile(model: WorkbookModel, outPath: string, basePath?: string): Promise<WriteFileOutcome> {
  let base: Buffer | undefined;
  if (basePath !== undefined) {
    if (path.resolve(basePath) === path.resolve(outPath)) return { problem: `${outPath}: choose a new file to write; the workbook given is never overwritten.` };
    try {
      base = await fs.readFile(basePath);
    } catch (error) {
      return { problem: `${basePath}: could not be read (${fileError(error)}).` };
    }
  }
  const outcome = await writeWorkbook(model, base);
  if ("problem" in outcome) return outcome;
  try {
    await fs.writeFile(outPath, outcome.data);
  } catch (error) {
    return { problem: `${outPath}: could not be written (${fileError(error)}).` };
  }
  return { written: outPath };
}

function fileError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return error instanceof Error ? error.message : String(error);
}

/** Excel's rules for a sheet name. */
function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return `the sheet name "${name}" must be 1 to 31 characters long.`;
  if (/[:\\/?*[\]]/.test(name)) return `the sheet name "${name}" cannot contain : \\ / ? * [ or ].`;
  if (name.startsWith("'") || name.endsWith("'")) return `the sheet name "${name}" cannot start or end with an apostrophe.`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel as a sheet name.`;
  return undefined;
}

/** Excel's rules for a table name: a name, not a cell reference. */
function tableNameProblem(name: string): string | undefined {
  const valid = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && name.length <= 255;
  const looksLikeCell = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return valid && !looksLikeCell ? undefined : `"${name}" is not a valid Excel table name (letters, digits, _ and ., starting with a letter, and not a cell address).`;
}

function checkModel(model: WorkbookModel): string | undefined {
  const names = new Set<string>();
  for (const sheet of model.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem !== undefined) return problem;
    const key = sheet.name.toLowerCase();
    if (names.has(key)) return `the sheet name "${sheet.name}" is used twice (Excel ignores case in sheet names).`;
    names.add(key);
    for (const table of sheet.tables ?? []) {
      const tableProblem = tableNameProblem(table.name);
      if (tableProblem !== undefined) return `${sheet.name}: ${tableProblem}`;
    }
  }
  if (names.has(LISTS_SHEET.toLowerCase())) return `"${LISTS_SHEET}" is reserved for the dropdown choices.`;
  return undefined;
}

/**
 * Removes the base workbook's owned sheets the model replaces, and
 * decides what to do with each model sheet whose name a user's sheet already has: a problem for
 * an owned model sheet; for an input sheet, the user's sheet stays and the model's is not written.
 */
function makeRoom(workbook: ExcelJS.Workbook, model: WorkbookModel): { readonly sheets: readonly SheetModel[] } | { readonly problem: string } {
  const byName = new Map(model.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const keptInputs = new Set<string>();
  const replaced: ExcelJS.Worksheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const key = worksheet.name.toLowerCase();
    const sheet = byName.get(key);
    const ours = isOwnedSheet(worksheet);
    if (ours && sheet !== undefined) replaced.push(worksheet);
    else if (!ours && sheet?.owned === true) {
      return {
        problem: `The workbook already has a sheet named "${worksheet.name}" that Resourcing Planner did not write; rename or delete it so the "${sheet.name}" output sheet can be written. It has not been changed.`,
      };
    } else if (!ours && sheet !== undefined) keptInputs.add(key);
  }
  for (const worksheet of replaced) workbook.removeWorksheet(worksheet.id);
  return { sheets: model.sheets.filter((sheet) => !keptInputs.has(sheet.name.toLowerCase())) };
}

/** Table names are unique in a workbook (ignoring case), across the user's sheets and ours. */
function checkTableNames(workbook: ExcelJS.Workbook, sheets: readonly SheetModel[]): string | undefined {
  const taken = new Map<string, string>();
  for (const worksheet of workbook.worksheets) {
    for (const table of worksheet.getTables() as unknown as readonly { readonly name: string }[]) taken.set(table.name.toLowerCase(), worksheet.name);
  }
  for (const sheet of sheets) {
    for (const table of sheet.tables ?? []) {
      const other = taken.get(table.name.toLowerCase());
      if (other !== undefined) return `The table name "${table.name}" on ${sheet.name} is already used by a table on ${other}; table names must be unique in a workbook.`;
      taken.set(table.name.toLowerCase(), sheet.name);
    }
  }
  return undefined;
}

/** A removed sheet may have been the active one; Excel refuses an active tab past the last sheet. */
function keepActiveTabInRange(workbook: ExcelJS.Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if ((view.activeTab ?? 0) >= count) view.activeTab = 0;
    if ((view.firstSheet ?? 0) >= count) view.firstSheet = 0;
  }
}

/** Collects dropdown choices into columns of the hidden lists sheet; identical lists share a column. */
class ListSheet {
  private readonly columns: (readonly string[])[] = [];
  private readonly byKey = new Map<string, number>();

  get needed(): boolean {
    return this.columns.length > 0;
  }

  /** The range holding the choices: row 1 is a heading, choices from row 2. */
  rangeOf(choices: readonly string[]): string {
    const key = JSON.stringify(choices);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.columns.length;
      this.columns.push(choices);
      this.byKey.set(key, index);
    }
    const letters = columnLetters(index + 1);
    return `=${quoteSheet(LISTS_SHEET)}!$${letters}$2:$${letters}$${Math.max(choices.length, 1) + 1}`;
  }

  sheet(): SheetModel {
    const height = Math.max(...this.columns.map((choices) => choices.length));
    const rows = [this.columns.map((_, index) => `Choices ${index + 1}`)];
    for (let r = 0; r < height; r++) rows.push(this.columns.map((choices) => choices[r] ?? null) as string[]);
    return { name: LISTS_SHEET, owned: true, rows, columns: this.columns.map(() => ({ width: 30 })) };
  }
}
