import { OfficeWorkbookPort } from "../../../src/adapters/office/office-workbook-port";
import { haveringExample } from "../../../src/example/havering";
import { planWorkbook, templateWorkbook } from "../../../src/workbook/input-sheets";
import { readPlan } from "../../../src/workbook/read-plan";
import { FakeExcel } from "../../support/excel-fake";
import { FOUR_MB } from "./office-support";

function portOver(fake: FakeExcel): OfficeWorkbookPort {
  return new OfficeWorkbookPort(fake.run, fake.supports);
}

describe("OfficeWorkbookPort.addInputSheets", () => {
  it("adds every input sheet with its table, dropdowns and frozen header, values before tables", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Sheet1");
    const model = planWorkbook(haveringExample());
    const outcome = await portOver(fake).addInputSheets(model);
    expect(outcome).toEqual({ ok: true, added: model.sheets.map((sheet) => sheet.name), skipped: [], warnings: [] });
    expect(fake.syncs).toBe(2);
    expect(fake.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(fake.writesWhileCalculating).toBe(0);
    const posts = fake.sheet("Posts");
    expect(posts?.frozen).toEqual({ rows: 1, columns: 1 });
    expect(posts?.validations.length).toBe(model.sheets.find((sheet) => sheet.name === "Posts")?.validations?.length);
    expect(posts?.validations.every((validation) => typeof (validation.rule as { list?: { source?: string } }).list?.source === "string")).toBe(true);
    expect(fake.tables.map((table) => table.name).sort()).toEqual(model.sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name)).sort());
    for (const entry of fake.log.filter((line) => line.startsWith("tables.add"))) {
      const sheet = entry.slice("tables.add ".length).split("!")[0];
      expect(fake.log.findIndex((line) => line.startsWith(`formulas ${sheet}!`))).toBeLessThan(fake.log.indexOf(entry));
    }
    // What was written reads back as the same plan.
    const read = readPlan(await portOver(fake).readTables());
    expect(read.errors).toEqual([]);
  });

  it("skips a sheet that exists, and one whose table name is taken, touching neither", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Posts", [["My posts"]]);
    fake.addSheet("Money", [["ID"], ["X"]]);
    fake.addTable("Money", "Funding", "A1:A2");
    const outcome = await portOver(fake).addInputSheets(templateWorkbook());
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.skipped).toEqual(["Posts", "Funding"]);
    expect(outcome.added).not.toContain("Posts");
    expect(fake.cell("Posts", "A1")?.value).toBe("My posts");
    expect(fake.tablesOn(fake.sheet("Posts")!)).toEqual([]);
    expect(fake.sheetNames().filter((name) => name === "Funding")).toEqual([]);
  });

  it("adds nothing, in one request, when every sheet is there", async () => {
    const fake = new FakeExcel();
    const model = templateWorkbook();
    for (const sheet of model.sheets) fake.addSheet(sheet.name);
    const outcome = await portOver(fake).addInputSheets(model);
    expect(outcome).toEqual({ ok: true, added: [], skipped: model.sheets.map((sheet) => sheet.name), warnings: [] });
    expect(fake.syncs).toBe(1);
  });
});

describe("OfficeWorkbookPort.select", () => {
  it("activates the sheet and selects the range", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    fake.addSheet("GP backfill");
    expect(await portOver(fake).select("'GP backfill'!F7")).toEqual({ ok: true, selected: "'GP backfill'!F7" });
    expect(fake.selection).toBe("'GP backfill'!F7");
    expect(fake.activeSheet).toBe("GP backfill");
  });

  it("gives a problem for an unknown sheet or a malformed address, selecting nothing", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    const port = portOver(fake);
    expect(await port.select("Posts!F7")).toEqual({ ok: false, problem: expect.stringMatching(/no sheet named "Posts"/) });
    expect(await port.select("Plan!F")).toEqual({ ok: false, problem: expect.stringMatching(/not a cell or range/) });
    expect(fake.selection).toBeUndefined();
  });
});

describe("OfficeWorkbookPort.writeInputCells", () => {
  it("writes values into input cells, text as text, in two requests", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan", [["Setting", "Value"], ["Start year", "2023/24"], ["Pay award", 0.03]]);
    const outcome = await portOver(fake).writeInputCells([
      { address: "Plan!B2", value: "2024/25" },
      { address: "Plan!B3", value: 0.05 },
      { address: "Plan!B4", value: "-1" },
      { address: "Plan!B5", value: null },
    ]);
    expect(outcome).toEqual({ ok: true, written: 4 });
    expect([fake.cell("Plan", "B2")?.value, fake.cell("Plan", "B3")?.value, fake.cell("Plan", "B4")?.value]).toEqual(["2024/25", 0.05, "-1"]);
    expect(fake.cell("Plan", "B4")?.formula).toBeUndefined();
    expect(fake.syncs).toBe(2);
  });

  it("writes nothing when any address is bad, on an output sheet, or on a missing sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan", [["Setting", "Value"]]);
    const port = portOver(fake);
    expect((await port.writeInputCells([{ address: "Plan!B2", value: 1 }, { address: "Plan!B2:C3", value: 1 }])).ok).toBe(false);
    expect((await port.writeInputCells([{ address: "Summary!B2", value: 1 }])).ok).toBe(false);
    expect((await port.writeInputCells([{ address: "Plan!B2", value: 1 }, { address: "Nowhere!A1", value: 1 }])).ok).toBe(false);
    expect(fake.cell("Plan", "B2")).toBeUndefined();
  });
});

describe("OfficeWorkbookPort.readRunLog", () => {
  it("gives the Run log's rows under its header, blanks as null, and none without the sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    const port = portOver(fake);
    expect(await port.readRunLog()).toEqual([]);
    fake.addSheet("Run log", [["When", "Outcome", "Cost"], ["2026-11-23 09:14", "costed", 1200.5], ["2026-11-23 10:00", "input errors", null]]);
    expect(await port.readRunLog()).toEqual([
      ["2026-11-23 09:14", "costed", 1200.5],
      ["2026-11-23 10:00", "input errors", null],
    ]);
  });
});
