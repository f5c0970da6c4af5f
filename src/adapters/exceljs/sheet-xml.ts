import { columnLetters } from "../../workbook/tables";
import { r1c1ToA1 } from "../../workbook/r1c1";
import { OWNED_TAB_COLOR, type Cell, type CellStyle, type FormulaFill, type RichCell, type SheetModel } from "../../workbook/sheet-model";
import { withoutEquals } from "./cell-limits";
import { a1, blockRef } from "./render-sheet";
import type { SharedStrings } from "./shared-strings";
import { dimensionRef, type SheetSurvey } from "./sheet-survey";
import type { StyleSheet } from "./style-sheet";
import { xmlContent, xmlText } from "./xml-text";

/** Relationship ids of the sheet's parts, from its .rels part. */
export interface SheetRelIds {
  /** By cell ("B7"), for links to web addresses. */
  readonly urls: ReadonlyMap<string, string>;
  readonly drawing?: string;
  readonly legacyDrawing?: string;
  readonly tables: readonly string[];
}

/** What the cells are numbered against: the package's styles and shared strings. */
export interface SheetContext {
  readonly styles: StyleSheet;
  readonly strings: SharedStrings;
}

const HEAD =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;
/** The width of a column the model styles or hides without giving one: the width ExcelJS gives input sheets. */
const DEFAULT_WIDTH = 9;

