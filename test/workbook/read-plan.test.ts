import { describeInputError } from "../../src/plan-format/input-error";
import { readPlan } from "../../src/workbook/read-plan";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/workbook/tables";

/** A table of a hand-built snapshot: header at `headerRow`, first column `firstColumn`. */
function aTable(name: string, headers: CellValue[], rows: CellValue[][], where: { sheet?: string; headerRow?: number; firstColumn?: number } = {}): TableSnapshot {
  return { name, sheet: where.sheet ?? name, headerRow: where.headerRow ?? 1, firstColumn: where.firstColumn ?? 1, headers, rows: rows.map((row) => headers.map((_, i) => row[i] ?? null)) };
}

const POST_HEADERS = ["ID", "Title", "Workstream", "Employer", "Band", "Point", "Salary", "Count", "FTE", "Start", "End", "HCAS zone", "Fill", "Seconded from", "Recharge", "Recurrent", "Funding"];

interface Parts {
  plan?: CellValue[][];
  employers?: CellValue[][];
  posts?: TableSnapshot;
  postRows?: CellValue[][];
  gpBackfill?: CellValue[][];
  nonPay?: CellValue[][];
  funding?: CellValue[][];
  allocations?: CellValue[][];
  payScales?: CellValue[][];
  omit?: string[];
}

/** A small valid workbook: one NHS employer, one fund, whatever lines the test gives. */
function aWorkbook(parts: Parts = {}): WorkbookSnapshot {
  const tables = [
    aTable("Plan", ["Setting", "Value"], parts.plan ?? [["Start year", "2021/22"], ["Years", 1]]),
    aTable("Employers", ["ID", "Name", "Pension scheme", "Pension rate"], parts.employers ?? [["NHS1", "A trust", "NHS", null], ["LA1", "A council", "LGPS", 0.188]]),
    parts.posts ?? aTable("Posts", POST_HEADERS, parts.postRows ?? []),
    aTable("GPBackfill", ["ID", "Title", "Count", "Sessions per week", "Weeks per year", "Rate per session", "On-cost", "Start", "End", "Recurrent", "Funding"], parts.gpBackfill ?? [], { sheet: "GP backfill" }),
    aTable("NonPay", ["ID", "Title", "Category", "Quantity", "Unit cost", "VAT", "Start", "End", "Phasing", "Recurrent", "Funding"], parts.nonPay ?? []),
    aTable("Funding", ["ID", "Name", "Type", "Status", "Year", "Amount", "Recurrent", "Eligible"], parts.funding ?? [["F1", "Fund", "cash", "confirmed", "2021/22", 1000000, "Yes", null]]),
    ...(parts.allocations ? [aTable("Allocations", ["Line ID", "Source", "Share", "Amount"], parts.allocations)] : []),
    ...(parts.payScales ? [aTable("PayScales", ["Year", "Band", "Point", "Salary"], parts.payScales)] : []),
  ].filter((table) => !(parts.omit ?? []).includes(table.name));
  return { tables, sheets: ["Plan", "Employers", "Posts", "GP backfill", "NonPay", "Funding", "Allocations", "PayScales"] };
}

const aPostRow = (overrides: Record<string, CellValue> = {}): CellValue[] =>
  POST_HEADERS.map((header) => (header in overrides ? (overrides[header] as CellValue) : ({ ID: "P1", Title: "Project manager", Employer: "NHS1", Band: "7", Point: "top", FTE: 1, Funding: "F1" } as Record<string, CellValue>)[header] ?? null));

function planOf(snapshot: WorkbookSnapshot) {
  const read = readPlan(snapshot);
  if (!read.plan) throw new Error(read.errors.map(describeInputError).join("\n"));
  return read;
}

function errorsOf(snapshot: WorkbookSnapshot): string[] {
  const read = readPlan(snapshot);
  expect(read.plan).toBeUndefined();
  return read.errors.map(describeInputError);
}

