/**
 * What a workbook adapter reads: the input tables as they stand in the workbook, cell values as
 * the host gives them, with enough position to name any cell ("Posts!F7"). Both adapters
 * (ExcelJS for files, Office.js in Excel) produce this; the reader turns it into a plan.
 */

/** An Excel error value such as #N/A or #REF! in a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell's value as the host gives it: text, a number (dates too, as Excel serials, when the
 * host gives them so), a boolean, a date (ExcelJS gives date-formatted cells as Date, in UTC),
 * an error, or null for an empty cell.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

export interface TableSnapshot {
  /** The table's name as it stands in the workbook (matched ignoring case). */
  readonly name: string;
  readonly sheet: string;
  /** 1-based row of the header row. */
  readonly headerRow: number;
  /** 1-based column of the table's first column. */
  readonly firstColumn: number;
  /** Header cells, left to right. */
  readonly headers: readonly CellValue[];
  /** Data rows (the header and any totals row excluded), each as wide as the headers. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface WorkbookSnapshot {
  readonly tables: readonly TableSnapshot[];
  /** Names of every sheet, in workbook order (to keep owned sheets apart from the user's). */
  readonly sheets: readonly string[];
}

/** "A", "B", …, "Z", "AA", … for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name quoted for a reference when it needs it: Posts, 'GP backfill'. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Posts!F7" for a 1-based row and column. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(column)}${row}`;
}
