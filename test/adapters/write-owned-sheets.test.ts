import ExcelJS from "exceljs";
import { MONEY_FORMAT, OWNED_SHEET_NOTE, OWNED_TAB_COLOR, PERCENT_FORMAT, type CellStyle, type SheetModel, type WorkbookModel } from "../../src/workbook/sheet-model";
import { aSheet, cellElement, part, readBack, sheetOf, sheetXml, unzip, written } from "./write-workbook-support";

const DANGEROUS = ["=HYPERLINK(\"http://example.com\",\"x\")", "+44 20 7946 0000", "-1", "@SUM(A1)", "  padded & <tagged>  ", "line\nbreak"];
const STYLES: readonly CellStyle[] = ["title", "subtitle", "header", "total", "note", "good", "bad", "warning"];

/** A sheet using every feature of the model, written the same way whether owned or not. */
function everything(name: string, owned: boolean): SheetModel {
  return aSheet({
    name,
    owned,
    rows: [
      [{ value: "Everything", style: "title", note: "Figures in pounds." }, { value: "subtitle", style: "subtitle" }],
      ["Line", "Cost", "Share", "Flag", "Text", "Link"],
      ["Band 6 nurse", 41234.56, 0.25, true, DANGEROUS[0] ?? "", { value: "Go to Posts", link: { cell: "Posts!F7" } }],
      ["Band 7 lead", { formula: "=B3*2", value: 82469.12, note: "Twice B3" }, { formula: "=C3", result: 0.25, numberFormat: "0.0%" }, false, DANGEROUS[1] ?? "", { value: "Guide", link: { url: "https://example.org/guide?a=1&b=2" } }],
      ["Totals", { formula: "=SUM(B3:B4)", result: 123703.68, style: "total" }, { formula: "=\"a\"&\"<b>\"", value: "a<b>" }, { formula: "=TRUE()", value: true }, DANGEROUS[2] ?? "", { formula: "=1+1", value: 2, link: { cell: "'GP backfill'!B2" } }],
      [{ formula: "=NOW()" }, { style: "header" }, -0.5, null, DANGEROUS[3] ?? "", DANGEROUS[4] ?? ""],
      STYLES.map((style, index) => ({ value: index === 0 ? style : index, style, numberFormat: index % 2 === 0 ? undefined : "#,##0.000" })),
      [DANGEROUS[5] ?? "", 1e-7, 12345678901234, "", { value: 7, note: "A note on a number & more" }],
    ],
    columns: [{ width: 30 }, { width: 14, numberFormat: MONEY_FORMAT }, { numberFormat: PERCENT_FORMAT }, { hidden: true }, { width: 40 }],
    frozen: { rows: 2, columns: 1 },
    tables: [{ name: `${name.replace(/\W/g, "")}Lines`, row: 1, column: 0, columns: ["Line", "Cost", "Share", "Flag", "Text", "Link"], rowCount: 4, style: "TableStyleMedium2" }],
    conditionalFormats: [
      { block: { row: 2, column: 1, rows: 3, columns: 1 }, formula: "=B3<0", style: "bad" },
      { block: { row: 2, column: 0, rows: 3, columns: 3 }, formula: "=$C3>0.2", style: "warning" },
      { block: { row: 2, column: 2, rows: 1, columns: 1 }, formula: "=C3>0", style: "good" },
    ],
    validations: [
      { block: { row: 2, column: 3, rows: 10, columns: 1 }, list: ["Yes", "No"], strict: true, prompt: "Yes or no" },
      { block: { row: 2, column: 4, rows: 10, columns: 1 }, list: Array.from({ length: 30 }, (_, index) => `Funding source number ${index + 1}`) },
      { block: { row: 2, column: 5, rows: 10, columns: 1 }, list: { formula: "=Employers!$A$2:$A$40" } },
    ],
  });
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((run) => run.text).join("");
}

interface Internals {
  readonly conditionalFormattings: unknown;
  readonly dataValidations: { readonly model: unknown };
}

