import { OWNED_NAME } from "../../../src/adapters/office/owned-marker";
import { OfficeWorkbookPort } from "../../../src/adapters/office/office-workbook-port";
import { haveringExample } from "../../../src/example/havering";
import { ISSUES_SHEET, SUMMARY_SHEET } from "../../../src/workbook/owned-sheets";
import { OWNED_SHEET_NOTE, type SheetModel, type WorkbookModel } from "../../../src/workbook/sheet-model";
import { FakeExcel } from "../../support/excel-fake";
import { FOUR_MB, ownedModelOf, workbookOf } from "./office-support";

const INPUT_SHEETS = ["Plan", "Employers", "Posts", "GPBackfill", "NonPay", "Funding", "Allocations", "PayScales", "Guidance"];

function ownedSheet(overrides: Partial<SheetModel> = {}): SheetModel {
  return { name: SUMMARY_SHEET, owned: true, rows: [["Summary"]], ...overrides };
}

async function written(model: WorkbookModel, fake = new FakeExcel()): Promise<FakeExcel> {
  if (fake.sheets.length === 0) fake.addSheet("Plan", [["Setting", "Value"]]);
  const outcome = await new OfficeWorkbookPort(fake.run, fake.supports).writeOwnedSheets(model);
  if (!outcome.ok) throw new Error(outcome.problem);
  return fake;
}

