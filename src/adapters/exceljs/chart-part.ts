import type { ChartSpec } from "../../workbook/sheet-model";
import { xmlText } from "./xml-text";

/** The figures a chart's ranges hold when written, cached in the chart part for viewers that do not recalculate. */
export interface ChartCache {
  readonly categories?: readonly (string | number | boolean | null)[];
  /** One per series, in the chart's series order. */
  readonly values?: readonly ((readonly (string | number | boolean | null)[]) | undefined)[];
}

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
/** Axis ids only need to be unique within one chart. */
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** A chart's size from the cell grid: Excel's default column width and row height in EMUs. */
const EMU_PER_COLUMN = 609600;
const EMU_PER_ROW = 190500;

function withoutEquals(ref: string): string {
  return ref.startsWith("=") ? ref.slice(1) : ref;
}

function strCache(points: readonly (string | number | boolean | null)[]): string {
  const pts = points.map((point, index) => (point === null ? "" : `<c:pt idx="${index}"><c:v>${xmlText(String(point))}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${points.length}"/>${pts}</c:strCache>`;
}

function numCache(points: readonly (string | number | boolean | null)[]): string {
  const pts = points
    .map((point, index) => (typeof point === "number" && Number.isFinite(point) ? `<c:pt idx="${index}"><c:v>${point}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${points.length}"/>${pts}</c:numCache>`;
}

/** The chart part (xl/charts/chartN.xml): one bar chart, a series per spec series, categories and values by reference. */
export function chartXml(chart: ChartSpec, cache: ChartCache = {}): string {
  const horizontal = chart.kind === "bar";
  const stacked = chart.kind === "stacked-column";
  const categories = `<c:cat><c:strRef><c:f>${xmlText(withoutEquals(chart.categories))}</c:f>${cache.categories === undefined ? "" : strCache(cache.categories)}</c:strRef></c:cat>`;
  const series = chart.series
    .map((one, index) => {
      const cached = cache.values?.[index];
      return (
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(one.name)}</c:v></c:tx>` +
        `<c:invertIfNegative val="0"/>${categories}` +
        `<c:val><c:numRef><c:f>${xmlText(withoutEquals(one.values))}</c:f>${cached === undefined ? "" : numCache(cached)}</c:numRef></c:val></c:ser>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** A chart placed on a sheet: where it sits and the drawing's relationship id of its chart part. */
export interface ChartAnchor {
  readonly at: ChartSpec["at"];
  readonly title: string;
  readonly chartRelId: string;
}

/** The drawing part (xl/drawings/drawingN.xml): one two-cell anchor with a graphic frame per chart. */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors
    .map((anchor, index) => {
      const { row, column, columns, rows } = anchor.at;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${column + Math.max(columns, 1)}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + Math.max(rows, 1)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xmlText(`Chart ${index + 1}`)}" descr="${xmlText(anchor.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.max(columns, 1) * EMU_PER_COLUMN}" cy="${Math.max(rows, 1) * EMU_PER_ROW}"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${anchor.chartRelId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">${frames}</xdr:wsDr>`;
}
