import type { Style } from "exceljs";
import type { CellStyle } from "../../workbook/sheet-model";

/** ARGB colours of the named styles: the muted palette finance teams already read in Excel's own "Good/Bad/Neutral" styles. */
const DARK_BLUE = "FF1F3864";
const GREY_TEXT = "FF595959";
const HEADER_FILL = "FFD9E1F2";
const RULE = "FF8EA9DB";

const FLAGS = {
  good: { fill: "FFC6EFCE", text: "FF006100" },
  bad: { fill: "FFFFC7CE", text: "FF9C0006" },
  warning: { fill: "FFFFEB9C", text: "FF9C5700" },
} as const;

function solid(argb: string): Style["fill"] {
  return { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } };
}

/** The font, fill and border of a named cell style (no number format: that comes from the cell or column). */
export function namedStyle(style: CellStyle): Partial<Style> {
  switch (style) {
    case "title":
      return { font: { bold: true, size: 14, color: { argb: DARK_BLUE } } };
    case "subtitle":
      return { font: { bold: true, size: 11, color: { argb: GREY_TEXT } } };
    case "header":
      return {
        font: { bold: true, color: { argb: DARK_BLUE } },
        fill: solid(HEADER_FILL),
        border: { bottom: { style: "thin", color: { argb: RULE } } },
        alignment: { vertical: "top", wrapText: true },
      };
    case "total":
      return { font: { bold: true }, border: { top: { style: "thin", color: { argb: RULE } }, bottom: { style: "double", color: { argb: RULE } } } };
    case "note":
      return { font: { italic: true, color: { argb: GREY_TEXT } } };
    case "good":
    case "bad":
    case "warning":
      return { font: { color: { argb: FLAGS[style].text } }, fill: solid(FLAGS[style].fill) };
  }
}

/**
 * The differential style of a conditional format. Excel reads a solid fill in a dxf from
 * bgColor (the reverse of cell styles), so only bgColor is set.
 */
export function flagDxf(style: "good" | "bad" | "warning"): Partial<Style> {
  return {
    font: { color: { argb: FLAGS[style].text } },
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: FLAGS[style].fill } },
  };
}

/**
 * Shares one style object between every cell with the same number format and named style.
 * ExcelJS dedupes styles by object identity first, so sharing saves a serialisation per cell.
 */
export class StyleCache {
  private readonly styles = new Map<string, Partial<Style>>();

  /** The shared style for a number format and named style, or undefined when the cell needs neither. */
  get(numberFormat: string | undefined, style: CellStyle | undefined): Partial<Style> | undefined {
    if (numberFormat === undefined && style === undefined) return undefined;
    const key = `${style ?? ""}\u0000${numberFormat ?? ""}`;
    let found = this.styles.get(key);
    if (found === undefined) {
      found = { ...(style === undefined ? {} : namedStyle(style)), ...(numberFormat === undefined ? {} : { numFmt: numberFormat }) };
      this.styles.set(key, found);
    }
    return found;
  }
}
