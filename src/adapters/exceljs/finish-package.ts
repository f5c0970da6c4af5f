import JSZip from "jszip";
import { carryCharts } from "./carry-charts";
import { chartXml, drawingXml, type ChartAnchor, type ChartCache } from "./chart-part";
import {
  AFTER_DRAWING,
  AFTER_HYPERLINKS,
  CONTENT_TYPE,
  freePartNumber,
  insertInWorksheet,
  readPart,
  REL,
  Relationships,
  relsPath,
  sheetParts,
  withContentType,
} from "./package-parts";
import type { SheetExtras } from "./render-sheet";
import type { ChartSpec } from "../../workbook/sheet-model";
import { xmlText } from "./xml-text";

/** Every part gets this date, so the same model gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * Adds what ExcelJS cannot write to the package it wrote: cell links (internal ones as
 * `location`, so no bogus external relationship) and charts (chart, drawing, relationships,
 * content types), and the charts of the user's sheets that ExcelJS dropped when reading the base.
 * Also fixes every part's date, so output is byte-for-byte repeatable.
 */
export async function finishPackage(
  data: Buffer,
  extras: readonly SheetExtras[],
  cacheOf: (chart: ChartSpec) => ChartCache,
  kept?: { readonly base: Buffer; readonly userSheets: readonly string[] },
): Promise<{ readonly data: Buffer; readonly lostCharts: readonly string[] }> {
  const zip = await JSZip.loadAsync(data);
  const pending = extras.filter((extra) => extra.links.length > 0 || extra.charts.length > 0);
  const taken = new Set<string>();
  let lostCharts: readonly string[] = [];
  if (kept !== undefined && kept.userSheets.length > 0) {
    const carried = await carryCharts(await JSZip.loadAsync(kept.base), zip, kept.userSheets, taken);
    zip.file("[Content_Types].xml", carried.types((await readPart(zip, "[Content_Types].xml")) ?? ""));
    lostCharts = carried.lost;
  }
  if (pending.length > 0) {
    const parts = await sheetParts(zip);
    let contentTypes = (await readPart(zip, "[Content_Types].xml")) ?? "";
    for (const extra of pending) {
      const sheetPath = parts.get(extra.sheet);
      const sheetXml = sheetPath === undefined ? undefined : await readPart(zip, sheetPath);
      // ExcelJS wrote every model sheet, so a missing part is a bug here, not bad input.
      if (sheetPath === undefined || sheetXml === undefined) throw new Error(`no worksheet part for ${extra.sheet}`);
      const rels = new Relationships(await readPart(zip, relsPath(sheetPath)));
      let xml = sheetXml;
      if (extra.links.length > 0) xml = insertInWorksheet(xml, hyperlinksXml(extra, rels), AFTER_HYPERLINKS);
      if (extra.charts.length > 0) {
        const drawingNumber = freePartNumber(zip, "xl/drawings/drawing", ".xml", taken);
        const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
        const drawingRels = new Relationships(undefined);
        const anchors: ChartAnchor[] = extra.charts.map((chart) => {
          const chartNumber = freePartNumber(zip, "xl/charts/chart", ".xml", taken);
          const chartPath = `xl/charts/chart${chartNumber}.xml`;
          zip.file(chartPath, chartXml(chart, cacheOf(chart)));
          contentTypes = withContentType(contentTypes, chartPath, CONTENT_TYPE.chart);
          return { at: chart.at, title: chart.title, chartRelId: drawingRels.add(REL.chart, `../charts/chart${chartNumber}.xml`) };
        });
        zip.file(drawingPath, drawingXml(anchors));
        zip.file(relsPath(drawingPath), drawingRels.toString());
        contentTypes = withContentType(contentTypes, drawingPath, CONTENT_TYPE.drawing);
        const drawingId = rels.add(REL.drawing, `../drawings/drawing${drawingNumber}.xml`);
        xml = insertInWorksheet(xml, `<drawing r:id="${drawingId}"/>`, AFTER_DRAWING);
      }
      zip.file(sheetPath, xml);
      zip.file(relsPath(sheetPath), rels.toString());
    }
    zip.file("[Content_Types].xml", contentTypes);
  }
  for (const file of Object.values(zip.files)) file.date = FIXED_DATE;
  return { data: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } }), lostCharts };
}

function hyperlinksXml(extra: SheetExtras, rels: Relationships): string {
  const links = extra.links.map(({ ref, link }) => {
    if ("cell" in link) {
      const location = link.cell.replace(/^#/, "");
      return `<hyperlink ref="${ref}" location="${xmlText(location)}" display="${xmlText(location)}"/>`;
    }
    return `<hyperlink ref="${ref}" r:id="${rels.add(REL.hyperlink, link.url, true)}"/>`;
  });
  return `<hyperlinks>${links.join("")}</hyperlinks>`;
}
