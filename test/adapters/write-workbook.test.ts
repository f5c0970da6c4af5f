import ExcelJS from "exceljs";
import { writeWorkbook } from "../../src/adapters/exceljs/write-workbook";
import { DATE_FORMAT, MONEY_FORMAT, OWNED_SHEET_NOTE, OWNED_TAB_COLOR, PERCENT_FORMAT, type WorkbookModel } from "../../src/workbook/sheet-model";
import { aSheet, cellElement, part, readBack, sheetOf, sheetXml, unzip, written } from "./write-workbook-support";

const DANGEROUS = ["=HYPERLINK(\"http://example.com\",\"x\")", "+44 20 7946 0000", "-1", "@SUM(A1)"];

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((run) => run.text).join("");
}

describe("writeWorkbook", () => {
  const model: WorkbookModel = {
    sheets: [
      aSheet({
        name: "Costing",
        rows: [
          [{ value: "Costing", style: "title" }],
          ["Line", "Cost", "Share", "Start", "Active", "Empty"],
          ["Band 6 nurse", 41234.56, 0.25, 45748, true, null],
          ["Band 7 lead", { formula: "=B3*2", value: 82469.12 }, { formula: "=C3", value: 0.25, numberFormat: "0.0%" }, 45748, false, null],
          [{ value: "Total", style: "total" }, { formula: "=SUM(B3:B4)", result: 123703.68, style: "total" }, { formula: "=\"a\"&\"b\"", value: "ab" }, null, { formula: "=TRUE()", value: true }],
        ],
        columns: [{ width: 30 }, { width: 14, numberFormat: MONEY_FORMAT }, { numberFormat: PERCENT_FORMAT }, { numberFormat: DATE_FORMAT, width: 12 }, { hidden: true }],
        frozen: { rows: 2, columns: 1 },
        tables: [{ name: "CostingLines", row: 1, column: 0, columns: ["Line", "Cost", "Share", "Start", "Active", "Empty"], rowCount: 2, style: "TableStyleMedium2" }],
      }),
      aSheet({ name: "Inputs", owned: false, rows: [["Name"], ...DANGEROUS.map((text) => [text])], tabColor: "#00B050" }),
    ],
  };

  it("writes literal values with their types", async () => {
    const ws = sheetOf(await readBack(await written(model)), "Costing");
    expect(ws.getCell("A3").value).toBe("Band 6 nurse");
    expect(ws.getCell("B3").value).toBe(41234.56);
    expect(ws.getCell("E3").value).toBe(true);
    expect(ws.getCell("E4").value).toBe(false);
    expect(ws.getCell("F3").value).toBeNull();
  });

  it("writes formulas without the leading = and with the engine's figure as the cached result", async () => {
    const ws = sheetOf(await readBack(await written(model)), "Costing");
    expect(ws.getCell("B4").value).toEqual({ formula: "B3*2", result: 82469.12 });
    expect(ws.getCell("B5").value).toEqual({ formula: "SUM(B3:B4)", result: 123703.68 });
    expect(ws.getCell("C5").value).toEqual({ formula: "\"a\"&\"b\"", result: "ab" });
    expect(ws.getCell("E5").value).toEqual({ formula: "TRUE()", result: true });
    const xml = await sheetXml(await unzip(await written(model)), "Costing");
    expect(cellElement(xml, "B5")).toContain("<f>SUM(B3:B4)</f><v>123703.68</v>");
  });

  it("applies column and cell number formats", async () => {
    const ws = sheetOf(await readBack(await written(model)), "Costing");
    expect(ws.getCell("B3").numFmt).toBe(MONEY_FORMAT);
    expect(ws.getCell("B4").numFmt).toBe(MONEY_FORMAT);
    expect(ws.getCell("C3").numFmt).toBe(PERCENT_FORMAT);
    expect(ws.getCell("C4").numFmt).toBe("0.0%");
    expect(ws.getCell("D3").numFmt).toBe(DATE_FORMAT);
  });

  it("sets column widths, hidden columns and frozen panes", async () => {
    const ws = sheetOf(await readBack(await written(model)), "Costing");
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(14);
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(ws.getColumn(1).hidden).toBe(false);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
  });

  it("draws the named styles", async () => {
    const ws = sheetOf(await readBack(await written(model)), "Costing");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").font?.size).toBe(14);
    expect(ws.getCell("A5").font?.bold).toBe(true);
    expect(ws.getCell("B5").border?.top?.style).toBe("thin");
    expect(ws.getCell("B5").numFmt).toBe(MONEY_FORMAT);
  });

  it("creates tables over the written values with a header row from the columns", async () => {
    const data = await written(model);
    const ws = sheetOf(await readBack(data), "Costing");
    const table = ws.getTable("CostingLines") as unknown as { table: { name: string; tableRef: string; columns: { name: string }[]; style: { theme: string } } };
    expect(table.table.name).toBe("CostingLines");
    expect(table.table.tableRef).toBe("A2:F4");
    expect(table.table.columns.map((column) => column.name)).toEqual(["Line", "Cost", "Share", "Start", "Active", "Empty"]);
    expect(table.table.style.theme).toBe("TableStyleMedium2");
    expect(ws.getCell("B4").value).toEqual({ formula: "B3*2", result: 82469.12 });
    const zip = await unzip(data);
    const tablePart = await part(zip, "xl/tables/table1.xml");
    expect(tablePart).toMatch(/ref="A2:F4"/);
    expect(tablePart).toMatch(/name="CostingLines"/);
  });

  it("writes an empty table as a header and one blank row", async () => {
    const data = await written({ sheets: [aSheet({ name: "Posts", owned: false, rows: [["Post", "FTE"]], tables: [{ name: "Posts", row: 0, column: 0, columns: ["Post", "FTE"], rowCount: 0 }] })] });
    const tablePart = await part(await unzip(data), "xl/tables/table1.xml");
    expect(tablePart).toMatch(/ref="A1:B2"/);
    expect(tablePart).toMatch(/<tableColumn id="1" name="Post"/);
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const data = await written(model);
    const ws = sheetOf(await readBack(data), "Inputs");
    DANGEROUS.forEach((text, index) => expect(ws.getCell(`A${index + 2}`).value).toBe(text));
    const zip = await unzip(data);
    const xml = await sheetXml(zip, "Inputs");
    expect(xml).not.toContain("<f>");
    const shared = await part(zip, "xl/sharedStrings.xml");
    DANGEROUS.forEach((_, index) => expect(cellElement(xml, `A${index + 2}`)).toMatch(/t="s"/));
    expect(shared).toContain("=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)");
    expect(shared).toContain("@SUM(A1)");
  });

  it("marks owned sheets with the note on A1 and the owned tab colour, and leaves input sheets unmarked", async () => {
    const workbook = await readBack(await written(model));
    const costing = sheetOf(workbook, "Costing");
    expect(noteOf(costing.getCell("A1"))).toBe(OWNED_SHEET_NOTE);
    expect(costing.properties.tabColor).toEqual({ argb: OWNED_TAB_COLOR });
    const inputs = sheetOf(workbook, "Inputs");
    expect(noteOf(inputs.getCell("A1"))).toBe("");
    expect(inputs.properties.tabColor).toEqual({ argb: "FF00B050" });
  });

  it("merges a note the model puts on A1 with the owned marker", async () => {
    const data = await written({ sheets: [aSheet({ name: "Summary", rows: [[{ value: "Summary", note: "Figures in pounds." }]] })] });
    const a1 = sheetOf(await readBack(data), "Summary").getCell("A1");
    expect(noteOf(a1)).toBe(`${OWNED_SHEET_NOTE}\n\nFigures in pounds.`);
    expect(a1.value).toBe("Summary");
  });

  it("writes notes as cell comments", async () => {
    const data = await written({ sheets: [aSheet({ name: "Summary", rows: [["x", { value: 12, note: "From Posts!F7 × 12 months." }]] })] });
    expect(noteOf(sheetOf(await readBack(data), "Summary").getCell("B1"))).toBe("From Posts!F7 × 12 months.");
    const zip = await unzip(data);
    expect(Object.keys(zip.files).some((name) => /^xl\/comments\d+\.xml$/.test(name))).toBe(true);
  });

  it("writes internal links as locations and web links as external relationships, on any cell", async () => {
    const data = await written({
      sheets: [
        aSheet({
          name: "Flags",
          rows: [
            ["Where", "Help"],
            [{ value: "Posts!F7", link: { cell: "Posts!F7" } }, { value: "Guide", link: { url: "https://example.org/guide?a=1&b=2" } }],
            [{ formula: "=1+1", value: 2, link: { cell: "'GP backfill'!B2" } }, { value: 3.5, link: { cell: "#Posts!A1" } }],
          ],
        }),
      ],
    });
    const zip = await unzip(data);
    const xml = await sheetXml(zip, "Flags");
    expect(xml).toContain(`<hyperlink ref="A2" location="Posts!F7" display="Posts!F7"/>`);
    expect(xml).toContain(`<hyperlink ref="A3" location="&apos;GP backfill&apos;!B2"`);
    expect(xml).toContain(`<hyperlink ref="B3" location="Posts!A1"`);
    const rId = /<hyperlink ref="B2" r:id="(rId\d+)"\/>/.exec(xml)?.[1];
    expect(rId).toBeDefined();
    const rels = await part(zip, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels).toContain(`Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/guide?a=1&amp;b=2" TargetMode="External"`);
    // Schema order: hyperlinks after dataValidations/conditionalFormatting, before pageMargins.
    expect(xml.indexOf("<hyperlinks>")).toBeLessThan(xml.indexOf("<pageMargins"));
    expect(xml.indexOf("</sheetData>")).toBeLessThan(xml.indexOf("<hyperlinks>"));
    const ws = sheetOf(await readBack(data), "Flags");
    expect(ws.getCell("A3").value).toEqual({ formula: "1+1", result: 2 });
    expect(ws.getCell("B3").value).toBe(3.5);
  });

  it("writes conditional formats as expression rules with the flag colours", async () => {
    const data = await written({
      sheets: [
        aSheet({
          name: "Checks",
          rows: [["a", 1], ["b", -1]],
          conditionalFormats: [
            { block: { row: 0, column: 1, rows: 2, columns: 1 }, formula: "=B1<0", style: "bad" },
            { block: { row: 0, column: 0, rows: 2, columns: 2 }, formula: "=$B1=0", style: "warning" },
            { block: { row: 0, column: 1, rows: 1, columns: 1 }, formula: "=B1>0", style: "good" },
          ],
        }),
      ],
    });
    const ws = sheetOf(await readBack(data), "Checks");
    const formats = (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings as { ref: string; rules: { type: string; formulae: string[]; priority: number; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } } }[] }[];
    expect(formats.map((format) => format.ref)).toEqual(["B1:B2", "A1:B2", "B1"]);
    expect(formats.map((format) => format.rules[0]?.formulae[0])).toEqual(["B1<0", "$B1=0", "B1>0"]);
    expect(formats.map((format) => format.rules[0]?.priority)).toEqual([1, 2, 3]);
    expect(formats[0]?.rules[0]?.style.fill.bgColor.argb).toBe("FFFFC7CE");
    expect(formats[0]?.rules[0]?.style.font.color.argb).toBe("FF9C0006");
    expect(formats[1]?.rules[0]?.style.fill.bgColor.argb).toBe("FFFFEB9C");
    expect(formats[2]?.rules[0]?.style.fill.bgColor.argb).toBe("FFC6EFCE");
  });

  it("writes dropdowns inline, from a range, or from the hidden lists sheet when too long for Excel's inline limit", async () => {
    const long = Array.from({ length: 40 }, (_, index) => `Funding source number ${index + 1}`);
    const data = await written({
      sheets: [
        aSheet({
          name: "Posts",
          owned: false,
          rows: [["Band", "Source", "Employer", "Note"]],
          validations: [
            { block: { row: 1, column: 0, rows: 100, columns: 1 }, list: ["Band 5", "Band 6", "Band 7"], strict: true, prompt: "Agenda for Change band" },
            { block: { row: 1, column: 1, rows: 100, columns: 1 }, list: long },
            { block: { row: 1, column: 2, rows: 100, columns: 1 }, list: { formula: "=Employers!$A$2:$A$40" } },
            { block: { row: 1, column: 3, rows: 100, columns: 1 }, list: ["Yes, paid", "No"] },
          ],
        }),
      ],
    });
    const xml = await sheetXml(await unzip(data), "Posts");
    const validations = xml.match(/<dataValidation [^>]*>.*?<\/dataValidation>/g) ?? [];
    expect(validations).toHaveLength(4);
    const byRef = (ref: string): string => validations.find((v) => v.includes(`sqref="${ref}"`)) ?? "";
    expect(byRef("A2:A101")).toMatch(/type="list"/);
    expect(byRef("A2:A101")).toMatch(/errorStyle="stop"/);
    expect(byRef("A2:A101")).toMatch(/prompt="Agenda for Change band"/);
    expect(byRef("A2:A101")).toContain("<formula1>&quot;Band 5,Band 6,Band 7&quot;</formula1>");
    expect(byRef("B2:B101")).toMatch(/errorStyle="warning"/);
    expect(byRef("B2:B101")).toContain("<formula1>&apos;Planner lists&apos;!$A$2:$A$41</formula1>");
    expect(byRef("C2:C101")).toContain("<formula1>Employers!$A$2:$A$40</formula1>");
    expect(byRef("D2:D101")).toContain("<formula1>&apos;Planner lists&apos;!$B$2:$B$3</formula1>");
    const workbook = await readBack(data);
    const lists = sheetOf(workbook, "Planner lists");
    expect(lists.state).toBe("hidden");
    expect(lists.getCell("A2").value).toBe("Funding source number 1");
    expect(lists.getCell("A41").value).toBe("Funding source number 40");
    expect(lists.getCell("B2").value).toBe("Yes, paid");
    expect(noteOf(lists.getCell("A1"))).toContain(OWNED_SHEET_NOTE);
  });

  it("gives the same sheets and shared strings, byte for byte, when writing the same model twice", async () => {
    const first = await written(model);
    const second = await written(model);
    const [a, b] = [await unzip(first), await unzip(second)];
    const names = Object.keys(a.files).filter((name) => /^xl\/worksheets\/.*\.xml$|^xl\/sharedStrings\.xml$/.test(name)).sort();
    expect(names.length).toBeGreaterThan(1);
    expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
    for (const name of names) expect(await part(b, name)).toBe(await part(a, name));
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it("gives a problem, not an exception, for a model Excel cannot hold", async () => {
    expect(await writeWorkbook({ sheets: [aSheet({ name: "Bad/Name" })] })).toEqual({ problem: expect.stringContaining("Bad/Name") });
    expect(await writeWorkbook({ sheets: [aSheet({ name: "Twice" }), aSheet({ name: "twice" })] })).toEqual({ problem: expect.stringContaining("used twice") });
    expect(await writeWorkbook({ sheets: [aSheet({ name: "S", rows: [[1, Number.NaN]] })] })).toEqual({ problem: expect.stringContaining("S!B1") });
    expect(await writeWorkbook({ sheets: [aSheet({ name: "S", rows: [["x".repeat(32768)]] })] })).toEqual({ problem: expect.stringContaining("32767") });
    expect(await writeWorkbook({ sheets: [aSheet({ name: "S", tables: [{ name: "A1", row: 0, column: 0, columns: ["x"], rowCount: 0 }] })] })).toEqual({ problem: expect.stringContaining("table name") });
    expect(await writeWorkbook({ sheets: [aSheet({ name: "S", tables: [{ name: "T", row: 0, column: 0, columns: ["x", "X"], rowCount: 0 }] })] })).toEqual({ problem: expect.stringContaining("twice") });
  });
});

describe("writeWorkbook at scale", () => {
  it("writes a 10,000-line, 30-column sheet with a table in reasonable time", async () => {
    const header = Array.from({ length: 30 }, (_, c) => `Column ${c + 1}`);
    const rows = [header, ...Array.from({ length: 10000 }, (_, r) => header.map((_, c) => (c === 0 ? `Line ${r + 1}` : c === 29 ? { formula: `=B${r + 2}*2`, value: r * 2 } : r + c / 100)))];
    const started = Date.now();
    const data = await written({
      sheets: [aSheet({ name: "Costing", rows, columns: header.map((_, c) => ({ numberFormat: c === 0 ? undefined : MONEY_FORMAT })), tables: [{ name: "Costing", row: 0, column: 0, columns: header, rowCount: 10000 }] })],
    });
    expect(Date.now() - started).toBeLessThan(30000);
    const xml = await sheetXml(await unzip(data), "Costing");
    expect(cellElement(xml, "A10001")).toMatch(/t="s"/);
    expect(cellElement(xml, "AD10001")).toContain("<f>B10001*2</f><v>19998</v>");
  }, 60000);
});
