import type { CellStyle } from "../../workbook/sheet-model";

/** A named style as Office.js range format settings (borders are not drawn in Excel through this adapter). */
export interface OfficeStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly wrapText?: boolean;
}

// The same muted palette as the file writer (Excel's own Good / Bad / Neutral styles), so a
// workbook looks the same whether the CLI or the add-in wrote it.
const DARK_BLUE = "#1F3864";
const GREY_TEXT = "#595959";
const HEADER_FILL = "#D9E1F2";
export const FLAG_COLOURS = {
  good: { fill: "#C6EFCE", text: "#006100" },
  bad: { fill: "#FFC7CE", text: "#9C0006" },
  warning: { fill: "#FFEB9C", text: "#9C5700" },
} as const;

/** The font and fill of a named cell style. */
export function officeStyle(style: CellStyle): OfficeStyle {
  switch (style) {
    case "title":
      return { bold: true, size: 14, color: DARK_BLUE };
    case "subtitle":
      return { bold: true, size: 11, color: GREY_TEXT };
    case "header":
      return { bold: true, color: DARK_BLUE, fill: HEADER_FILL, wrapText: true };
    case "total":
      return { bold: true };
    case "note":
      return { italic: true, color: GREY_TEXT };
    case "good":
    case "bad":
    case "warning":
      return { color: FLAG_COLOURS[style].text, fill: FLAG_COLOURS[style].fill };
  }
}

/** Queues a named style on a range: one action per property set. */
export function applyStyle(range: Excel.Range, style: OfficeStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.color !== undefined) range.format.font.color = style.color;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrapText !== undefined) range.format.wrapText = style.wrapText;
}

/** How many actions `applyStyle` queues for a style. */
export function styleActions(style: OfficeStyle): number {
  return Object.values(style).filter((value) => value !== undefined).length;
}

/** "FF2F5597", "2F5597" or "#2F5597" → "#2F5597", as Office.js takes colours. */
export function hexColour(colour: string): string {
  const hex = colour.replace(/^#/, "").toUpperCase();
  return `#${hex.length === 8 ? hex.slice(2) : hex}`;
}
