import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../workbook/tables";

/** A workbook file read into a snapshot of its tables, or why it could not be (never a stack trace). */
export type WorkbookFileRead = { readonly snapshot: WorkbookSnapshot } | { readonly problem: string };

/** Reads a workbook file from disk. */
export async function readWorkbookFile(path: string): Promise<WorkbookFileRead> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    return { problem: fileProblem(path, error) };
  }
  return readWorkbookBuffer(data);
}

/**
 * Reads every Excel table of an .xlsx package: where it stands (from the table parts
 * themselves, since ExcelJS's loaded table model drops the header-row flag Excel leaves out),
 * its header cells and its data rows, with values as the cells hold them: formulas give their
 * cached result, rich text and hyperlinks their text, date-formatted cells a Date.
 */
export async function readWorkbookBuffer(data: Buffer): Promise<WorkbookFileRead> {
  const sniffed = sniff(data);
  if (sniffed) return { problem: sniffed };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return { problem: "The file is damaged or incomplete: it starts like an Excel workbook but its contents cannot be unpacked. Open it in Excel and save it again, or use an earlier copy." };
  }
  if (!zip.file("xl/workbook.xml")) {
    return { problem: "The file is a zip package but not an Excel workbook (it has no xl/workbook.xml): perhaps a Word or PowerPoint file, or a zip renamed .xlsx." };
  }
  let parts: PackageTables;
  try {
    parts = await packageTables(zip);
  } catch {
    return { problem: "The file is damaged: its table definitions cannot be read. Open it in Excel and save it again." };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { problem: `The workbook cannot be read (${error instanceof Error ? error.message : String(error)}). Open it in Excel and save it again as an .xlsx workbook.` };
  }
  const tables: TableSnapshot[] = [];
  for (const part of parts.tables) {
    const worksheet = workbook.getWorksheet(part.sheet);
    if (worksheet) tables.push(tableSnapshot(worksheet, part));
  }
  return { snapshot: { tables, sheets: parts.sheets } };
}

/** A plain reason the bytes are not an .xlsx package, or undefined if they may be one. */
function sniff(data: Buffer): string | undefined {
  if (data.length === 0) return "The file is empty: it is not an Excel workbook.";
  const starts = (bytes: number[]) => bytes.every((byte, i) => data[i] === byte);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return "The file is a password-protected (encrypted) workbook or an old-style .xls file, which cannot be read. In Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, and clear it) and save it as an Excel Workbook (.xlsx).";
  }
  if (starts([0x25, 0x50, 0x44, 0x46])) return "The file is a PDF, not an Excel workbook (.xlsx).";
  if (!starts([0x50, 0x4b])) {
    const head = data.subarray(0, 512);
    const text = head.every((byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127) || byte >= 128);
    return text
      ? "The file is text, not an Excel workbook (.xlsx): perhaps a CSV or JSON file renamed .xlsx. Open it in Excel and save it as an Excel Workbook, or give a JSON plan to `resourcing calculate`."
      : "The file is not an Excel workbook (.xlsx): it is not a zip package.";
  }
  return undefined;
}

function fileProblem(path: string, error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT") return `File not found: ${path}`;
  if (code === "EISDIR") return `${path} is a folder, not a workbook file`;
  if (code === "EACCES" || code === "EPERM") return `Permission denied reading ${path}`;
  return `${path} cannot be read${typeof code === "string" ? ` (${code})` : ""}`;
}

