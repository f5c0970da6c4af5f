import type { Cell, SheetModel, WorkbookModel } from "../../src/workbook/sheet-model";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/workbook/tables";

/**
 * Test helpers over planning workbooks held in memory: the snapshot a host would give for a
 * sheet model (cells as written, dates as serial numbers), and typed edits of a model's cells.
 */

/** The value a host would read back from a model cell. */
export function literalOf(cell: Cell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell !== "object") return cell;
  if ("formula" in cell && cell.formula !== undefined) return ("result" in cell ? cell.result : (cell as { value?: CellValue }).value) ?? null;
  return (cell as { value?: CellValue }).value ?? null;
}

/** The snapshot of every table of a model, as an adapter would give it. */
export function snapshotOf(model: WorkbookModel): WorkbookSnapshot {
  const tables: TableSnapshot[] = model.sheets.flatMap((sheet) =>
    (sheet.tables ?? []).map((table) => {
      const row = (r: number) => table.columns.map((_, c) => literalOf(sheet.rows[r]?.[table.column + c]));
      return {
        name: table.name,
        sheet: sheet.name,
        headerRow: table.row + 1,
        firstColumn: table.column + 1,
        headers: row(table.row),
        rows: Array.from({ length: table.rowCount }, (_, i) => row(table.row + 1 + i)),
      };
    }),
  );
  return { tables, sheets: model.sheets.map((sheet) => sheet.name) };
}

type MutableSheet = { -readonly [K in keyof SheetModel]: SheetModel[K] } & { rows: Cell[][] };

/** A deep copy of a model whose sheets and rows may be edited. */
export function editable(model: WorkbookModel): { sheets: MutableSheet[] } {
  return structuredClone(model) as unknown as { sheets: MutableSheet[] };
}

export function sheetIn(model: { sheets: MutableSheet[] }, name: string): MutableSheet {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** 1-based row and column of an A1 address. */
export function position(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  const column = [...(match[1] as string)].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** Sets a cell ("Posts", "I3") of an editable model. */
export function setCell(model: { sheets: MutableSheet[] }, sheet: string, address: string, value: Cell): void {
  const { row, column } = position(address);
  const rows = sheetIn(model, sheet).rows;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1] as Cell[];
  while (cells.length < column) cells.push(null);
  cells[column - 1] = value;
}

/** The 1-based column of a header in a sheet's first row. */
export function columnOf(model: { sheets: MutableSheet[] }, sheet: string, header: string): number {
  const index = (sheetIn(model, sheet).rows[0] ?? []).findIndex((cell) => literalOf(cell) === header);
  if (index < 0) throw new Error(`no column ${header} on ${sheet}`);
  return index + 1;
}

/** "I3" for a header and 1-based sheet row. */
export function addressOf(model: { sheets: MutableSheet[] }, sheet: string, header: string, row: number): string {
  let letters = "";
  for (let n = columnOf(model, sheet, header); n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Removes a column (by header) from a sheet and its table. */
export function removeColumn(model: { sheets: MutableSheet[] }, sheet: string, header: string): void {
  const target = sheetIn(model, sheet);
  const index = columnOf(model, sheet, header) - 1;
  target.rows = target.rows.map((row) => row.filter((_, i) => i !== index));
  target.tables = (target.tables ?? []).map((table) => ({ ...table, columns: table.columns.filter((_, i) => i !== index) }));
  target.columns = (target.columns ?? []).filter((_, i) => i !== index);
  target.validations = [];
}

/** Appends a data row to a sheet's table. */
export function appendRow(model: { sheets: MutableSheet[] }, sheet: string, cells: Cell[]): number {
  const target = sheetIn(model, sheet);
  target.rows.push(cells);
  target.tables = (target.tables ?? []).map((table) => ({ ...table, rowCount: table.rowCount + 1 }));
  return target.rows.length;
}
