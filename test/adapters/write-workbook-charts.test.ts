import { chartXml } from "../../src/adapters/exceljs/chart-part";
import type { ChartSpec, WorkbookModel } from "../../src/workbook/sheet-model";
import { aSheet, part, readBack, sheetOf, sheetXml, unzip, written } from "./write-workbook-support";

const byYear: ChartSpec = {
  title: "Cost by year & source",
  kind: "column",
  categories: "Summary!$A$2:$A$4",
  series: [
    { name: "Pay", values: "Summary!$B$2:$B$4" },
    { name: "Non-pay", values: "Summary!$C$2:$C$4" },
  ],
  at: { row: 6, column: 0, columns: 8, rows: 15 },
};

const model: WorkbookModel = {
  sheets: [
    aSheet({
      name: "Summary",
      rows: [
        ["Year", "Pay", "Non-pay"],
        ["2025/26", 1000, 200],
        ["2026/27", { formula: "=B2*1.03", value: 1030 }, 210],
        ["2027/28", 1060.9, 220],
      ],
      charts: [byYear, { ...byYear, title: "Stacked", kind: "stacked-column", at: { row: 6, column: 9, columns: 8, rows: 15 } }],
      validations: [{ block: { row: 1, column: 0, rows: 3, columns: 1 }, list: ["a", "b"] }],
      conditionalFormats: [{ block: { row: 1, column: 1, rows: 3, columns: 1 }, formula: "=B2<0", style: "bad" }],
      tables: [{ name: "SummaryByYear", row: 0, column: 0, columns: ["Year", "Pay", "Non-pay"], rowCount: 3 }],
    }),
    aSheet({ name: "By site", rows: [["Site", "Cost"], ["Romford", 5]], charts: [{ title: "Sites", kind: "bar", categories: "'By site'!$A$2:$A$2", series: [{ name: "Cost", values: "'By site'!$B$2:$B$2" }], at: { row: 3, column: 0, columns: 6, rows: 10 } }] }),
  ],
};

