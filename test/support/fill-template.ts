import JSZip from "jszip";
import { columnLetters } from "../../src/workbook/tables";

/**
 * Fills a planning workbook's tables the way a finance lead does in Excel: typing rows into each
 * table (which grows to take them) and values into the Plan table's Value column. Works on the
 * file's XML, so the workbook is otherwise exactly as `resourcing template` wrote it.
 */
export type Typed = string | number | boolean | null;

export interface TemplateFill {
  /** Values for the Plan table's Value column, by the Setting column's text. */
  readonly settings: Readonly<Record<string, Typed>>;
  /** Rows for a table, by header (headers not given stay blank). */
  readonly tables: Readonly<Record<string, readonly Readonly<Record<string, Typed>>[]>>;
}

interface TablePart {
  readonly path: string;
  readonly xml: string;
  readonly sheetPath: string;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly headerRow: number;
  readonly headers: readonly string[];
}

export async function fillTemplate(template: Buffer, fill: TemplateFill): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const strings = await sharedStrings(zip);
  const tables = await tableParts(zip);

  for (const [name, rows] of Object.entries(fill.tables)) {
    const table = tables.get(name);
    if (!table) throw new Error(`the template has no table ${name}`);
    let sheet = await text(zip, table.sheetPath);
    const cells = rows.map((row, n) => {
      for (const header of Object.keys(row)) if (!table.headers.includes(header)) throw new Error(`table ${name} has no column ${header}`);
      const r = table.headerRow + 1 + n;
      const xml = table.headers.map((header, c) => cellXml(`${columnLetters(table.firstColumn + c)}${r}`, row[header] ?? null)).join("");
      return `<row r="${r}">${xml}</row>`;
    });
    // The table's blank row (if the file has one) is replaced by the typed rows.
    sheet = sheet.replace(/<row r="(\d+)"[^>]*?(\/>|>[\s\S]*?<\/row>)/g, (row, r: string) => (Number(r) > table.headerRow ? "" : row));
    sheet = sheet.replace("</sheetData>", `${cells.join("")}</sheetData>`).replace("<sheetData/>", `<sheetData>${cells.join("")}</sheetData>`);
    const last = table.headerRow + Math.max(rows.length, 1);
    const ref = `${columnLetters(table.firstColumn)}${table.headerRow}:${columnLetters(table.lastColumn)}${last}`;
    sheet = sheet.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`);
    zip.file(table.sheetPath, sheet);
    zip.file(table.path, table.xml.replace(/ ref="[^"]*"/g, ` ref="${ref}"`));
  }

  const plan = tables.get("Plan");
  if (!plan) throw new Error("the template has no Plan table");
  let sheet = await text(zip, plan.sheetPath);
  for (const [setting, value] of Object.entries(fill.settings)) {
    const row = findSettingRow(sheet, strings, setting);
    const address = `${columnLetters(plan.firstColumn + 1)}${row}`;
    sheet = sheet.replace(new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`), (whole, inner: string) => {
      const others = inner.replace(new RegExp(`<c r="${address}"[^>]*?(/>|>[\\s\\S]*?</c>)`), "");
      const after = others.search(new RegExp(`<c r="[C-Z]+${row}"`));
      const merged = after < 0 ? others + cellXml(address, value) : others.slice(0, after) + cellXml(address, value) + others.slice(after);
      return whole.replace(inner, merged);
    });
  }
  zip.file(plan.sheetPath, sheet);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function cellXml(address: string, value: Typed): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${address}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const escaped = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escaped}</t></is></c>`;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const file = zip.file("xl/sharedStrings.xml");
  if (!file) return [];
  const xml = await file.async("string");
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...(m[1] as string).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(""));
}

function findSettingRow(sheet: string, strings: readonly string[], setting: string): number {
  for (const match of sheet.matchAll(/<c r="A(\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
    const [, row, attributes, inner] = match as unknown as [string, string, string, string];
    const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1];
    const shown = attributes.includes('t="s"') ? strings[Number(value)] : value;
    if (shown === setting) return Number(row);
  }
  throw new Error(`the Plan table has no setting ${setting}`);
}

async function tableParts(zip: JSZip): Promise<Map<string, TablePart>> {
  const parts = new Map<string, TablePart>();
  for (const relsPath of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(p))) {
    const sheetPath = relsPath.replace("_rels/", "").replace(/\.rels$/, "");
    const rels = await text(zip, relsPath);
    for (const target of rels.matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)) {
      const path = `xl/tables/${target[1]}`;
      const xml = await text(zip, path);
      const name = /displayName="([^"]+)"/.exec(xml)?.[1] as string;
      const [, from, row, to] = /ref="([A-Z]+)(\d+):([A-Z]+)\d+"/.exec(xml) as unknown as [string, string, string, string];
      const headers = [...xml.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, "&"));
      parts.set(name, { path, xml, sheetPath, firstColumn: columnNumber(from), lastColumn: columnNumber(to), headerRow: Number(row), headers });
    }
  }
  return parts;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
