import type JSZip from "jszip";
import { xmlText, xmlUnescape } from "./xml-text";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
} as const;

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** Reads a part as text, or undefined when the package has no such part. */
export async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file === null ? undefined : file.async("string");
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : xmlUnescape(match[1]);
}

/** Each sheet's name and the path of its part, from xl/workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readPart(zip, "xl/workbook.xml")) ?? "";
  const rels = (await readPart(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== undefined && target !== undefined && attribute(tag, "Type") === REL.worksheet) targets.set(id, resolveTarget("xl/workbook.xml", target));
  }
  const sheets = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "r:id");
    const path = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && path !== undefined) sheets.set(name, path);
  }
  return sheets;
}

/** A relationships part being added to: hands out ids that do not clash with the ones it holds. */
export class Relationships {
  private xml: string;
  private next: number;

  constructor(xml: string | undefined) {
    this.xml = xml ?? EMPTY_RELS;
    const ids = [...this.xml.matchAll(/\sId="rId(\d+)"/g)].map((match) => Number(match[1]));
    this.next = Math.max(0, ...ids) + 1;
  }

  /** Adds a relationship and gives its id. */
  add(type: string, target: string, external = false): string {
    const id = `rId${this.next++}`;
    const mode = external ? ` TargetMode="External"` : "";
    const element = `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"${mode}/>`;
    this.xml = this.xml.includes("</Relationships>") ? this.xml.replace("</Relationships>", `${element}</Relationships>`) : this.xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
    return id;
  }

  toString(): string {
    return this.xml;
  }
}

/** Adds an Override to [Content_Types].xml for a part. */
export function withContentType(contentTypes: string, partPath: string, contentType: string): string {
  return contentTypes.replace("</Types>", `<Override PartName="/${partPath}" ContentType="${contentType}"/></Types>`);
}

/** Adds a Default (by file extension) to [Content_Types].xml unless it has one for that extension. */
export function withDefaultContentType(contentTypes: string, extension: string, contentType: string): string {
  if (new RegExp(`<Default [^>]*Extension="${extension}"`, "i").test(contentTypes)) return contentTypes;
  return contentTypes.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${extension}" ContentType="${contentType}"/>`);
}

/** The lowest N ≥ 1 for which `prefix N suffix` is not yet a part of the package. */
export function freePartNumber(zip: JSZip, prefix: string, suffix: string, taken: Set<string>): number {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`) !== null || taken.has(`${prefix}${n}${suffix}`)) n++;
  taken.add(`${prefix}${n}${suffix}`);
  return n;
}

/**
 * Inserts an element into a worksheet part before the first of the elements the schema
 * (CT_Worksheet) puts after it, or before </worksheet> when none is there. Only the part after
 * sheetData is searched: everything that follows is small, however large the sheet.
 */
export function insertInWorksheet(sheetXml: string, element: string, followers: readonly string[]): string {
  const dataEnd = Math.max(sheetXml.lastIndexOf("</sheetData>"), sheetXml.lastIndexOf("<sheetData/>"), 0);
  const tail = sheetXml.slice(dataEnd);
  const pattern = new RegExp(`<(?:${followers.join("|")})[\\s/>]`);
  const found = pattern.exec(tail);
  const at = found === null ? dataEnd + tail.lastIndexOf("</worksheet>") : dataEnd + found.index;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Elements CT_Worksheet puts after <hyperlinks>. */
export const AFTER_HYPERLINKS = [
  "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags",
  "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
] as const;

/** Elements CT_Worksheet puts after <drawing>. */
export const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"] as const;
