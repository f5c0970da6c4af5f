import { OfficeWorkbookPort } from "../../../src/adapters/office/office-workbook-port";
import { costPlan } from "../../../src/engine/cost-plan";
import { haveringExample } from "../../../src/example/havering";
import { describeInputError } from "../../../src/plan-format/input-error";
import { parsePlan } from "../../../src/plan-format/parse-plan";
import { readPlan } from "../../../src/workbook/read-plan";
import { FakeExcel } from "../../support/excel-fake";
import { workbookOf } from "./office-support";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatePlan } = require("../../../bench/generate-plan.js") as { generatePlan(lines: number, years?: number, seed?: number): unknown };
const FIVE_MB = 5 * 1024 * 1024;

describe("OfficeWorkbookPort.readTables", () => {
  it("reads the Havering example's tables into the plan its JSON gives, in two requests", async () => {
    const { fake, port } = workbookOf(haveringExample());
    const snapshot = await port.readTables();
    const read = readPlan(snapshot);
    if (!read.plan) throw new Error(read.errors.map(describeInputError).join("\n"));
    const fromJson = parsePlan(haveringExample());
    if (!fromJson.plan) throw new Error("the example does not parse");
    expect(costPlan(read.plan).totals).toEqual(costPlan(fromJson.plan).totals);
    expect(snapshot.sheets).toEqual(fake.sheetNames());
    expect(fake.syncs).toBe(2);
  });

  it("gives each table's position, headers and data rows, with error values as CellErrors and typed text as text", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Notes");
    const sheet = fake.addSheet("GP backfill", [[], [null, "ID", "Start", "Rate", "Funded"], [null, "L1", 44743, "#N/A", true], [null, "L2", null, "#N/A", false]]);
    // Typed with an apostrophe: text that looks like an error is not one.
    sheet.ensure(3, 3).quotePrefix = true;
    fake.addTable("GP backfill", "GPBackfill", "B2:E4");
    const snapshot = await new OfficeWorkbookPort(fake.run, fake.supports).readTables();
    expect(snapshot).toEqual({
      sheets: ["Notes", "GP backfill"],
      tables: [
        {
          name: "GPBackfill",
          sheet: "GP backfill",
          headerRow: 2,
          firstColumn: 2,
          headers: ["ID", "Start", "Rate", "Funded"],
          rows: [
            ["L1", 44743, { error: "#N/A" }, true],
            ["L2", null, "#N/A", false],
          ],
        },
      ],
    });
  });

  it("leaves out a totals row and names blank header cells after their columns", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Posts", [["ID", null], ["L1", 2], ["Total", 2]]);
    const table = fake.addTable("Posts", "Posts", "A1:B3");
    table.showTotals = true;
    const snapshot = await new OfficeWorkbookPort(fake.run, fake.supports).readTables();
    expect(snapshot.tables[0]?.headers).toEqual(["ID", "Column2"]);
    expect(snapshot.tables[0]?.rows).toEqual([["L1", 2]]);
  });
});

describe("FakeExcel", () => {
  it("refuses to give a property before it is loaded and synced, as Office.js does", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Plan");
    await expect(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        return sheets.items.length;
      }),
    ).rejects.toThrow(/not available/);
    await expect(
      fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
        range.load("values");
        return range.values;
      }),
    ).rejects.toThrow(/not available/);
  });
});

describe("OfficeWorkbookPort.readTables on tables too big for one response", () => {
  it("reads a 20,000-line plan again in pieces of rows, none over Excel on the web's 5 MB, and gets the same tables", async () => {
    const plan = generatePlan(20_000, 3);
    const unlimited = workbookOf(plan);
    unlimited.fake.responseLimit = Number.POSITIVE_INFINITY;
    const expected = await unlimited.port.readTables();
    expect(Math.max(...unlimited.fake.responses)).toBeGreaterThan(FIVE_MB);

    const { fake, port } = workbookOf(plan);
    const snapshot = await port.readTables();
    expect(snapshot).toEqual(expected);
    // The refused two-request read, the tables' shapes, then a request a piece.
    expect(fake.syncs).toBeGreaterThan(3);
    expect(Math.max(...fake.responses.slice(2))).toBeLessThan(FIVE_MB);
  }, 120_000);
});