describe("owned sheets written directly as XML", () => {
  it("read back with ExcelJS, match the same sheet written through ExcelJS, cell by cell", async () => {
    const data = await written({ sheets: [everything("Direct", true), everything("Via ExcelJS", false)] });
    const workbook = await readBack(data);
    const direct = sheetOf(workbook, "Direct");
    const reference = sheetOf(workbook, "Via ExcelJS");
    for (let row = 1; row <= 10; row++) {
      for (let column = 1; column <= 10; column++) {
        const [a, b] = [direct.getCell(row, column), reference.getCell(row, column)];
        const where = `${a.address}`;
        expect({ where, value: a.value }).toEqual({ where, value: b.value });
        expect({ where, numFmt: a.numFmt }).toEqual({ where, numFmt: b.numFmt });
        // ExcelJS leaves out the size of a font it was given without one; the direct path writes the default (11).
        const font = (cell: ExcelJS.Cell) => ({ where, bold: cell.font?.bold, italic: cell.font?.italic, size: cell.font === undefined ? undefined : (cell.font.size ?? 11), color: cell.font?.color });
        expect(font(a)).toEqual(font(b));
        expect({ where, fill: a.fill }).toEqual({ where, fill: b.fill });
        expect({ where, border: a.border }).toEqual({ where, border: b.border });
        expect({ where, alignment: a.alignment }).toEqual({ where, alignment: b.alignment });
        if (row !== 1 || column !== 1) expect({ where, note: noteText(a) }).toEqual({ where, note: noteText(b) });
      }
    }
    expect(noteText(direct.getCell("A1"))).toBe(`${OWNED_SHEET_NOTE}\n\nFigures in pounds.`);
    expect(noteText(reference.getCell("A1"))).toBe("Figures in pounds.");
    for (let column = 1; column <= 6; column++) {
      expect({ column, width: direct.getColumn(column).width, hidden: direct.getColumn(column).hidden, numFmt: direct.getColumn(column).numFmt }).toEqual({
        column,
        width: reference.getColumn(column).width,
        hidden: reference.getColumn(column).hidden,
        numFmt: reference.getColumn(column).numFmt,
      });
    }
    expect(direct.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    expect(direct.properties.tabColor).toEqual({ argb: OWNED_TAB_COLOR });

    const tableOf = (ws: ExcelJS.Worksheet, name: string) => (ws.getTable(name) as unknown as { table: { tableRef: string; columns: { name: string }[]; style: { theme: string } } }).table;
    const [t1, t2] = [tableOf(direct, "DirectLines"), tableOf(reference, "ViaExcelJSLines")];
    expect([t1.tableRef, t1.columns.map((c) => c.name), t1.style.theme]).toEqual([t2.tableRef, t2.columns.map((c) => c.name), t2.style.theme]);
    expect(t1.tableRef).toBe("A2:F6");

    const internals = (ws: ExcelJS.Worksheet): Internals => ws as unknown as Internals;
    expect(internals(direct).conditionalFormattings).toEqual(internals(reference).conditionalFormattings);
    expect(internals(direct).dataValidations.model).toEqual(internals(reference).dataValidations.model);
    expect(Object.keys(internals(direct).dataValidations.model as object)).toHaveLength(30);
  });

  it("keeps every string as text: shared strings, never a formula", async () => {
    const zip = await unzip(await written({ sheets: [aSheet({ name: "Texts", rows: DANGEROUS.map((text) => [text]) })] }));
    const xml = await sheetXml(zip, "Texts");
    expect(xml).not.toContain("<f>");
    DANGEROUS.forEach((_, index) => expect(cellElement(xml, `A${index + 1}`)).toMatch(/t="s"/));
    const shared = await part(zip, "xl/sharedStrings.xml");
    expect(shared).toContain("=HYPERLINK(\"http://example.com\",\"x\")");
    expect(shared).toContain(`<t xml:space="preserve">  padded &amp; &lt;tagged&gt;  </t>`);
    const ws = sheetOf(await readBack(await written({ sheets: [aSheet({ name: "Texts", rows: DANGEROUS.map((text) => [text]) })] })), "Texts");
    DANGEROUS.forEach((text, index) => expect(ws.getCell(`A${index + 1}`).value).toBe(text));
  });

  it("writes formulas without = and cached results typed by t", async () => {
    const xml = await sheetXml(await unzip(await written({ sheets: [everything("Direct", true)] })), "Direct");
    expect(cellElement(xml, "B5")).toMatch(/^<c r="B5" s="\d+"><f>SUM\(B3:B4\)<\/f><v>123703.68<\/v><\/c>$/);
    expect(cellElement(xml, "C5")).toContain(`t="str"><f>"a"&amp;"&lt;b&gt;"</f><v>a&lt;b&gt;</v>`);
    expect(cellElement(xml, "D5")).toContain(`t="b"><f>TRUE()</f><v>1</v>`);
    expect(cellElement(xml, "A6")).toBe(`<c r="A6"><f>NOW()</f></c>`);
  });

  it("lays the worksheet out in the schema's element order", async () => {
    const model: WorkbookModel = {
      sheets: [
        {
          ...everything("Direct", true),
          charts: [{ title: "Cost", kind: "column", categories: "Direct!$A$3:$A$4", series: [{ name: "Cost", values: "Direct!$B$3:$B$4" }], at: { row: 12, column: 0, columns: 6, rows: 10 } }],
        },
      ],
    };
    const xml = await sheetXml(await unzip(await written(model)), "Direct");
    const order = ["<sheetPr>", "<dimension ", "<sheetViews>", "<sheetFormatPr ", "<cols>", "<sheetData>", "</sheetData>", "<conditionalFormatting ", "<dataValidations ", "<hyperlinks>", "<pageMargins ", "<pageSetup ", "<drawing ", "<legacyDrawing ", "<tableParts "];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).toContain(`<dimension ref="A1:H8"/>`);
    expect(xml.endsWith("</tableParts></worksheet>")).toBe(true);
  });

  it("adds its formats after the base workbook's styles, which keep their numbers", async () => {
    const users = new ExcelJS.Workbook();
    const mine = users.addWorksheet("Mine");
    mine.getCell("A1").value = 1.5;
    mine.getCell("A1").numFmt = "0.0000";
    mine.getCell("A2").value = "bold";
    mine.getCell("A2").font = { bold: true, italic: true, size: 20 };
    mine.addConditionalFormatting({ ref: "A1", rules: [{ type: "expression", priority: 1, formulae: ["A1>1"], style: { font: { color: { argb: "FF0000FF" } } } }] });
    const base = Buffer.from(await users.xlsx.writeBuffer());
    const once = await written({ sheets: [everything("Direct", true)] }, base);
    const twice = await written({ sheets: [everything("Direct", true)] }, once);
    for (const data of [once, twice]) {
      const workbook = await readBack(data);
      const kept = sheetOf(workbook, "Mine");
      expect(kept.getCell("A1").numFmt).toBe("0.0000");
      expect(kept.getCell("A2").font).toMatchObject({ bold: true, italic: true, size: 20 });
      const keptFormats = (kept as unknown as { conditionalFormattings: { rules: { style: { font: { color: { argb: string } } } }[] }[] }).conditionalFormattings;
      expect(keptFormats[0]?.rules[0]?.style.font.color.argb).toBe("FF0000FF");
      const direct = sheetOf(workbook, "Direct");
      expect(direct.getCell("B3").numFmt).toBe(MONEY_FORMAT);
      expect(direct.getCell("C4").numFmt).toBe("0.0%");
      expect(direct.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
      const formats = (direct as unknown as { conditionalFormattings: { rules: { style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
      expect(formats.map((format) => format.rules[0]?.style.fill.bgColor.argb)).toEqual(["FFFFC7CE", "FFFFEB9C", "FFC6EFCE"]);
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Mine", "Direct", "Planner lists"]);
    }
  });

  it("keeps the workbook's sheets, relationships, content types and table ids consistent when sheets are added and replaced", async () => {
    const first = await written({ sheets: [everything("Posts", false), everything("Direct", true), aSheet({ name: "Other", rows: [["x"]], tables: [{ name: "OtherT", row: 0, column: 0, columns: ["x"], rowCount: 0 }] })] });
    const second = await written({ sheets: [everything("Direct", true), aSheet({ name: "Other", rows: [["y"]], tables: [{ name: "OtherT", row: 0, column: 0, columns: ["x"], rowCount: 0 }] })] }, first);
    for (const data of [first, second]) {
      const zip = await unzip(data);
      const workbookXml = await part(zip, "xl/workbook.xml");
      expect(workbookXml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
      const rels = await part(zip, "xl/_rels/workbook.xml.rels");
      const types = await part(zip, "[Content_Types].xml");
      const sheets = [...workbookXml.matchAll(/<sheet [^>]*>/g)].map(([tag]) => ({ id: /sheetId="(\d+)"/.exec(tag)?.[1], rel: /r:id="([^"]+)"/.exec(tag)?.[1] }));
      expect(new Set(sheets.map((sheet) => sheet.id)).size).toBe(sheets.length);
      for (const sheet of sheets) {
        const target = new RegExp(`<Relationship [^>]*Id="${sheet.rel}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
        const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
        expect(zip.file(path)).not.toBeNull();
        expect(types).toContain(`PartName="/${path}"`);
      }
      const tableParts = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
      const ids = await Promise.all(tableParts.map(async (name) => /<table [^>]*\bid="(\d+)"/.exec(await part(zip, name))?.[1]));
      expect(new Set(ids).size).toBe(ids.length);
      for (const name of tableParts) expect(types).toContain(`PartName="/${name}"`);
      for (const name of Object.keys(zip.files).filter((file) => /^xl\/comments\d+\.xml$/.test(file))) expect(types).toContain(`PartName="/${name}"`);
      expect(types).toMatch(/<Default Extension="vml" /);
      expect(types).toContain(`PartName="/xl/sharedStrings.xml"`);
      expect(rels).toMatch(/Type="[^"]*\/sharedStrings" Target="sharedStrings.xml"/);
    }
    const workbook = await readBack(second);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Posts", "Direct", "Other", "Planner lists"]);
    expect(sheetOf(workbook, "Other").getCell("A1").value).toBe("x");
    expect(noteText(sheetOf(workbook, "Other").getCell("A1"))).toBe(OWNED_SHEET_NOTE);
    expect(sheetOf(workbook, "Posts").getCell("B3").value).toBe(41234.56);
  });

  it("gives the same bytes for the same model", async () => {
    const model: WorkbookModel = { sheets: [everything("Direct", true), everything("Posts", false)] };
    expect(Buffer.compare(await written(model), await written(model))).toBe(0);
  });

  it("writes a table's header cells from its column names, even past the model's rows", async () => {
    const ws = sheetOf(await readBack(await written({ sheets: [aSheet({ name: "Empty", rows: [], tables: [{ name: "Blank", row: 2, column: 1, columns: ["A b", "C"], rowCount: 0 }] })] })), "Empty");
    expect(ws.getCell("B3").value).toBe("A b");
    expect(ws.getCell("C3").value).toBe("C");
    expect((ws.getTable("Blank") as unknown as { table: { tableRef: string } }).table.tableRef).toBe("B3:C4");
  });
});
