import type ExcelJS from "exceljs";
import { columnLetters } from "../../workbook/tables";
import {
  OWNED_SHEET_NOTE,
  OWNED_TAB_COLOR,
  type Block,
  type ChartSpec,
  type DataValidation,
  type FormulaCell,
  type RichCell,
  type SheetModel,
} from "../../workbook/sheet-model";
import { literalProblem, MAX_COLUMNS, MAX_ROWS, tableProblem, withoutEquals } from "./cell-limits";
import { flagDxf, StyleCache } from "./cell-styles";

/** Excel refuses an inline validation list longer than this. */
const MAX_INLINE_LIST = 255;

/** A link the zip post-processing adds to a sheet (ExcelJS only links text cells, and internal links badly). */
export interface PendingLink {
  /** "B7" on this sheet. */
  readonly ref: string;
  readonly link: { readonly cell: string } | { readonly url: string };
}

/** What the zip post-processing still has to add to a sheet after ExcelJS has written it. */
export interface SheetExtras {
  readonly sheet: string;
  readonly links: readonly PendingLink[];
  readonly charts: readonly ChartSpec[];
}

/** Gives a range formula ("='Lists'!$A$2:$A$40") holding choices too long or awkward for an inline list. */
export type ListRange = (choices: readonly string[]) => string;

/** "B7" for a 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** "B7:D20" for a 0-based block. */
export function blockRef(block: Block): string {
  const topLeft = a1(block.row, block.column);
  if (block.rows <= 1 && block.columns <= 1) return topLeft;
  return `${topLeft}:${a1(block.row + Math.max(block.rows, 1) - 1, block.column + Math.max(block.columns, 1) - 1)}`;
}

/** Accepts "#2F5597", "2F5597" or "FF2F5597"; gives ARGB. */
function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

/** The inline list formula for choices, or undefined when they cannot be written inline: Excel splits the inline list at commas and caps it at 255 characters. */
export function inlineList(choices: readonly string[]): string | undefined {
  if (choices.some((choice) => choice.includes(",") || choice.includes('"'))) return undefined;
  const joined = choices.join(",");
  return joined.length <= MAX_INLINE_LIST ? `"${joined}"` : undefined;
}

