import type JSZip from "jszip";
import type { ChartSpec } from "../../workbook/sheet-model";
import { chartXml, drawingXml, type ChartAnchor, type ChartCache } from "./chart-part";
import { CONTENT_TYPE, freePartNumber, REL, Relationships, relsPath, withContentType } from "./package-parts";

/**
 * Adds a sheet's charts to the package: a chart part per chart and one drawing anchoring them.
 * Gives the drawing's target relative to a worksheet part and the content types with theirs.
 */
export function addCharts(
  zip: JSZip,
  charts: readonly ChartSpec[],
  cacheOf: (chart: ChartSpec) => ChartCache,
  taken: Set<string>,
  contentTypes: string,
): { readonly drawingTarget: string; readonly contentTypes: string } {
  let types = contentTypes;
  const drawingNumber = freePartNumber(zip, "xl/drawings/drawing", ".xml", taken);
  const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
  const drawingRels = new Relationships(undefined);
  const anchors: ChartAnchor[] = charts.map((chart) => {
    const chartNumber = freePartNumber(zip, "xl/charts/chart", ".xml", taken);
    const chartPath = `xl/charts/chart${chartNumber}.xml`;
    zip.file(chartPath, chartXml(chart, cacheOf(chart)));
    types = withContentType(types, chartPath, CONTENT_TYPE.chart);
    return { at: chart.at, title: chart.title, chartRelId: drawingRels.add(REL.chart, `../charts/chart${chartNumber}.xml`) };
  });
  zip.file(drawingPath, drawingXml(anchors));
  zip.file(relsPath(drawingPath), drawingRels.toString());
  types = withContentType(types, drawingPath, CONTENT_TYPE.drawing);
  return { drawingTarget: `../drawings/drawing${drawingNumber}.xml`, contentTypes: types };
}
