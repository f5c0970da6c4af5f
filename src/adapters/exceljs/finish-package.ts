import JSZip from "jszip";
import { carryCharts } from "./carry-charts";
import type { ChartCache } from "./chart-part";
import { AFTER_DRAWING, AFTER_HYPERLINKS, insertInWorksheet, readPart, REL, Relationships, relsPath, sheetParts } from "./package-parts";
import type { SheetExtras } from "./render-sheet";
import { addCharts } from "./sheet-charts";
import type { ChartSpec } from "../../workbook/sheet-model";
import { xmlText } from "./xml-text";

/**
 * Adds to the package ExcelJS wrote what ExcelJS cannot write for the sheets it wrote: cell links
 * (internal ones as `location`, so no bogus external relationship) and charts (chart, drawing,
 * relationships, content types), and the charts of the user's sheets that ExcelJS dropped when
 * reading the base. `taken` collects the part names handed out, so later parts do not clash.
 */
export async function finishPackage(
  zip: JSZip,
  extras: readonly SheetExtras[],
  cacheOf: (chart: ChartSpec) => ChartCache,
  taken: Set<string>,
  kept?: { readonly base: Buffer; readonly userSheets: readonly string[] },
): Promise<{ readonly lostCharts: readonly string[] }> {
  const pending = extras.filter((extra) => extra.links.length > 0 || extra.charts.length > 0);
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
        const added = addCharts(zip, extra.charts, cacheOf, taken, contentTypes);
        contentTypes = added.contentTypes;
        const drawingId = rels.add(REL.drawing, added.drawingTarget);
        xml = insertInWorksheet(xml, `<drawing r:id="${drawingId}"/>`, AFTER_DRAWING);
      }
      zip.file(sheetPath, xml);
      zip.file(relsPath(sheetPath), rels.toString());
    }
    zip.file("[Content_Types].xml", contentTypes);
  }
  return { lostCharts };
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
