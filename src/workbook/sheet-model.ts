/**
 * A plain description of sheets to write: values, live formulas, number formats, column widths,
 * a frozen header, tables, conditional formats, data validation, hyperlinks and charts. The
 * render functions build it from a result; both adapters (ExcelJS for files, Office.js in Excel)
 * write it, so what a test sees here is what the workbook gets.
 *
 * Rows and columns are 0-based here; adapters add 1. Formulas are in Excel's English A1 syntax,
 * with the leading "=".
 */

/** A literal value. A string is always text, whatever it starts with ("=HYPERLINK(…)", "+44…", "-1", "@SUM(…)"): adapters must never let the host read it as a formula or a number. */
export type Literal = string | number | boolean | null;

/** A cell computed by a formula; `value` is what the engine computed, written as the cached result where the host allows. */
export interface FormulaCell {
  readonly formula: string;
  readonly value?: number | string | boolean;
}

/** A cell with more than a value. */
export interface RichCell {
  readonly value?: Literal;
  readonly formula?: string;
  /** The cached result of `formula`. */
  readonly result?: number | string | boolean;
  /** Overrides the column's number format. */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  /** A link to a cell in this workbook ("Posts!F7") or to a web address. */
  readonly link?: { readonly cell: string } | { readonly url: string };
  /** A comment shown on the cell (where a figure came from). */
  readonly note?: string;
}

export type Cell = Literal | FormulaCell | RichCell;

/** Named styles, so both adapters draw the same thing. */
export type CellStyle = "title" | "subtitle" | "header" | "total" | "note" | "good" | "bad" | "warning";

export interface ColumnSpec {
  /** Width in characters. */
  readonly width?: number;
  readonly numberFormat?: string;
  readonly hidden?: boolean;
}

/** An Excel table over a block whose first row is the header row. */
export interface TableSpec {
  readonly name: string;
  /** 0-based row and column of the header's first cell. */
  readonly row: number;
  readonly column: number;
  readonly columns: readonly string[];
  /** Number of data rows under the header (0 allowed: the table is then an empty input table with one blank row). */
  readonly rowCount: number;
  readonly style?: string;
}

/** A 0-based block of cells. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Highlights cells of `block` where `formula` is true. The formula is written for the block's
 * top-left cell with relative references, as Excel's conditional formatting expects.
 */
export interface ConditionalFormat {
  readonly block: Block;
  readonly formula: string;
  readonly style: "bad" | "warning" | "good";
}

/** A dropdown list on a block of input cells. */
export interface DataValidation {
  readonly block: Block;
  /** Fixed choices, or a range formula such as "=Rates!$A$2:$A$40". */
  readonly list: readonly string[] | { readonly formula: string };
  readonly prompt?: string;
  /** Whether a value outside the list is refused (false: warned, so pasted data is not lost). */
  readonly strict?: boolean;
}

/** A clustered column chart of series over categories, both given as ranges on this sheet. */
export interface ChartSpec {
  readonly title: string;
  readonly kind: "column" | "stacked-column" | "bar";
  /** A range formula for the category labels: "Summary!$A$10:$A$12". */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Where it sits: 0-based top-left cell, size in columns and rows. */
  readonly at: { readonly row: number; readonly column: number; readonly columns: number; readonly rows: number };
}

/**
 * A block of cells holding one formula, written in R1C1 so it is the same text in every cell
 * ("RC5" is this row's column E): adapters write it as one piece whatever the number of rows (a
 * shared formula in a file, one range assignment in Excel). Cells of a fill are not in `rows`.
 */
export interface FormulaFill {
  readonly block: Block;
  /** Excel's English R1C1 syntax, with the leading "=". */
  readonly formulaR1C1: string;
  /** The engine's figure for a cell of the block (0-based sheet row and column): its cached result. */
  readonly result: (row: number, column: number) => number | string | boolean;
  readonly numberFormat?: string;
}

export interface SheetModel {
  readonly name: string;
  /** Whether the product owns the sheet (regenerated whole each run) or it is an input sheet the user owns. */
  readonly owned: boolean;
  readonly rows: readonly (readonly Cell[])[];
  /** Blocks of one formula each, over cells `rows` leaves empty. */
  readonly fills?: readonly FormulaFill[];
  readonly columns?: readonly ColumnSpec[];
  /** Rows and columns kept in view when scrolling. */
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly tables?: readonly TableSpec[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly validations?: readonly DataValidation[];
  readonly charts?: readonly ChartSpec[];
  readonly tabColor?: string;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
}

/** Money as a finance lead reads it. */
export const MONEY_FORMAT = "£#,##0.00";
export const PERCENT_FORMAT = "0.00%";
export const DATE_FORMAT = "yyyy-mm-dd";

/** The marker every owned sheet carries in A1's note and its tab colour, so nobody mistakes it for an input sheet. */
export const OWNED_TAB_COLOR = "FF2F5597";

/** Whether a cell is a formula cell. */
export function isFormula(cell: Cell): cell is FormulaCell | (RichCell & { formula: string }) {
  return typeof cell === "object" && cell !== null && typeof (cell as { formula?: unknown }).formula === "string";
}

/**
 * The note every owned sheet carries on A1 (with OWNED_TAB_COLOR): how adapters and the reader
 * tell the product's sheets from the user's. An owned sheet is replaced whole on each run; a
 * sheet without the note is the user's and is never touched.
 */
export const OWNED_SHEET_NOTE = "Resourcing Planner output: this sheet is regenerated whole on each calculation. Edit the input tables, not this sheet.";