/**
 * Writes one sheet of the model onto an empty ExcelJS worksheet (input sheets; owned sheets are
 * written directly as XML, see sheet-xml.ts): columns, cells, styles, notes,
 * tables, conditional formats and validations. Returns what ExcelJS cannot write (links, charts)
 * for the zip post-processing, or a problem naming the cell that cannot be written.
 */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, listRange: ListRange): SheetExtras | { readonly problem: string } {
  const where = (row: number, column: number): string => `${sheet.name}!${a1(row, column)}`;
  if (sheet.rows.length > MAX_ROWS) return { problem: `${sheet.name}: ${sheet.rows.length} rows is more than Excel's ${MAX_ROWS}.` };

  const columns = sheet.columns ?? [];
  columns.forEach((spec, index) => {
    const column = ws.getColumn(index + 1);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden === true) column.hidden = true;
    // Set before any cell exists, so this only styles the column (for cells the user adds later).
    if (spec.numberFormat !== undefined) column.numFmt = spec.numberFormat;
  });

  const styles = new StyleCache();
  const links: PendingLink[] = [];
  let a1Note: string | undefined;

  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.length > MAX_COLUMNS) return { problem: `${sheet.name} row ${r + 1}: ${cells.length} columns is more than Excel's ${MAX_COLUMNS}.` };
    if (cells.length === 0) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const columnFormat = columns[c]?.numberFormat;
      if (typeof cell !== "object") {
        const problem = literalProblem(cell);
        if (problem !== undefined) return { problem: `${where(r, c)}: ${problem}` };
        const target = row.getCell(c + 1);
        target.value = cell;
        const style = styles.get(columnFormat, undefined);
        if (style !== undefined) target.style = style;
        continue;
      }
      const rich = cell as RichCell & Partial<FormulaCell>;
      const target = row.getCell(c + 1);
      const problem = writeRich(target, rich);
      if (problem !== undefined) return { problem: `${where(r, c)}: ${problem}` };
      const style = styles.get(rich.numberFormat ?? columnFormat, rich.style);
      if (style !== undefined) target.style = style;
      if (rich.link !== undefined) links.push({ ref: a1(r, c), link: rich.link });
      if (rich.note !== undefined) {
        if (r === 0 && c === 0) a1Note = rich.note;
        else target.note = rich.note;
      }
    }
  }

  if (sheet.owned || a1Note !== undefined) {
    const notes = sheet.owned && !(a1Note ?? "").includes(OWNED_SHEET_NOTE) ? [OWNED_SHEET_NOTE, a1Note] : [a1Note];
    ws.getCell("A1").note = notes.filter((note): note is string => note !== undefined && note !== "").join("\n\n");
  }
  if (sheet.owned) ws.properties.tabColor = { argb: OWNED_TAB_COLOR };
  else if (sheet.tabColor !== undefined) ws.properties.tabColor = { argb: argb(sheet.tabColor) };

  const frozenRows = sheet.frozen?.rows ?? 0;
  const frozenColumns = sheet.frozen?.columns ?? 0;
  if (frozenRows > 0 || frozenColumns > 0) ws.views = [{ state: "frozen", xSplit: frozenColumns, ySplit: frozenRows }];

  for (const table of sheet.tables ?? []) {
    const problem = tableProblem(table.columns);
    if (problem !== undefined) return { problem: `${sheet.name}, table ${table.name}: ${problem}` };
    // Added after the cells: ExcelJS writes the header cells from the columns (so they match the
    // table's column names, as Excel requires) and, for empty row arrays, leaves the data cells alone.
    ws.addTable({
      name: table.name,
      ref: a1(table.row, table.column),
      headerRow: true,
      totalsRow: false,
      style: { theme: (table.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows: Array.from({ length: Math.max(table.rowCount, 1) }, () => []),
    });
  }

  // Priorities follow the model's order: the first format wins where two apply.
  (sheet.conditionalFormats ?? []).forEach((format, index) => {
    ws.addConditionalFormatting({
      ref: blockRef(format.block),
      rules: [{ type: "expression", priority: index + 1, formulae: [withoutEquals(format.formula)], style: flagDxf(format.style) }],
    });
  });

  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const validation of sheet.validations ?? []) validations.add(blockRef(validation.block), toValidation(validation, listRange));

  return { sheet: sheet.name, links, charts: sheet.charts ?? [] };
}

/** Writes a formula or rich cell's value; a string is always written as text, never parsed. */
function writeRich(target: ExcelJS.Cell, rich: RichCell & Partial<FormulaCell>): string | undefined {
  if (typeof rich.formula === "string") {
    const cached = rich.result ?? (rich.value === null ? undefined : rich.value);
    if (cached !== undefined) {
      const problem = literalProblem(cached);
      if (problem !== undefined) return problem;
    }
    target.value = cached === undefined ? { formula: withoutEquals(rich.formula) } : { formula: withoutEquals(rich.formula), result: cached };
    return undefined;
  }
  if (rich.value === undefined || rich.value === null) return undefined;
  const problem = literalProblem(rich.value);
  if (problem !== undefined) return problem;
  target.value = rich.value;
  return undefined;
}

function toValidation(validation: DataValidation, listRange: ListRange): ExcelJS.DataValidation {
  const list = validation.list;
  const formula = "formula" in list ? withoutEquals(list.formula) : (inlineList(list) ?? withoutEquals(listRange(list)));
  const strict = validation.strict === true;
  return {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // A warning lets pasted data through, so a paste from another workbook is never lost.
    errorStyle: strict ? "stop" : "warning",
    errorTitle: "Not in the list",
    error: strict ? "Choose a value from the list." : "This value is not in the list. Keep it only if you mean to.",
    ...(validation.prompt === undefined ? {} : { showInputMessage: true, prompt: validation.prompt }),
  };
}