describe("OfficeWorkbookPort.writeOwnedSheets", () => {
  it("writes the example's owned sheets after the user's sheets, a request each after two that look", async () => {
    const { fake, port } = workbookOf(haveringExample());
    const model = await ownedModelOf(port);
    const before = fake.syncs;
    const outcome = await port.writeOwnedSheets(model);
    expect(outcome).toEqual({ ok: true, written: model.sheets.map((sheet) => sheet.name), warnings: [] });
    expect(fake.sheetNames()).toEqual([...INPUT_SHEETS, ...model.sheets.map((sheet) => sheet.name)]);
    expect(fake.syncs - before).toBe(2 + model.sheets.length);
    expect(fake.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(fake.writesWhileCalculating).toBe(0);
    for (const sheet of model.sheets) {
      const written = fake.sheet(sheet.name);
      expect(written?.names.has(OWNED_NAME)).toBe(true);
      expect(written?.notes.get("A1")).toContain(OWNED_SHEET_NOTE);
      expect(written?.tabColor).toBe("#2F5597");
    }
  });

  it("writes live formulas as formulas, numbers as numbers, and the Summary chart from the model's ranges", async () => {
    const { fake, port } = workbookOf(haveringExample());
    const model = await ownedModelOf(port);
    await port.writeOwnedSheets(model);
    const costing = fake.sheet("Costing");
    const formulas = costing?.rows.flat().filter((cell) => cell?.formula !== undefined) ?? [];
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.every((cell) => cell?.formula?.startsWith("=") && cell.quotePrefix !== true)).toBe(true);
    const spec = model.sheets.find((sheet) => sheet.name === SUMMARY_SHEET)?.charts?.[0];
    const chart = fake.sheet(SUMMARY_SHEET)?.charts[0];
    expect(chart?.type).toBe("ColumnStacked");
    expect(chart?.title).toBe(spec?.title);
    expect(chart?.series.map((series) => series.name)).toEqual(spec?.series.map((series) => series.name));
    expect(chart?.series.every((series) => series.xValues === spec?.categories.replace(/\$/g, ""))).toBe(true);
  });

  it("links each issue to its cell and highlights the Issues sheet", async () => {
    const { fake, port } = workbookOf(haveringExample());
    const model = await ownedModelOf(port);
    await port.writeOwnedSheets(model);
    const issues = fake.sheet(ISSUES_SHEET);
    // Each link is a HYPERLINK formula to a cell of this workbook, showing the cell's text.
    const links = issues?.rows.flat().filter((cell) => cell?.formula?.startsWith("=HYPERLINK(") === true) ?? [];
    const modelLinks = model.sheets.find((sheet) => sheet.name === ISSUES_SHEET)?.rows.flat().filter((cell) => typeof cell === "object" && cell !== null && "link" in cell) ?? [];
    expect(links.length).toBe(modelLinks.length);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((cell) => /^=HYPERLINK\("#[^"]+![A-Z]+\d+","[^"]+"\)$/.test(cell?.formula ?? ""))).toBe(true);
    expect(issues?.conditionalFormats.length).toBe(model.sheets.find((sheet) => sheet.name === ISSUES_SHEET)?.conditionalFormats?.length ?? 0);
  });

  it("keeps text starting with = + - @ (or looking like a number, date or error) as text", async () => {
    const dangerous = ["=HYPERLINK(\"http://example.com\")", "+44 20 7946 0000", "-1", "@SUM(A1)", "1/2", "15%", "TRUE", "#N/A", "'quoted"];
    const fake = await written({ sheets: [ownedSheet({ rows: [dangerous, [{ value: "=1+1", style: "title" }, { formula: "=1+1", result: 2 }]] })] });
    const row = fake.sheet(SUMMARY_SHEET)?.rows[0] ?? [];
    expect(row.map((cell) => cell?.value)).toEqual(dangerous);
    expect(row.every((cell) => cell?.formula === undefined)).toBe(true);
    expect(fake.cell(SUMMARY_SHEET, "A2")).toMatchObject({ value: "=1+1", formula: undefined, font: { bold: true } });
    expect(fake.cell(SUMMARY_SHEET, "B2")?.formula).toBe("=1+1");
  });

  it("creates tables after their values, with the model's column names as headers", async () => {
    const sheet = ownedSheet({
      rows: [["Title"], [], ["Line", "Cost"], ["L1", 10], ["L2", 20]],
      tables: [{ name: "OwnedLines", row: 2, column: 0, columns: ["Line", "Cost"], rowCount: 2 }],
      frozen: { rows: 3, columns: 1 },
      columns: [{ width: 20 }, { width: 12, numberFormat: "£#,##0.00" }],
    });
    const fake = await written({ sheets: [sheet] });
    const tableAt = fake.log.indexOf("tables.add Summary!A3:B5");
    const valuesAt = fake.log.findIndex((entry) => entry.startsWith("formulas Summary!A1:"));
    expect(valuesAt).toBeGreaterThanOrEqual(0);
    expect(tableAt).toBeGreaterThan(valuesAt);
    expect(fake.tables.map((table) => table.name)).toEqual(["OwnedLines"]);
    expect([fake.cell(SUMMARY_SHEET, "A3")?.value, fake.cell(SUMMARY_SHEET, "B3")?.value]).toEqual(["Line", "Cost"]);
    expect(fake.cell(SUMMARY_SHEET, "B4")).toMatchObject({ value: 10, numberFormat: "£#,##0.00" });
    expect(fake.sheet(SUMMARY_SHEET)?.frozen).toEqual({ rows: 3, columns: 1 });
    expect(fake.sheet(SUMMARY_SHEET)?.columnWidths.get(0)).toBeCloseTo(108.75);
  });

  it("refuses, changing nothing, when a user's sheet has an owned sheet's name", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan", [["Setting"]]);
    fake.addSheet("Summary", [["My own summary"]]);
    const port = new OfficeWorkbookPort(fake.run, fake.supports);
    const outcome = await port.writeOwnedSheets({ sheets: [ownedSheet({ name: "Costing" }), ownedSheet()] });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatch(/sheet named "Summary" that Resourcing Planner did not write.*Nothing has been changed/);
    expect(fake.sheetNames()).toEqual(["Plan", "Summary"]);
    expect(fake.cell("Summary", "A1")?.value).toBe("My own summary");
    expect(fake.log).toEqual([]);
  });

  it("does not trust a blue tab: only the owned name or A1's note marks a sheet as owned", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    fake.addSheet("Summary").tabColor = "#2F5597";
    const outcome = await new OfficeWorkbookPort(fake.run, fake.supports).writeOwnedSheets({ sheets: [ownedSheet()] });
    expect(outcome.ok).toBe(false);
  });

  it("replaces the owned sheets of an earlier run, and a file-written sheet marked by its A1 note", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    // As `resourcing calculate --out` leaves it: the note on A1, no name.
    fake.addSheet("Costing", [["old costing"]]).notes.set("A1", OWNED_SHEET_NOTE);
    const port = new OfficeWorkbookPort(fake.run, fake.supports);
    await port.writeOwnedSheets({ sheets: [ownedSheet({ rows: [["first run"]] }), ownedSheet({ name: "Costing", rows: [["first costing"]] })] });
    const outcome = await port.writeOwnedSheets({ sheets: [ownedSheet({ rows: [["second run"]] }), ownedSheet({ name: "Costing", rows: [["second costing"]] })] });
    expect(outcome.ok).toBe(true);
    expect(fake.sheetNames()).toEqual(["Plan", "Summary", "Costing"]);
    expect(fake.cell("Summary", "A1")?.value).toBe("second run");
    expect(fake.cell("Costing", "A1")?.value).toBe("second costing");
  });

  it("without the notes API (Excel API 1.8), recognises its own sheets by name and refuses a file-written one rather than guess", async () => {
    const fake = new FakeExcel({ apiMinor: 8 });
    fake.addSheet("Plan");
    const port = new OfficeWorkbookPort(fake.run, fake.supports);
    const first = await port.writeOwnedSheets({ sheets: [ownedSheet({ rows: [[{ value: "x", note: "from Posts!F7" }]] })] });
    expect(first).toEqual({ ok: true, written: ["Summary"], warnings: ["Summary: cell notes (where a figure came from) were not added (they need Excel API 1.18)"] });
    expect(fake.sheet("Summary")?.notes.size).toBe(0);
    expect((await port.writeOwnedSheets({ sheets: [ownedSheet()] })).ok).toBe(true);
    fake.addSheet("Costing").notes.set("A1", OWNED_SHEET_NOTE);
    expect((await port.writeOwnedSheets({ sheets: [ownedSheet({ name: "Costing" })] })).ok).toBe(false);
  });

  it("skips what an older Excel cannot do, saying so, and writes the rest", async () => {
    const fake = new FakeExcel({ apiMinor: 5 });
    fake.addSheet("Plan");
    const sheet = ownedSheet({
      rows: [[{ value: "See Posts", link: { cell: "Plan!A1" } }, 5]],
      frozen: { rows: 1, columns: 0 },
      conditionalFormats: [{ block: { row: 0, column: 1, rows: 1, columns: 1 }, formula: "=B1>1", style: "bad" }],
      charts: [{ title: "T", kind: "column", categories: "Summary!$A$1:$A$1", series: [{ name: "S", values: "Summary!$B$1:$B$1" }], at: { row: 2, column: 3, columns: 5, rows: 10 } }],
    });
    const outcome = await new OfficeWorkbookPort(fake.run, fake.supports).writeOwnedSheets({ sheets: [sheet] });
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.warnings.join("\n")).toMatch(/frozen[\s\S]*1\.6[\s\S]*chart/);
    expect(fake.cell("Summary", "B1")?.value).toBe(5);
    // A link to a cell is a HYPERLINK formula, which needs no newer API.
    expect(fake.cell("Summary", "A1")?.formula).toBe('=HYPERLINK("#Plan!A1","See Posts")');
    expect(fake.sheet("Summary")?.charts).toEqual([]);
  });

  it("refuses a model Excel cannot hold before changing anything", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    const outcome = await new OfficeWorkbookPort(fake.run, fake.supports).writeOwnedSheets({ sheets: [ownedSheet({ rows: [[Number.NaN]] })] });
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/Summary row 1, column 1: the number NaN/) });
    expect(fake.syncs).toBe(0);
  });

  it("puts the previous owned sheets back when a request fails part way, and reports the failure", async () => {
    const { fake, port } = workbookOf(haveringExample());
    const model = await ownedModelOf(port);
    expect((await port.writeOwnedSheets(model)).ok).toBe(true);
    const before = fake.sheetNames();
    const summaryCell = fake.cell(SUMMARY_SHEET, "A1")?.value;
    // The second run's fourth write request (after its two looks) fails whole.
    fake.failRequest = fake.syncs + 2 + 4;
    const outcome = await port.writeOwnedSheets(model);
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/internal error/) });
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.cell(SUMMARY_SHEET, "A1")?.value).toBe(summaryCell);
    expect(fake.sheet(SUMMARY_SHEET)?.names.has(OWNED_NAME)).toBe(true);
  });

  it("replaces a workbook's only sheets when they are all owned (the new ones are added before the old go)", async () => {
    const fake = new FakeExcel();
    const first = await written({ sheets: [ownedSheet()] }, (fake.addSheet("Plan"), fake));
    first.sheets.splice(first.sheets.findIndex((sheet) => sheet.name === "Plan"), 1);
    expect(first.sheetNames()).toEqual([SUMMARY_SHEET]);
    const outcome = await new OfficeWorkbookPort(first.run, first.supports).writeOwnedSheets({ sheets: [ownedSheet({ rows: [["Again"]] })] });
    expect(outcome.ok).toBe(true);
    expect(first.sheetNames()).toEqual([SUMMARY_SHEET]);
    expect(first.cell(SUMMARY_SHEET, "A1")?.value).toBe("Again");
  });

  it("turns a failure Excel reports into a problem", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    fake.addSheet("Other");
    fake.addTable("Other", "Taken", "A1:A2");
    const port = new OfficeWorkbookPort(fake.run, fake.supports);
    const outcome = await port.writeOwnedSheets({ sheets: [ownedSheet({ tables: [{ name: "Taken", row: 0, column: 0, columns: ["A"], rowCount: 0 }] })] });
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/"Taken".*already used by a table on Other/) });
  });
});