describe("writeWorkbook charts", () => {
  it("adds a chart part per chart with one series per spec series, by reference, with cached figures", async () => {
    const zip = await unzip(await written(model));
    const chart = await part(zip, "xl/charts/chart1.xml");
    expect(chart).toMatch(/^<\?xml [^>]*\?>\n<c:chartSpace /);
    expect(chart).toContain(`<c:barDir val="col"/><c:grouping val="clustered"/>`);
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    expect(chart).toContain(`<c:tx><c:v>Pay</c:v></c:tx>`);
    expect(chart).toContain(`<c:cat><c:strRef><c:f>Summary!$A$2:$A$4</c:f>`);
    expect(chart).toContain(`<c:val><c:numRef><c:f>Summary!$C$2:$C$4</c:f>`);
    expect(chart).toContain(`<a:t>Cost by year &amp; source</a:t>`);
    expect(chart).toContain(`<c:pt idx="1"><c:v>1030</c:v></c:pt>`);
    expect(chart).toContain(`<c:pt idx="0"><c:v>2025/26</c:v></c:pt>`);
    const stacked = await part(zip, "xl/charts/chart2.xml");
    expect(stacked).toContain(`<c:grouping val="stacked"/>`);
    expect(stacked).toContain(`<c:overlap val="100"/>`);
    expect(await part(zip, "xl/charts/chart3.xml")).toContain(`<c:barDir val="bar"/>`);
  });

  it("anchors the charts in a drawing the sheet points at, after the elements the schema puts first", async () => {
    const zip = await unzip(await written(model));
    const xml = await sheetXml(zip, "Summary");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(xml)?.[1];
    expect(drawingId).toBeDefined();
    const order = ["</sheetData>", "<conditionalFormatting", "<dataValidations", "<pageMargins", "<drawing ", "<tableParts"].map((tag) => xml.indexOf(tag));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const sheetRels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    const relIds = [...sheetRels.matchAll(/Id="(rId\d+)"/g)].map((match) => match[1]);
    expect(new Set(relIds).size).toBe(relIds.length);
    expect(sheetRels).toContain(`Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);

    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(2);
    expect(drawing).toContain(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`);
    expect(drawing).toContain(`<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row>`);
    const chartIds = [...drawing.matchAll(/<c:chart [^>]*r:id="(rId\d+)"\/>/g)].map((match) => match[1]);
    expect(chartIds).toEqual(["rId1", "rId2"]);
    const drawingRels = await part(zip, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain(`Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"`);
    expect(drawingRels).toContain(`Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart2.xml"`);

    const bySite = await sheetXml(zip, "By site");
    // The owned marker is a comment, so ExcelJS wrote a legacyDrawing, which the schema puts after <drawing>.
    expect(bySite).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId\d+"\/><legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(await part(zip, "xl/drawings/_rels/drawing2.xml.rels")).toContain(`Target="../charts/chart3.xml"`);

    const types = await part(zip, "[Content_Types].xml");
    for (const n of [1, 2, 3]) expect(types).toContain(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    for (const n of [1, 2]) expect(types).toContain(`<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  });

  it("leaves a workbook with charts readable, with its values and tables intact", async () => {
    const data = await written(model);
    const ws = sheetOf(await readBack(data), "Summary");
    expect(ws.getCell("B3").value).toEqual({ formula: "B2*1.03", result: 1030 });
    expect((ws.getTable("SummaryByYear") as unknown as { table: { tableRef: string } }).table.tableRef).toBe("A1:C4");
  });

  it("keeps the charts when the workbook is written again over itself", async () => {
    const again = await unzip(await written(model, await written(model)));
    expect(Object.keys(again.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(3);
  });
});

describe("writeWorkbook over a workbook with the user's own charts", () => {
  it("carries the user's charts over, which ExcelJS alone would drop", async () => {
    const users = await written({
      sheets: [aSheet({ name: "Mine", owned: false, rows: [["a", 1], ["b", 2]], charts: [{ title: "My chart", kind: "column", categories: "Mine!$A$1:$A$2", series: [{ name: "s", values: "Mine!$B$1:$B$2" }], at: { row: 3, column: 0, columns: 4, rows: 8 } }] })],
    });
    const outcome = await written(model, users);
    const zip = await unzip(outcome);
    const mine = await sheetXml(zip, "Mine");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(mine)?.[1];
    expect(drawingId).toBeDefined();
    const sheetRels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    const drawingTarget = new RegExp(`Id="${drawingId}"[^>]*Target="([^"]+)"`).exec(sheetRels)?.[1] ?? "";
    const drawingPath = drawingTarget.replace(/^\//, "");
    const drawing = await part(zip, drawingPath);
    const chartTarget = /Target="\.\.\/charts\/(chart\d+\.xml)"/.exec(await part(zip, drawingPath.replace("drawings/", "drawings/_rels/") + ".rels"))?.[1];
    expect(drawing).toContain("graphicFrame");
    expect(await part(zip, `xl/charts/${chartTarget}`)).toContain("<a:t>My chart</a:t>");
    const charts = await Promise.all(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).map((name) => part(zip, name)));
    expect(charts.filter((xml) => xml.includes("<a:t>My chart</a:t>"))).toHaveLength(1);
    expect(charts).toHaveLength(4);
    const types = await part(zip, "[Content_Types].xml");
    expect(types).toContain(`PartName="/${drawingPath}"`);
    expect(types).toContain(`PartName="/xl/charts/${chartTarget}"`);
  });
});

describe("chartXml", () => {
  it("writes no cache when the ranges are not on a model sheet", () => {
    const xml = chartXml({ ...byYear, categories: "Elsewhere!$A$1:$A$2" });
    expect(xml).not.toContain("<c:strCache>");
    expect(xml).toContain("<c:f>Elsewhere!$A$1:$A$2</c:f>");
  });
});
