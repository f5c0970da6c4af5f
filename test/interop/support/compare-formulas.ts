import ExcelJS from "exceljs";
import { expandFills } from "../../../src/workbook/expand-fills";
import { MONEY_FORMAT, type Cell, type SheetModel, isFormula } from "../../../src/workbook/sheet-model";

/** One formula cell whose recalculated value differs from the engine's. */
export interface Mismatch {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface Comparison {
  readonly compared: number;
  readonly mismatches: readonly Mismatch[];
}

/** The cached result a formula cell carries in the model (the engine's figure). */
function expectedOf(cell: Cell): number | string | boolean | undefined {
  if (!isFormula(cell)) return undefined;
  return "result" in cell ? (cell as { result?: number | string | boolean }).result : (cell as { value?: number | string | boolean }).value;
}

function numberFormatOf(cell: Cell, sheet: SheetModel, column: number): string | undefined {
  const own = typeof cell === "object" && cell !== null && "numberFormat" in cell ? (cell as { numberFormat?: string }).numberFormat : undefined;
  return own ?? sheet.columns?.[column]?.numberFormat;
}

/** A cell's value as ExcelJS reads it from a saved workbook: a formula's cached result, or the value. */
function actualOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === "object" && ("formula" in (value as object) || "sharedFormula" in (value as object))) {
    // ExcelJS leaves out a cached result of 0 or "" (it reads <v>0</v> and <v></v> as no
    // result): agrees() takes no result as either.
    const result = (value as { result?: unknown }).result;
    return result instanceof Date ? result.getTime() / 86_400_000 + 25_569 : result;
  }
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value;
}

/**
 * Compares every formula cell of the model's sheets with the recalculated workbook: money (the
 * money format) to the penny exactly, other numbers to within float noise, text as text.
 */
export async function compareFormulas(sheets: readonly SheetModel[], recalculated: Buffer): Promise<Comparison> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(recalculated as unknown as ArrayBuffer);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const sheet of sheets) {
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!worksheet) throw new Error(`the recalculated workbook has no sheet ${sheet.name}`);
    // Formula fills cell by cell, each with the engine's figure as its cached result.
    expandFills(sheet).rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!isFormula(cell)) return;
        const expected = expectedOf(cell);
        if (expected === undefined) return;
        compared++;
        const target = worksheet.getCell(r + 1, c + 1);
        const actual = actualOf(target);
        if (!agrees(expected, actual, numberFormatOf(cell, sheet, c) === MONEY_FORMAT)) {
          mismatches.push({ sheet: sheet.name, address: target.address, formula: cell.formula, expected, actual });
        }
      });
    });
  }
  return { compared, mismatches };
}

function agrees(expected: number | string | boolean, actual: unknown, money: boolean): boolean {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return expected === 0 && (actual === null || actual === undefined || actual === "");
    if (money) return Math.round(expected * 100) === Math.round(actual * 100) && Math.abs(expected - actual) < 0.000_5;
    return Math.abs(expected - actual) <= 1e-9 + Math.abs(expected) * 1e-12;
  }
  if (expected === "") return actual === null || actual === undefined || actual === "";
  return String(expected) === String(actual);
}
