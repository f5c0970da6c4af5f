import type { Style } from "exceljs";
import type { CellStyle } from "../../workbook/sheet-model";
import { flagDxf, namedStyle } from "./cell-styles";
import { xmlText, xmlUnescape } from "./xml-text";

/** Formats Excel numbers itself: written by id, not as a custom numFmt. */
const BUILT_IN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);
/** Custom number formats are numbered from here. */
const FIRST_CUSTOM_FORMAT = 164;

/** Children of CT_Stylesheet in schema order, to place a section the base lacks. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = (typeof STYLESHEET_ORDER)[number];

interface Found {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
}

/** A section of styles.xml: its span and content ("" when written as an empty element). */
function findSection(xml: string, tag: Section): Found | undefined {
  const open = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`).exec(xml);
  if (open === null) return undefined;
  if (open[2] === "/") return { start: open.index, end: open.index + open[0].length, inner: "" };
  const close = xml.indexOf(`</${tag}>`, open.index);
  if (close < 0) return undefined;
  return { start: open.index, end: close + tag.length + 3, inner: xml.slice(open.index + open[0].length, close) };
}

function countOf(xml: string, tag: Section, child: string): number {
  const found = findSection(xml, tag);
  return found === undefined ? 0 : (found.inner.match(new RegExp(`<${child}[\\s>/]`, "g")) ?? []).length;
}

/** Appends children to a section (creating it in schema order when missing) and sets its count. */
function appendTo(xml: string, tag: Section, child: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const found = findSection(xml, tag);
  if (found === undefined) {
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(tag) + 1)
      .map((name) => findSection(xml, name)?.start)
      .filter((at): at is number => at !== undefined);
    const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf("</styleSheet>");
    return `${xml.slice(0, at)}<${tag} count="${added.length}">${added.join("")}</${tag}>${xml.slice(at)}`;
  }
  const inner = found.inner + added.join("");
  const count = (inner.match(new RegExp(`<${child}[\\s>/]`, "g")) ?? []).length;
  const openTag = /^<[^>]*?\/?>/.exec(xml.slice(found.start))?.[0] ?? `<${tag}>`;
  const attributes = openTag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  const withCount = /\scount="/.test(attributes) ? attributes.replace(/\scount="\d*"/, ` count="${count}"`) : `${attributes} count="${count}"`;
  return `${xml.slice(0, found.start)}<${tag}${withCount}>${inner}</${tag}>${xml.slice(found.end)}`;
}

function colorXml(color: Partial<{ argb: string }> | undefined): string {
  return color?.argb === undefined ? "" : `<color rgb="${color.argb}"/>`;
}

function fillXml(fill: Style["fill"] | undefined): string | undefined {
  if (fill === undefined || fill.type !== "pattern") return undefined;
  const fg = fill.fgColor?.argb === undefined ? "" : `<fgColor rgb="${fill.fgColor.argb}"/>`;
  const bg = fill.bgColor?.argb === undefined ? "" : `<bgColor rgb="${fill.bgColor.argb}"/>`;
  return `<fill><patternFill patternType="${fill.pattern}">${fg}${bg}</patternFill></fill>`;
}

function borderXml(border: Partial<Style["border"]> | undefined): string | undefined {
  if (border === undefined) return undefined;
  // CT_Border's order: left, right, top, bottom, diagonal.
  const side = (name: "left" | "right" | "top" | "bottom"): string => {
    const line = border[name];
    return line?.style === undefined ? `<${name}/>` : `<${name} style="${line.style}">${colorXml(line.color)}</${name}>`;
  };
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

/**
 * The cell formats (cellXfs) and differential formats (dxfs) the directly written sheets use,
 * appended to the package's styles.xml after the base workbook's own, which keep their numbers.
 */
export class StyleSheet {
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly xfs: string[] = [];
  private readonly dxfs: string[] = [];
  private readonly counts: { readonly fonts: number; readonly fills: number; readonly borders: number; readonly xfs: number; readonly dxfs: number };
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  /** Font, fill and border ids of each named style, made on first use. */
  private readonly parts = new Map<CellStyle, { readonly font: number; readonly fill: number; readonly border: number; readonly alignment: string }>();
  private readonly xfIds = new Map<string | undefined, Map<CellStyle | undefined, number>>();
  private readonly dxfIds = new Map<string, number>();
  /** The base's default font (name, family, scheme), which the named styles' fonts build on. */
  private readonly defaultFont: { readonly size: string; readonly rest: string };

  constructor(private readonly xml: string) {
    this.counts = {
      fonts: countOf(xml, "fonts", "font"),
      fills: countOf(xml, "fills", "fill"),
      borders: countOf(xml, "borders", "border"),
      xfs: countOf(xml, "cellXfs", "xf"),
      dxfs: countOf(xml, "dxfs", "dxf"),
    };
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const [tag] of (findSection(xml, "numFmts")?.inner ?? "").matchAll(/<numFmt\s[^>]*>/g)) {
      const id = Number(/numFmtId="(\d+)"/.exec(tag)?.[1]);
      const code = /formatCode="([^"]*)"/.exec(tag)?.[1];
      if (!Number.isInteger(id)) continue;
      highest = Math.max(highest, id);
      if (code !== undefined && !this.formatIds.has(xmlUnescape(code))) this.formatIds.set(xmlUnescape(code), id);
    }
    this.nextFormatId = highest + 1;
    const first = /<font\b[^>]*>([\s\S]*?)<\/font>/.exec(findSection(xml, "fonts")?.inner ?? "")?.[1] ?? "";
    const pick = (name: string): string => new RegExp(`<${name}\\s[^>]*/>`).exec(first)?.[0] ?? "";
    this.defaultFont = { size: /<sz\s+val="([^"]+)"/.exec(first)?.[1] ?? "11", rest: pick("name") + pick("family") + pick("scheme") || `<name val="Calibri"/><family val="2"/>` };
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    }
    return id;
  }

  private partsOf(name: CellStyle): { readonly font: number; readonly fill: number; readonly border: number; readonly alignment: string } {
    let found = this.parts.get(name);
    if (found !== undefined) return found;
    const style = namedStyle(name);
    let font = 0;
    if (style.font !== undefined) {
      const { bold, italic, size, color } = style.font;
      this.fonts.push(`<font>${bold === true ? "<b/>" : ""}${italic === true ? "<i/>" : ""}<sz val="${size ?? this.defaultFont.size}"/>${colorXml(color)}${this.defaultFont.rest}</font>`);
      font = this.counts.fonts + this.fonts.length - 1;
    }
    let fill = 0;
    const fillElement = fillXml(style.fill);
    if (fillElement !== undefined) {
      this.fills.push(fillElement);
      fill = this.counts.fills + this.fills.length - 1;
    }
    let border = 0;
    const borderElement = borderXml(style.border);
    if (borderElement !== undefined) {
      this.borders.push(borderElement);
      border = this.counts.borders + this.borders.length - 1;
    }
    const { vertical, wrapText } = style.alignment ?? {};
    const alignment = vertical === undefined && wrapText !== true ? "" : `<alignment${vertical === undefined ? "" : ` vertical="${vertical}"`}${wrapText === true ? ` wrapText="1"` : ""}/>`;
    found = { font, fill, border, alignment };
    this.parts.set(name, found);
    return found;
  }

  /** The cellXfs index for a number format and named style; 0 (the base's default) when the cell needs neither. */
  xf(numberFormat: string | undefined, style: CellStyle | undefined): number {
    if (numberFormat === undefined && style === undefined) return 0;
    let byStyle = this.xfIds.get(numberFormat);
    if (byStyle === undefined) {
      byStyle = new Map();
      this.xfIds.set(numberFormat, byStyle);
    }
    let id = byStyle.get(style);
    if (id === undefined) {
      const format = numberFormat === undefined ? 0 : this.formatId(numberFormat);
      const parts = style === undefined ? { font: 0, fill: 0, border: 0, alignment: "" } : this.partsOf(style);
      const applies =
        (format !== 0 ? ` applyNumberFormat="1"` : "") +
        (parts.font !== 0 ? ` applyFont="1"` : "") +
        (parts.fill !== 0 ? ` applyFill="1"` : "") +
        (parts.border !== 0 ? ` applyBorder="1"` : "") +
        (parts.alignment !== "" ? ` applyAlignment="1"` : "");
      const body = parts.alignment === "" ? "/>" : `>${parts.alignment}</xf>`;
      this.xfs.push(`<xf numFmtId="${format}" fontId="${parts.font}" fillId="${parts.fill}" borderId="${parts.border}" xfId="0"${applies}${body}`);
      id = this.counts.xfs + this.xfs.length - 1;
      byStyle.set(style, id);
    }
    return id;
  }

  /** The dxfs index of a conditional format's flag colours. */
  dxf(flag: "good" | "bad" | "warning"): number {
    let id = this.dxfIds.get(flag);
    if (id === undefined) {
      const style = flagDxf(flag);
      const font = style.font === undefined ? "" : `<font>${colorXml(style.font.color)}</font>`;
      // CT_Dxf's order: font, numFmt, fill.
      this.dxfs.push(`<dxf>${font}${fillXml(style.fill) ?? ""}</dxf>`);
      id = this.counts.dxfs + this.dxfs.length - 1;
      this.dxfIds.set(flag, id);
    }
    return id;
  }

  /** Whether any format was added. */
  get changed(): boolean {
    return this.xfs.length > 0 || this.dxfs.length > 0;
  }

  /** styles.xml with the added formats after the base's. */
  toString(): string {
    let xml = this.xml;
    xml = appendTo(xml, "numFmts", "numFmt", this.numFmts);
    xml = appendTo(xml, "fonts", "font", this.fonts);
    xml = appendTo(xml, "fills", "fill", this.fills);
    xml = appendTo(xml, "borders", "border", this.borders);
    xml = appendTo(xml, "cellXfs", "xf", this.xfs);
    xml = appendTo(xml, "dxfs", "dxf", this.dxfs);
    return xml;
  }
}