function sheetViewXml(sheet: SheetModel): string {
  const rows = sheet.frozen?.rows ?? 0;
  const columns = sheet.frozen?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const topLeft = a1(Math.max(rows, 0), Math.max(columns, 0));
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function colsXml(sheet: SheetModel, styles: StyleSheet): string {
  const cols = (sheet.columns ?? [])
    .map((spec, index) => {
      if (spec.width === undefined && spec.hidden !== true && spec.numberFormat === undefined) return "";
      const width = spec.width === undefined ? ` width="${DEFAULT_WIDTH}"` : ` width="${spec.width}" customWidth="1"`;
      const style = spec.numberFormat === undefined ? "" : ` style="${styles.xf(spec.numberFormat, undefined)}"`;
      return `<col min="${index + 1}" max="${index + 1}"${width}${style}${spec.hidden === true ? ` hidden="1"` : ""}/>`;
    })
    .join("");
  return cols === "" ? "" : `<cols>${cols}</cols>`;
}

function conditionalFormatsXml(sheet: SheetModel, styles: StyleSheet): string {
  // Priorities follow the model's order: the first format wins where two apply.
  return (sheet.conditionalFormats ?? [])
    .map(
      (format, index) =>
        `<conditionalFormatting sqref="${blockRef(format.block)}"><cfRule type="expression" dxfId="${styles.dxf(format.style)}" priority="${index + 1}">` +
        `<formula>${xmlText(withoutEquals(format.formula))}</formula></cfRule></conditionalFormatting>`,
    )
    .join("");
}

function hyperlinksXml(survey: SheetSurvey, rels: SheetRelIds): string {
  if (survey.links.length === 0) return "";
  const links = survey.links.map(({ ref, link }) => {
    if ("cell" in link) {
      const location = xmlText(link.cell.replace(/^#/, ""));
      return `<hyperlink ref="${ref}" location="${location}" display="${location}"/>`;
    }
    return `<hyperlink ref="${ref}" r:id="${rels.urls.get(ref) ?? ""}"/>`;
  });
  return `<hyperlinks>${links.join("")}</hyperlinks>`;
}

/** A cell's element; `style` is the format of a plain literal (its column's number format). */
class CellWriter {
  private readonly styleAttributes: string[] = [];
  private readonly letters: string[] = [];
  /** The style attribute of a plain literal in each column (its column's number format). */
  private readonly literalStyles: string[] = [];

  constructor(
    private readonly sheet: SheetModel,
    private readonly context: SheetContext,
  ) {}

  private s(xf: number): string {
    if (xf === 0) return "";
    let found = this.styleAttributes[xf];
    if (found === undefined) {
      found = ` s="${xf}"`;
      this.styleAttributes[xf] = found;
    }
    return found;
  }

  ref(row: number, column: number): string {
    let letters = this.letters[column];
    if (letters === undefined) {
      letters = columnLetters(column + 1);
      this.letters[column] = letters;
    }
    return `${letters}${row + 1}`;
  }

  private columnFormat(column: number): string | undefined {
    return this.sheet.columns?.[column]?.numberFormat;
  }

  private literalStyle(column: number): string {
    let found = this.literalStyles[column];
    if (found === undefined) {
      found = this.s(this.context.styles.xf(this.columnFormat(column), undefined));
      this.literalStyles[column] = found;
    }
    return found;
  }

  /** A literal's element: a string is always a shared string, never read as a formula or number. */
  private literal(ref: string, value: string | number | boolean, s: string): string {
    if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${this.context.strings.index(value)}</v></c>`;
  }

  /**
   * A cell of a formula fill: its block's top-left cell holds the formula as a shared formula
   * (A1 text, adjusted by the reader cell by cell) and the others point at it, so a block of
   * thousands of formulas is one formula in the file. Each cell keeps its own cached result.
   */
  fillCell(row: number, column: number, fill: FormulaFill, shared: number): string {
    const ref = this.ref(row, column);
    const s = this.s(this.context.styles.xf(fill.numberFormat ?? this.columnFormat(column), undefined));
    const { block } = fill;
    const single = block.rows === 1 && block.columns === 1;
    let formula: string;
    if (single) formula = `<f>${xmlContent(withoutEquals(r1c1ToA1(fill.formulaR1C1, row, column)))}</f>`;
    else if (row === block.row && column === block.column) {
      const range = `${ref}:${this.ref(block.row + block.rows - 1, block.column + block.columns - 1)}`;
      formula = `<f t="shared" ref="${range}" si="${shared}">${xmlContent(withoutEquals(r1c1ToA1(fill.formulaR1C1, row, column)))}</f>`;
    } else formula = `<f t="shared" si="${shared}"/>`;
    const cached = fill.result(row, column);
    if (typeof cached === "number") return `<c r="${ref}"${s}>${formula}<v>${cached}</v></c>`;
    if (typeof cached === "boolean") return `<c r="${ref}"${s} t="b">${formula}<v>${cached ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${formula}<v>${xmlContent(cached)}</v></c>`;
  }

  cell(row: number, column: number, cell: Cell, header: string | undefined): string {
    const ref = this.ref(row, column);
    if (typeof cell !== "object" || cell === null) {
      const s = this.literalStyle(column);
      // A table's header cell must hold the table's column name.
      if (header !== undefined) return this.literal(ref, header, s);
      return cell === null ? "" : this.literal(ref, cell, s);
    }
    const rich = cell as RichCell;
    const s = this.s(this.context.styles.xf(rich.numberFormat ?? this.columnFormat(column), rich.style as CellStyle | undefined));
    if (header !== undefined) return this.literal(ref, header, s);
    if (typeof rich.formula === "string") {
      const formula = `<f>${xmlContent(withoutEquals(rich.formula))}</f>`;
      const cached = rich.result ?? (rich.value === null ? undefined : rich.value);
      if (cached === undefined) return `<c r="${ref}"${s}>${formula}</c>`;
      if (typeof cached === "number") return `<c r="${ref}"${s}>${formula}<v>${cached}</v></c>`;
      if (typeof cached === "boolean") return `<c r="${ref}"${s} t="b">${formula}<v>${cached ? 1 : 0}</v></c>`;
      return `<c r="${ref}"${s} t="str">${formula}<v>${xmlContent(cached)}</v></c>`;
    }
    if (rich.value === undefined || rich.value === null) return s === "" ? "" : `<c r="${ref}"${s}/>`;
    return this.literal(ref, rich.value, s);
  }
}

/**
 * The worksheet part of an owned sheet, as text chunks (a row or a few at a time), elements in
 * CT_Worksheet's order. Cells are numbered against the package's styles and shared strings as
 * they are written, so those parts are written after every sheet.
 */
export function* worksheetChunks(sheet: SheetModel, survey: SheetSurvey, rels: SheetRelIds, context: SheetContext): Generator<string> {
  const { styles } = context;
  yield HEAD +
    `<sheetPr><tabColor rgb="${OWNED_TAB_COLOR}"/></sheetPr>` +
    `<dimension ref="${dimensionRef(survey)}"/>` +
    sheetViewXml(sheet) +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    colsXml(sheet, styles) +
    `<sheetData>`;

  const writer = new CellWriter(sheet, context);
  const headerRows = [...survey.headers.keys()];
  // Fills by first row, each with its shared-formula index; those covering the row being written are active.
  const fills = (sheet.fills ?? [])
    .map((fill, shared) => ({ fill, shared }))
    .filter(({ fill }) => fill.block.rows > 0 && fill.block.columns > 0)
    .sort((a, b) => a.fill.block.row - b.fill.block.row);
  const rowCount = Math.max(sheet.rows.length, headerRows.length === 0 ? 0 : Math.max(...headerRows) + 1, ...fills.map(({ fill }) => fill.block.row + fill.block.rows));
  let next = 0;
  let active: typeof fills = [];
  let batch = "";
  for (let r = 0; r < rowCount; r++) {
    const cells = sheet.rows[r] ?? [];
    const headers = survey.headers.get(r);
    while (next < fills.length && (fills[next] as (typeof fills)[number]).fill.block.row <= r) active.push(fills[next++] as (typeof fills)[number]);
    if (active.some(({ fill }) => fill.block.row + fill.block.rows <= r)) active = active.filter(({ fill }) => fill.block.row + fill.block.rows > r);
    // Fill cells sit where the model's rows leave cells empty; cells go out in column order.
    const filled: (string | undefined)[] = [];
    for (const { fill, shared } of active) {
      for (let c = fill.block.column; c < fill.block.column + fill.block.columns; c++) filled[c] = writer.fillCell(r, c, fill, shared);
    }
    let row = "";
    const width = Math.max(filled.length, headers === undefined ? cells.length : Math.max(cells.length, ...[...headers.keys()].map((column) => column + 1)));
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const header = headers?.get(c);
      if ((cell === null || cell === undefined) && header === undefined) {
        const fillXml = filled[c];
        if (fillXml !== undefined) row += fillXml;
        continue;
      }
      row += writer.cell(r, c, cell ?? null, header);
    }
    if (row !== "") batch += `<row r="${r + 1}">${row}</row>`;
    if (batch.length > 16384) {
      yield batch;
      batch = "";
    }
  }
  yield batch + `</sheetData>`;

  yield conditionalFormatsXml(sheet, styles) +
    survey.validations +
    hyperlinksXml(survey, rels) +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="portrait"/>` +
    (rels.drawing === undefined ? "" : `<drawing r:id="${rels.drawing}"/>`) +
    (rels.legacyDrawing === undefined ? "" : `<legacyDrawing r:id="${rels.legacyDrawing}"/>`) +
    (rels.tables.length === 0 ? "" : `<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`) +
    `</worksheet>`;
}
