import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fillTemplate } from "../support/fill-template";
import { runCli } from "../support/run-cli";
import { phasingColumn } from "../../src/workbook/traceable-layout";

/**
 * The whole journey of a planning workbook: `resourcing template`, rows typed into its tables
 * (with the quirks people type: dates and percentages as text, numbers stored as text), then
 * `resourcing calculate --out`, and the owned sheets read back must show the figures of the
 * result format, line by line, year by year and month by month.
 */
const COMPONENTS: Record<string, string> = {
  Basic: "basic",
  HCAS: "hcas",
  "Employer NI": "employerNI",
  Pension: "pension",
  Levy: "levy",
  Backfill: "backfill",
  "On-cost": "onCost",
  "Non-pay": "nonPay",
  VAT: "vat",
  Total: "total",
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A cell's figure in pennies as the sheet shows it: a formula's cached result or a value (ExcelJS reads a cached 0 as no result). */
function pennies(cell: ExcelJS.Cell): number {
  const value = cell.value as unknown;
  const figure = value !== null && typeof value === "object" && ("formula" in (value as object) || "sharedFormula" in (value as object)) ? ((value as { result?: number }).result ?? 0) : (value ?? 0);
  if (typeof figure !== "number") throw new Error(`${cell.address} holds ${JSON.stringify(figure)}, not a figure`);
  return Math.round(figure * 100);
}
/** What a cell shows: a formula's cached result, or its value. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  return value !== null && typeof value === "object" && "result" in (value as object) ? (value as { result?: unknown }).result : value;
}
const jsonPennies = (text: string | undefined) => Math.round(Number(text ?? "0") * 100);

function headerColumns(sheet: ExcelJS.Worksheet, firstHeader: string): { row: number; columns: Map<string, number> } {
  for (let r = 1; r <= 20; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === firstHeader) {
      const columns = new Map<string, number>();
      row.eachCell((cell, c) => columns.set(String(cell.value), c));
      return { row: r, columns };
    }
  }
  throw new Error(`no header row starting ${firstHeader} on ${sheet.name}`);
}

describe("template → fill rows → calculate → the owned sheets read back", () => {
  let result: Json;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "resourcing-round-trip-"));
    const template = join(dir, "template.xlsx");
    expect(runCli(["template", template]).code).toBe(0);
    const filled = await fillTemplate(readFileSync(template), {
      settings: { Name: "Round trip", Organisation: "Test partnership", "Start year": "2022/23", Years: 2, "Ask amount": 180000, "Ask tolerance": "5%", "Pay award": "3%" },
      tables: {
        Employers: [
          { ID: "NHS1", Name: "Trust", "Pension scheme": "NHS" },
          { ID: "LA1", Name: "Council", "Pension scheme": "LGPS", "Pension rate": "19.5%" },
        ],
        Posts: [
          // Two people, part-time, a part-month start typed as text, capped inner HCAS.
          { ID: "P1", Title: "Project manager", Workstream: "Programme", Employer: "NHS1", Band: "7", Point: "top", Count: 2, FTE: "0.8", Start: "2022-07-15", "HCAS zone": "inner", Fill: "new", Recurrent: "Yes", Funding: "CCG" },
          // A spot salary on a council secondment, half recharged; the start as an Excel date serial (1 Nov 2022).
          { ID: "P2", Title: "Housing lead", Workstream: "Housing", Employer: "LA1", Salary: "£45,000", Count: 1, FTE: 1, Start: 44866, "HCAS zone": "none", Fill: "secondment", "Seconded from": "LA1", Recharge: 50, Recurrent: "No", Funding: "split" },
        ],
        GPBackfill: [{ ID: "G1", Title: "Clinical lead backfill", Count: 3, "Sessions per week": 1, "Weeks per year": 42, "Rate per session": 309, "On-cost": "0%", Start: "2022-09-01", End: "2023-08-31", Recurrent: "No", Funding: "ASK" }],
        NonPay: [
          { ID: "N1", Title: "OD programme", Category: "OD", Quantity: 1, "Unit cost": 30000, VAT: "20%", Start: "2022-10-10", End: "2023-09-30", Phasing: "even", Recurrent: "No", Funding: "ASK" },
          { ID: "N2", Title: "Launch event", Category: "Engagement", Quantity: 2, "Unit cost": "1,250.50", VAT: 0, Start: "2023-05-01", End: "2023-05-01", Phasing: "lump", Recurrent: "No", Funding: "ASK" },
        ],
        Funding: [
          { ID: "CCG", Name: "CCG", Type: "cash", Status: "confirmed", Year: "2022/23", Amount: 60000, Recurrent: "Yes", Eligible: "post" },
          { ID: "CCG", Name: "CCG", Type: "cash", Status: "confirmed", Year: "2023/24", Amount: 60000, Recurrent: "Yes", Eligible: "post" },
          { ID: "ASK", Name: "Ask to the ICS", Type: "cash", Status: "requested", Year: "2022/23", Amount: 180000, Recurrent: "No" },
          { ID: "ASK", Name: "Ask to the ICS", Type: "cash", Status: "requested", Year: "2023/24", Amount: 180000, Recurrent: "No" },
        ],
        Allocations: [
          { "Line ID": "P2", Source: "CCG", Amount: 10000 },
          { "Line ID": "P2", Source: "ASK", Share: "100%" },
        ],
      },
    });
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, filled);
    const json = runCli(["calculate", plan, "--json"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    result = JSON.parse(json.stdout);
    const out = join(dir, "result.xlsx");
    expect(runCli(["calculate", plan, "--out", out]).code).toBe(0);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
  });

  it("costs every line it was given", () => {
    expect(result.lines.map((line: Json) => line.id)).toEqual(["P1", "P2", "G1", "N1", "N2"]);
    expect(result.years).toEqual(["2022/23", "2023/24"]);
    expect(jsonPennies(result.totals.cost)).toBeGreaterThan(0);
  });

  it("shows each line's components, total and funding per year on Costing as the result has them", () => {
    const sheet = book.getWorksheet("Costing") as ExcelJS.Worksheet;
    const { row: header, columns } = headerColumns(sheet, "Line");
    const seen = new Map<string, { funded: number; inKind: number; unfunded: number }>();
    let rows = 0;
    for (let r = header + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const id = shown(row.getCell(columns.get("Line") as number));
      const year = row.getCell(columns.get("Year") as number).value;
      const line = result.lines.find((l: Json) => l.id === id);
      if (!line) continue; // the totals row
      rows++;
      const expected = line.years[year as string] ?? {};
      for (const [header, component] of Object.entries(COMPONENTS)) {
        const column = columns.get(header);
        if (column === undefined) throw new Error(`Costing has no ${header} column`);
        expect({ id, year, component, pennies: pennies(row.getCell(column)) }).toEqual({ id, year, component, pennies: jsonPennies(expected[component]) });
      }
      const tally = seen.get(id as string) ?? { funded: 0, inKind: 0, unfunded: 0 };
      tally.funded += pennies(row.getCell(columns.get("Funded") as number));
      tally.inKind += pennies(row.getCell(columns.get("In kind") as number));
      tally.unfunded += pennies(row.getCell(columns.get("Unfunded") as number));
      seen.set(id as string, tally);
    }
    expect(rows).toBe(result.lines.length * result.years.length);
    for (const line of result.lines) {
      expect({ id: line.id, ...seen.get(line.id) }).toEqual({ id: line.id, funded: jsonPennies(line.funded), inKind: jsonPennies(line.inKind), unfunded: jsonPennies(line.unfunded) });
    }
  });

  it("shows each line's months on Phasing as the result has them", () => {
    const sheet = book.getWorksheet("Phasing") as ExcelJS.Worksheet;
    const { row: header } = headerColumns(sheet, "Line");
    let checked = 0;
    for (let r = header + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const line = result.lines.find((l: Json) => l.id === shown(row.getCell(1)));
      if (!line) continue;
      const start = Number(String(shown(row.getCell(3))).slice(0, 4));
      for (let m = 0; m < 12; m++) {
        const month = `${m < 9 ? start : start + 1}-${String(((m + 3) % 12) + 1).padStart(2, "0")}`;
        const figure = pennies(row.getCell(phasingColumn("total", m) + 1));
        const expected = line.months.find((entry: Json) => entry.month === month);
        expect({ line: line.id, month, pennies: figure }).toEqual({ line: line.id, month, pennies: jsonPennies(expected?.total) });
        checked++;
      }
    }
    expect(checked).toBe(result.lines.length * 24);
  });

  it("gives the ask check on Summary", () => {
    const sheet = book.getWorksheet("Summary") as ExcelJS.Worksheet;
    const labelled = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => {
      const label = row.getCell(1).value;
      if (typeof label === "string" && !labelled.has(label)) labelled.set(label, row.getCell(2).value === null ? row.getCell(4) : row.getCell(2));
    });
    const figure = (label: string) => {
      const cell = labelled.get(label);
      if (!cell) throw new Error(`Summary has no ${label} row`);
      // The figure is the first money cell along the row.
      const row = sheet.getRow(Number(cell.row));
      for (let c = 2; c <= 8; c++) {
        const value = row.getCell(c).value as unknown;
        if (typeof value === "number" || (value !== null && typeof value === "object" && "formula" in (value as object))) return pennies(row.getCell(c));
      }
      throw new Error(`Summary's ${label} row has no figure`);
    };
    expect(figure("Stated ask")).toBe(jsonPennies(result.ask.stated));
    expect(figure("Calculated ask")).toBe(jsonPennies(result.ask.calculated));
    expect(figure("Variance")).toBe(jsonPennies(result.ask.variance));
  });
});