describe("readPlan", () => {
  it("reads a small workbook into a plan", () => {
    const { plan } = planOf(aWorkbook({ postRows: [aPostRow()] }));
    expect(plan.startYear).toBe(2021);
    expect(plan.posts).toHaveLength(1);
    expect(plan.posts[0]).toMatchObject({ id: "P1", employer: "NHS1", pay: { kind: "scale", band: "7", point: "top" }, funding: [{ source: "F1" }] });
  });

  it("reads a date given as a serial, a Date or text alike", () => {
    const starts = [44378, new Date(Date.UTC(2021, 6, 1)), "2021-07-01", "01/07/2021"].map((start) => planOf(aWorkbook({ postRows: [aPostRow({ Start: start })] })).plan.posts[0]?.start);
    expect(new Set(starts).size).toBe(1);
  });

  it("reads a percentage given as 0.2, 20 or 20%", () => {
    const vats = [0.2, 20, "20%", " 20 % "].map(
      (vat) => planOf(aWorkbook({ nonPay: [["N1", "Room hire", "Events", 1, "£1,000.00", vat, null, null, "even", "No", "F1"]] })).plan.nonPay[0]?.vat.toString(),
    );
    expect(vats).toEqual(["0.2", "0.2", "0.2", "0.2"]);
  });

  it("reads numbers stored as text", () => {
    const { plan } = planOf(aWorkbook({ postRows: [aPostRow({ Band: null, Point: null, Salary: "£45,839.00", FTE: " 0.8 ", Count: "2" })] }));
    expect(plan.posts[0]).toMatchObject({ count: 2, pay: { kind: "spot" } });
    expect(plan.posts[0]?.fte.toString()).toBe("0.8");
  });

  it("accepts reordered and extra columns and headers in any case and spacing", () => {
    const headers = ["FUNDING", "  fte ", "Comments", "Id", "employer", "band", "POINT", "salary", "count", "Start", "end", "Hcas-Zone", "fill", "secondedFrom", "recharge", "Recurrent", "Workstream", "Title"];
    const row = ["F1", 0.5, "anything", "P1", "NHS1", "8a", "entry", null, null, null, null, null, null, null, null, null, null, "Lead"];
    const { plan, inputs } = planOf(aWorkbook({ posts: aTable("Posts", headers, [row]) }));
    expect(plan.posts[0]).toMatchObject({ id: "P1", title: "Lead", pay: { band: "8a", point: "entry" } });
    expect(inputs.line("P1", "fte")).toEqual({ address: "Posts!B2", clean: true });
  });

  it("skips blank rows and still names the right row", () => {
    const errors = errorsOf(aWorkbook({ postRows: [aPostRow(), [], POST_HEADERS.map(() => "  "), aPostRow({ ID: "P2", FTE: "full time" })] }));
    expect(errors).toEqual(['Posts!I5: FTE must be a number more than 0 and at most 1.5; found "full time"']);
  });

  it("names cells of a table that does not start at A1, quoting sheet names with spaces", () => {
    const snapshot = aWorkbook({ gpBackfill: [["G1", "Backfill", 1, 1, 42, "three hundred", null, null, null, "No", "F1"]] });
    const moved = { ...snapshot, tables: snapshot.tables.map((t) => (t.name === "Posts" ? { ...t, headerRow: 5, firstColumn: 3 } : t)) };
    const errors = errorsOf({ ...moved, tables: moved.tables.map((t) => (t.name === "Posts" ? { ...t, rows: [aPostRow({ End: "2020-01-01" })] } : t)) });
    expect(errors).toEqual([
      "Posts!M6: End (2020-01-01) is before start (2021-04-01); the end date must be on or after the start date",
      expect.stringMatching(/^'GP backfill'!F2: Rate per session must be an amount in pounds/),
    ]);
  });

  it("reports a missing required value on its blank cell", () => {
    expect(errorsOf(aWorkbook({ postRows: [aPostRow({ FTE: null })] }))).toEqual(["Posts!I2: FTE is required: each person's full-time equivalent, e.g. 1 or 0.6"]);
  });

  it("reports every error in one run, in sheet, row and column order", () => {
    const errors = errorsOf(
      aWorkbook({
        postRows: [aPostRow({ FTE: 9, Band: "99" }), aPostRow({ ID: "P2", Employer: "NOPE" })],
        funding: [["F1", "Fund", "cash", "confirmed", "2021/22", 1000, null, null], ["F2", "Other", "cash", "perhaps", "2021/22", 1000, null, null]],
        employers: [["NHS1", "A trust", "NHS", null], ["LA1", "A council", "LGPS", { error: "#N/A" }]],
      }),
    );
    expect(errors.map((e) => e.split(":")[0])).toEqual(["Employers!D3", "Posts!E2", "Posts!I2", "Posts!D3", "Funding!D3"]);
  });

  it("reports a missing required table and column", () => {
    const noFte = aTable("Posts", POST_HEADERS.filter((h) => h !== "FTE"), []);
    const errors = errorsOf(aWorkbook({ omit: ["Funding"], posts: noFte }));
    expect(errors).toEqual([expect.stringMatching(/^funding: The workbook has no table named Funding/), "Posts!A1: The Posts table has no FTE column; add it to the header row (headers are matched ignoring case and spaces)"]);
  });

  it("reports a second column with the same header", () => {
    const posts = aTable("Posts", [...POST_HEADERS, "fte"], [[...aPostRow(), 0.5]]);
    expect(errorsOf(aWorkbook({ posts }))).toEqual(["Posts!R1: The Posts table has two FTE columns (the other is Posts!I1); delete or rename one"]);
  });

  it("reads split funding from the Allocations table", () => {
    const { plan } = planOf(
      aWorkbook({
        postRows: [aPostRow({ Funding: "split" })],
        funding: [["F1", "Fund", "cash", "confirmed", "2021/22", 1000000, null, null], ["F2", "Other", "cash", "indicative", "2021/22", 5000, null, null]],
        allocations: [["P1", "F1", 0.6, null], ["P1", "F2", null, 5000]],
      }),
    );
    expect(plan.posts[0]?.funding.map((claim) => ("share" in claim ? `${claim.source} ${claim.share.toString()}` : `${claim.source} £${claim.amount.toString()}`))).toEqual(["F1 0.6", "F2 £5000"]);
  });

  it("refuses a Funding cell that names a source when the line also has allocations", () => {
    const errors = errorsOf(aWorkbook({ postRows: [aPostRow()], allocations: [["P1", "F1", 0.5, null]] }));
    expect(errors).toEqual([expect.stringMatching(/^Posts!Q2: Funding names "F1" but line P1 also has rows in Allocations \(Allocations!A2\)/)]);
  });

  it("groups funding rows into sources by ID, one amount a year", () => {
    const { plan, inputs } = planOf(
      aWorkbook({
        plan: [["Start year", "2021/22"], ["Years", 2]],
        funding: [["F1", "Fund", "cash", "confirmed", "2021/22", 1000, "No", "post, non-pay"], ["F1", null, null, null, "2022/23", "2,000", null, null]],
      }),
    );
    expect(plan.funding).toHaveLength(1);
    expect([...(plan.funding[0]?.amounts.values() ?? [])].map(String)).toEqual(["1000", "2000"]);
    expect([...(plan.funding[0]?.eligible ?? [])]).toEqual(["post", "non-pay"]);
    expect(inputs.source("F1", "amount", "2022/23")).toEqual({ address: "Funding!F3", clean: false });
    expect(inputs.source("F1", "id")).toEqual({ address: "Funding!A2", clean: true });
  });

  it("refuses rows of one source that contradict each other", () => {
    const errors = errorsOf(aWorkbook({ funding: [["F1", "Fund", "cash", "confirmed", "2021/22", 1000, null, null], ["F1", null, null, "requested", "2022/23", 1000, null, null]] }));
    expect(errors).toEqual([expect.stringMatching(/^Funding!D3: Status "requested" differs from source F1's first row \(Funding!D2: "confirmed"\)/)]);
  });

  it("reads settings by name, with defaults for rows left out", () => {
    const { plan, inputs } = planOf(
      aWorkbook({
        plan: [["start year", "2021/22"], ["Pay award", 3], ["HCAS zone", "outer"], ["Ask amount", "270,000"], ["Ask tolerance", 0.05], ["Note", "First"], ["Note", "Second"], [null, null]],
      }),
    );
    expect(plan.settings.payAward.toString()).toBe("0.03");
    expect(plan.settings.hcasZone).toBe("outer");
    expect(plan.ask).toMatchObject({ tolerance: { kind: "percent" } });
    expect(plan.notes).toEqual(["First", "Second"]);
    expect(inputs.setting("settings.payAward")).toEqual({ address: "Plan!B3", clean: false });
    expect(inputs.setting("startYear")).toEqual({ address: "Plan!B2", clean: true });
  });

  it("refuses unknown and repeated settings", () => {
    expect(errorsOf(aWorkbook({ plan: [["Start year", "2021/22"], ["Colour", "blue"], ["Start year", "2022/23"]] }))).toEqual([
      expect.stringMatching(/^Plan!A3: Setting "Colour" is not one the plan knows/),
      "Plan!A4: Setting Start year is given twice (first in Plan!A2); keep one row",
    ]);
  });

  it("reads pay-scale overrides one point a row", () => {
    const { plan } = planOf(aWorkbook({ payScales: [["2021/22", "7", "top", 50000], ["2021/22", "7", "entry", 40000]] }));
    expect(plan.payScales).toHaveLength(1);
    expect(plan.payScales[0]?.points.top?.toString()).toBe("50000");
  });

  it("records whether each input cell is clean, and which are blank (taking a default)", () => {
    const { inputs } = planOf(aWorkbook({ postRows: [aPostRow({ Start: 44378, End: "2022-03-31", Count: null })] }));
    expect(inputs.line("P1", "start")).toEqual({ address: "Posts!J2", clean: true });
    expect(inputs.line("P1", "end")).toEqual({ address: "Posts!K2", clean: false });
    expect(inputs.line("P1", "count")).toEqual({ address: "Posts!H2", clean: false, blank: true });
    expect(inputs.line("P1", "id")).toEqual({ address: "Posts!A2", clean: true });
    expect(inputs.employer("LA1", "pensionRate")).toEqual({ address: "Employers!D3", clean: true });
  });

  it("ignores tables it does not know", () => {
    const snapshot = aWorkbook({ postRows: [aPostRow()] });
    const extra = aTable("Summary", ["Anything"], [[{ error: "#DIV/0!" }]]);
    expect(readPlan({ ...snapshot, tables: [...snapshot.tables, extra] }).errors).toEqual([]);
  });
});
