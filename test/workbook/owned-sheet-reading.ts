import { costPlan } from "../../src/engine/cost-plan";
import { haveringExample } from "../../src/example/havering";
import type { PlanResult } from "../../src/engine/result";
import type { InputCells } from "../../src/workbook/input-cells";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { Cell, RichCell, SheetModel, isFormula } from "../../src/workbook/sheet-model";

/** Reading helpers for tests of the owned output sheets: cells by A1 address, labels and formulas. */

/** The Havering example, costed. */
export function haveringResult(): PlanResult {
  const parsed = parsePlan(haveringExample());
  if (!parsed.plan) throw new Error("the Havering example has errors");
  return costPlan(parsed.plan);
}

/** 0-based row and column of "B7" (a "$" anywhere is ignored). */
export function parseA1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`not an A1 address: ${address}`);
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function cellAt(sheet: SheetModel, address: string): Cell | undefined {
  const { row, column } = parseA1(address);
  return sheet.rows[row]?.[column];
}

/** What a cell shows: its literal, its value, or a formula's cached result. */
export function shown(cell: Cell | undefined): unknown {
  if (cell === undefined || cell === null || typeof cell !== "object") return cell;
  if (isFormula(cell)) return "result" in cell ? (cell as RichCell).result : (cell as { value?: unknown }).value;
  return (cell as RichCell).value;
}

/** The cell's rich fields, or {} for a plain literal. */
export function rich(cell: Cell | undefined): RichCell {
  return typeof cell === "object" && cell !== null ? (cell as RichCell) : {};
}

/** The 0-based index of the first row at or after `from` whose first cell shows `label`. */
export function rowLabelled(sheet: SheetModel, label: string, from = 0): number {
  const index = sheet.rows.findIndex((row, i) => i >= from && shown(row[0]) === label);
  if (index < 0) throw new Error(`no row labelled ${label}`);
  return index;
}

/** Pounds shown in a cell as whole pennies (exact for any amount a plan holds). */
export function penniesShown(cell: Cell | undefined): number {
  const value = shown(cell);
  if (typeof value !== "number") throw new Error(`not a number: ${JSON.stringify(value)}`);
  return Number(value.toFixed(2).replace(".", ""));
}

/** Every formula cell with its 0-based position. */
export function formulaCells(sheet: SheetModel): { row: number; column: number; formula: string; cell: Cell }[] {
  const found: { row: number; column: number; formula: string; cell: Cell }[] = [];
  sheet.rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (isFormula(cell)) found.push({ row, column, formula: cell.formula, cell });
    }),
  );
  return found;
}

/** The cells a "=SUM(B5:B7)" formula covers. */
export function sumRange(sheet: SheetModel, formula: string): Cell[] {
  const match = /^=SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (!match) throw new Error(`not a single-range SUM: ${formula}`);
  const from = parseA1(match[1] as string);
  const to = parseA1(match[2] as string);
  const cells: Cell[] = [];
  for (let row = from.row; row <= to.row; row++) for (let column = from.column; column <= to.column; column++) cells.push(sheet.rows[row]?.[column] as Cell);
  return cells;
}

/** The cells of a chart range such as "Summary!$A$10:$A$12" (the sheet name is checked). */
export function chartRange(sheet: SheetModel, range: string): Cell[] {
  const bang = range.lastIndexOf("!");
  const sheetName = range.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  if (sheetName !== sheet.name) throw new Error(`range ${range} is not on ${sheet.name}`);
  const [from, to] = range.slice(bang + 1).split(":").map(parseA1);
  if (!from || !to) throw new Error(`not a range: ${range}`);
  const cells: Cell[] = [];
  for (let row = from.row; row <= to.row; row++) for (let column = from.column; column <= to.column; column++) cells.push(sheet.rows[row]?.[column] as Cell);
  return cells;
}

/** Every string shown anywhere on the sheet. */
export function textsOf(sheet: SheetModel): string[] {
  return sheet.rows.flatMap((row) => row.map(shown).filter((value): value is string => typeof value === "string"));
}

/** Input cells at made-up addresses: lines on Posts from row 5; sources on 'Funding sources', ten rows a source, a row a year from 2021/22. */
export function fakeInputs(lineIds: readonly string[], sourceIds: readonly string[]): InputCells {
  return {
    line: (lineId, field) => (field === "id" && lineIds.includes(lineId) ? { address: `Posts!A${5 + lineIds.indexOf(lineId)}`, clean: true } : undefined),
    setting: (name) => (name === "ask.amount" ? { address: "Plan!B7", clean: true } : undefined),
    employer: () => undefined,
    source: (sourceId, field, year) =>
      field === "id" && sourceIds.includes(sourceId) && year !== undefined ? { address: `'Funding sources'!A${5 + sourceIds.indexOf(sourceId) * 10 + Number(year.slice(0, 4)) - 2021}`, clean: true } : undefined,
  };
}
