import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeWorkbook, type WriteOutcome } from "../../src/adapters/exceljs/write-workbook";
import type { SheetModel, WorkbookModel } from "../../src/workbook/sheet-model";

/** A sheet model with defaults for what a test does not care about. */
export function aSheet(overrides: Partial<SheetModel> & { readonly name: string }): SheetModel {
  return { owned: true, rows: [], ...overrides };
}

/** Writes the model and fails the test with the problem if there is one. */
export async function written(model: WorkbookModel, base?: Buffer): Promise<Buffer> {
  const outcome: WriteOutcome = await writeWorkbook(model, base);
  if ("problem" in outcome) throw new Error(`unexpected problem: ${outcome.problem}`);
  return outcome.data;
}

/** Reads a written workbook back with ExcelJS. */
export async function readBack(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The worksheet of that name, failing the test when it is missing. */
export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (worksheet === undefined) throw new Error(`no sheet ${name}`);
  return worksheet;
}

/** The package's parts. */
export async function unzip(data: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(data);
}

/** A part's text, failing the test when it is missing. */
export async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`no part ${path}; parts: ${Object.keys(zip.files).join(", ")}`);
  return file.async("string");
}

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
export async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await part(zip, "xl/workbook.xml");
  const rels = await part(zip, "xl/_rels/workbook.xml.rels");
  const sheetTag = new RegExp(`<sheet [^>]*name="${name}"[^>]*>`).exec(workbook)?.[0] ?? "";
  const id = /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const path = /Target="([^"]+)"/.exec(target ?? "")?.[1];
  if (path === undefined) throw new Error(`no part for sheet ${name}`);
  return part(zip, path.startsWith("/") ? path.slice(1) : `xl/${path}`);
}

/** The <c> element of a cell in a worksheet part. */
export function cellElement(xml: string, ref: string): string {
  const match = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml);
  if (match === null) throw new Error(`no cell ${ref}`);
  return match[0];
}