interface TablePart {
  readonly name: string;
  readonly sheet: string;
  /** 1-based bounds of the whole table, header and totals included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columnNames: readonly string[];
}

interface PackageTables {
  readonly sheets: readonly string[];
  readonly tables: readonly TablePart[];
}

/** Sheets in workbook order and each sheet's table parts, from the package's own XML. */
async function packageTables(zip: JSZip): Promise<PackageTables> {
  const workbookXml = await text(zip, "xl/workbook.xml");
  const workbookRels = relationships(await text(zip, "xl/_rels/workbook.xml.rels"), "xl/");
  const sheets: string[] = [];
  const tables: TablePart[] = [];
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const attributes = attributesOf(tag);
    const name = attributes.name;
    const id = attributes["r:id"] ?? Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
    if (name === undefined) continue;
    sheets.push(name);
    const sheetPath = id === undefined ? undefined : workbookRels.get(id);
    if (sheetPath === undefined) continue;
    const folder = sheetPath.slice(0, sheetPath.lastIndexOf("/") + 1);
    const relsPath = `${folder}_rels/${sheetPath.slice(folder.length)}.rels`;
    if (!zip.file(relsPath)) continue;
    const sheetRels = relationships(await text(zip, relsPath), folder, "/table");
    for (const tablePath of sheetRels.values()) {
      if (!zip.file(tablePath)) continue;
      const part = tablePart(await text(zip, tablePath), name);
      if (part) tables.push(part);
    }
  }
  return { sheets, tables };
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  return file ? file.async("string") : "";
}

/** Relationship id → package path, resolved against `folder`; only those whose type ends with `type` when given. */
function relationships(xml: string, folder: string, type?: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of xml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const attributes = attributesOf(tag);
    if (attributes.Id === undefined || attributes.Target === undefined) continue;
    if (type !== undefined && !(attributes.Type ?? "").endsWith(type)) continue;
    map.set(attributes.Id, resolvePath(folder, attributes.Target));
  }
  return map;
}

function resolvePath(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${folder}${target}`.split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== ".") resolved.push(part);
  }
  return resolved.join("/");
}

function tablePart(xml: string, sheet: string): TablePart | undefined {
  const open = /<(?:\w+:)?table\s[^>]*>/.exec(xml);
  if (!open) return undefined;
  const attributes = attributesOf(open[0]);
  const bounds = rangeBounds(attributes.ref ?? "");
  const name = attributes.displayName ?? attributes.name;
  if (!bounds || name === undefined) return undefined;
  const columnNames = (xml.match(/<(?:\w+:)?tableColumn\s[^>]*>/g) ?? []).map((tag) => attributesOf(tag).name ?? "");
  return {
    name,
    sheet,
    ...bounds,
    // Excel leaves headerRowCount out when it is 1, the default.
    headerRows: attributes.headerRowCount === "0" ? 0 : 1,
    totalsRows: Number(attributes.totalsRowCount ?? "0") || 0,
    columnNames,
  };
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[match[1] as string] = unescapeXml(match[2] ?? match[3] ?? "");
  return attributes;
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[entity] ?? "";
  });
}

/** "B2:Q40" → 1-based bounds. */
function rangeBounds(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = cellPosition(from ?? "");
  const b = cellPosition(to ?? "");
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

function cellPosition(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(address);
  if (!match) return undefined;
  const column = [...(match[1] as string).toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

function tableSnapshot(worksheet: ExcelJS.Worksheet, part: TablePart): TableSnapshot {
  const width = part.right - part.left + 1;
  const rowValues = (row: number): CellValue[] => Array.from({ length: width }, (_, i) => cellValue(worksheet.getCell(row, part.left + i).value));
  const headerRow = part.headerRows > 0 ? part.top : part.top - 1;
  const headers =
    part.headerRows > 0
      ? rowValues(part.top).map((value, i) => (value === null || value === "" ? (part.columnNames[i] ?? null) : value))
      : Array.from({ length: width }, (_, i) => part.columnNames[i] ?? null);
  const rows: CellValue[][] = [];
  for (let row = headerRow + 1; row <= part.bottom - part.totalsRows; row++) rows.push(rowValues(row));
  return { name: part.name, sheet: part.sheet, headerRow, firstColumn: part.left, headers, rows };
}

/** An ExcelJS cell value as the snapshot's CellValue. */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const object = value as Record<string, unknown>;
  if (typeof object.error === "string") return { error: object.error };
  if (Array.isArray(object.richText)) return object.richText.map((run) => (typeof run === "object" && run !== null ? String((run as { text?: unknown }).text ?? "") : "")).join("");
  if ("formula" in object || "sharedFormula" in object || "result" in object) return cellValue(object.result);
  if ("hyperlink" in object || "text" in object) return cellValue(object.text);
  return null;
}
