import type { Pennies } from "../engine/pennies";
import { Cell, CellStyle, MONEY_FORMAT, OWNED_SHEET_NOTE, RichCell } from "./sheet-model";
import { columnLetters, quoteSheet } from "./tables";

/**
 * Small cell builders shared by the owned output sheets. Rows and columns are 0-based, as in the
 * sheet model.
 */

/**
 * Pounds as a number for a cell: display only, the pennies were rounded by the engine and Excel
 * holds doubles. Division is correctly rounded, so this is the double nearest the pounds, the
 * same one Excel reads from "45839.57".
 */
export function poundsNumber(amount: Pennies): number {
  return amount / 100;
}

/** A money figure in MONEY_FORMAT. */
export function moneyCell(amount: Pennies, style?: CellStyle): RichCell {
  return style ? { value: poundsNumber(amount), numberFormat: MONEY_FORMAT, style } : { value: poundsNumber(amount), numberFormat: MONEY_FORMAT };
}

/** Text in a named style. A string literal is always text, so user text is safe here. */
export function styled(value: string, style: CellStyle): RichCell {
  return { value, style };
}

/** The sheet's title in A1, carrying the owned-sheet note. */
export function titleCell(title: string): RichCell {
  return { value: title, style: "title", note: OWNED_SHEET_NOTE };
}

/** A row of header cells. */
export function headerRow(labels: readonly string[]): Cell[] {
  return labels.map((label) => styled(label, "header"));
}

/** "B7" for a 0-based row and column (relative). */
export function a1(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** "$B$7" for a 0-based row and column. */
export function absoluteA1(row: number, column: number): string {
  return `$${columnLetters(column + 1)}$${row + 1}`;
}

/** "Summary!$A$10:$A$12": a column of cells on a sheet, for chart ranges. */
export function sheetRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  return `${quoteSheet(sheet)}!${absoluteA1(firstRow, column)}:${absoluteA1(lastRow, column)}`;
}

/**
 * A total over the money cells above it in one column, as a live SUM so the total always adds up
 * to what is on screen; `total` is the engine's figure (itself a sum of the figures shown), the
 * cached result.
 */
export function sumCell(column: number, firstRow: number, lastRow: number, total: Pennies, style: CellStyle = "total"): RichCell {
  return { formula: `=SUM(${a1(firstRow, column)}:${a1(lastRow, column)})`, result: poundsNumber(total), numberFormat: MONEY_FORMAT, style };
}

/** Rows under construction: `add` appends a row and gives its 0-based index. */
export class RowList {
  readonly rows: Cell[][] = [];

  add(...cells: Cell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** The index the next row will have. */
  get next(): number {
    return this.rows.length;
  }
}
