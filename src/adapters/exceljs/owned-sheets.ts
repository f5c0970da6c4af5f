import type JSZip from "jszip";
import type { ChartSpec, SheetModel } from "../../workbook/sheet-model";
import type { ChartCache } from "./chart-part";
import { commentsXml, notesVml } from "./note-parts";
import { CONTENT_TYPE, freePartNumber, readPart, REL, Relationships, relsPath, sheetParts, withContentType, withDefaultContentType } from "./package-parts";
import { SharedStrings } from "./shared-strings";
import { addCharts } from "./sheet-charts";
import type { SheetSurvey } from "./sheet-survey";
import { worksheetChunks, type SheetContext } from "./sheet-xml";
import { StyleSheet } from "./style-sheet";
import { tableXml } from "./table-part";

/** An owned sheet to write directly, checked and surveyed. */
export interface OwnedSheet {
  readonly model: SheetModel;
  readonly survey: SheetSurvey;
}

/** Parts made on demand, in the order they are to be written: every worksheet before the styles and shared strings their cells number into. */
export type LazyParts = ReadonlyMap<string, () => Iterable<string>>;

const STYLES = "xl/styles.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";

/** The highest table id in the package, so new tables get ids unique in the workbook. */
async function highestTableId(zip: JSZip): Promise<number> {
  let highest = 0;
  for (const name of Object.keys(zip.files).filter((path) => /^xl\/tables\/[^/]+\.xml$/.test(path))) {
    const id = Number(/<table\b[^>]*\sid="(\d+)"/.exec((await readPart(zip, name)) ?? "")?.[1] ?? 0);
    highest = Math.max(highest, id);
  }
  return highest;
}

/** Makes sure the package has a shared string table the workbook points at (ExcelJS writes none when its sheets hold no text). */
async function ensureSharedStrings(zip: JSZip, contentTypes: string): Promise<string> {
  if (zip.file(SHARED_STRINGS) !== null) return contentTypes;
  const rels = new Relationships(await readPart(zip, "xl/_rels/workbook.xml.rels"));
  rels.add(REL.sharedStrings, "sharedStrings.xml");
  zip.file("xl/_rels/workbook.xml.rels", rels.toString());
  return withContentType(contentTypes, SHARED_STRINGS, CONTENT_TYPE.sharedStrings);
}

/**
 * Writes the owned sheets into the package in place of the empty worksheets ExcelJS wrote for
 * them (which gave them their place, sheet id and relationship in the workbook): the small
 * parts (tables, notes, charts, relationships, content types) go in the zip now; the worksheets,
 * styles and shared strings are returned to be generated while the package is compressed.
 */
export async function addOwnedSheets(zip: JSZip, sheets: readonly OwnedSheet[], cacheOf: (chart: ChartSpec) => ChartCache, taken: Set<string>): Promise<LazyParts> {
  const lazy = new Map<string, () => Iterable<string>>();
  if (sheets.length === 0) return lazy;
  const stylesXml = await readPart(zip, STYLES);
  // ExcelJS always writes a styles part; without one the package is not ExcelJS's, a bug here.
  if (stylesXml === undefined) throw new Error("the written package has no styles part");
  let contentTypes = await ensureSharedStrings(zip, (await readPart(zip, "[Content_Types].xml")) ?? "");
  const context: SheetContext = { styles: new StyleSheet(stylesXml), strings: new SharedStrings(await readPart(zip, SHARED_STRINGS)) };
  const parts = await sheetParts(zip);
  let tableId = await highestTableId(zip);

  for (const { model, survey } of sheets) {
    const sheetPath = parts.get(model.name);
    if (sheetPath === undefined) throw new Error(`no worksheet part for ${model.name}`);
    const rels = new Relationships(undefined);
    const urls = new Map<string, string>();
    for (const { ref, link } of survey.links) if ("url" in link) urls.set(ref, rels.add(REL.hyperlink, link.url, true));

    let drawing: string | undefined;
    if ((model.charts ?? []).length > 0) {
      const added = addCharts(zip, model.charts ?? [], cacheOf, taken, contentTypes);
      contentTypes = added.contentTypes;
      drawing = rels.add(REL.drawing, added.drawingTarget);
    }

    let legacyDrawing: string | undefined;
    if (survey.notes.length > 0) {
      const commentsNumber = freePartNumber(zip, "xl/comments", ".xml", taken);
      const vmlNumber = freePartNumber(zip, "xl/drawings/vmlDrawing", ".vml", taken);
      zip.file(`xl/comments${commentsNumber}.xml`, commentsXml(survey.notes));
      zip.file(`xl/drawings/vmlDrawing${vmlNumber}.vml`, notesVml(survey.notes, vmlNumber));
      rels.add(REL.comments, `../comments${commentsNumber}.xml`);
      legacyDrawing = rels.add(REL.vmlDrawing, `../drawings/vmlDrawing${vmlNumber}.vml`);
      contentTypes = withContentType(contentTypes, `xl/comments${commentsNumber}.xml`, CONTENT_TYPE.comments);
      contentTypes = withDefaultContentType(contentTypes, "vml", CONTENT_TYPE.vmlDrawing);
    }

    const tables = (model.tables ?? []).map((table) => {
      const tableNumber = freePartNumber(zip, "xl/tables/table", ".xml", taken);
      zip.file(`xl/tables/table${tableNumber}.xml`, tableXml(table, ++tableId));
      contentTypes = withContentType(contentTypes, `xl/tables/table${tableNumber}.xml`, CONTENT_TYPE.table);
      return rels.add(REL.table, `../tables/table${tableNumber}.xml`);
    });

    // The placeholder had no relationships; the sheet's own replace whatever part was there.
    zip.file(relsPath(sheetPath), rels.toString());
    lazy.set(sheetPath, () => worksheetChunks(model, survey, { urls, drawing, legacyDrawing, tables }, context));
  }
  zip.file("[Content_Types].xml", contentTypes);
  lazy.set(STYLES, () => [context.styles.toString()]);
  lazy.set(SHARED_STRINGS, () => context.strings.chunks());
  return lazy;
}
