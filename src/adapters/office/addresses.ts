import { columnLetters } from "../../workbook/tables";

/** 1-based bounds of a block of cells. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B7" for a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** "B7:D20" for a 0-based top-left cell and a size (at least one cell). */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const topLeft = a1(row, column);
  if (rows <= 1 && columns <= 1) return topLeft;
  return `${topLeft}:${a1(row + Math.max(rows, 1) - 1, column + Math.max(columns, 1) - 1)}`;
}

/** A whole column's address ("C:C") for a 0-based column. */
export function columnAddress(column: number): string {
  const letters = columnLetters(column + 1);
  return `${letters}:${letters}`;
}

/** "Posts!F7", "'GP backfill'!F7:G9", "=Summary!$A$10:$A$12" → the sheet and the local address, or undefined. */
export function splitReference(reference: string): { readonly sheet: string; readonly range: string } | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
  if (match === null) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? "");
  const range = (match[3] ?? "").replace(/\$/g, "");
  return parseRange(range) === undefined ? undefined : { sheet, range };
}

/** The local part of an address Excel gives ("Posts!A1:Q40" → "A1:Q40"). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** "A1" or "A1:Q40" (with or without $) → 1-based bounds; undefined for anything else. */
export function parseRange(range: string): Bounds | undefined {
  const [from, to = from, extra] = range.replace(/\$/g, "").split(":");
  if (extra !== undefined) return undefined;
  const a = cellPosition(from ?? "");
  const b = cellPosition(to ?? "");
  if (a === undefined || b === undefined) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** Excel's last row and column. */
const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

function cellPosition(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Za-z]{1,3})([0-9]{1,7})$/.exec(address);
  if (match === null) return undefined;
  const column = [...(match[1] as string).toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return undefined;
  return { row, column };
}
