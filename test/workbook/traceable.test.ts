import * as fs from "fs";
import * as path from "path";
import { costPlan } from "../../src/engine/cost-plan";
import type { PlanResult } from "../../src/engine/result";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { InputCell, InputCells, NO_INPUT_CELLS } from "../../src/workbook/input-cells";
import { renderTraceableSheets } from "../../src/workbook/render-traceable";
import { Cell, MONEY_FORMAT, OWNED_SHEET_NOTE, RichCell, SheetModel, isFormula } from "../../src/workbook/sheet-model";
import { expandFills } from "../../src/workbook/expand-fills";
import { COSTING_COLUMNS, COSTING_HEADER_ROW, CostingKey, PHASING_GROUP_ROW, PHASING_HEADER_ROW, PHASING_YEAR_TOTAL_COLUMN, costingColumn, phasingColumn } from "../../src/workbook/traceable-layout";

const havering = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/havering-2021-22.json"), "utf8"));

function cost(json: unknown): PlanResult {
  const parsed = parsePlan(json as Record<string, unknown>);
  if (!parsed.plan) throw new Error(JSON.stringify(parsed.errors));
  return costPlan(parsed.plan);
}

/** Input cells laid out as the Posts table would have them: row 2 is the first post, columns as the contract orders them. */
function postsTable(result: PlanResult, unclean: ReadonlySet<string> = new Set()): InputCells {
  const columns: Record<string, string> = { id: "A", employer: "D", band: "E", point: "F", salary: "G", year: "H", count: "I", fte: "J", start: "K", end: "L", hcasZone: "M" };
  return {
    ...NO_INPUT_CELLS,
    line: (lineId, field): InputCell | undefined => {
      const index = result.plan.posts.findIndex((post) => post.id === lineId);
      const column = columns[field];
      if (index < 0 || !column) return undefined;
      const address = `Posts!${column}${index + 2}`;
      return { address, clean: !unclean.has(`${lineId}.${field}`) };
    },
  };
}

const sheetNamed = (sheets: readonly SheetModel[], name: string) => sheets.find((sheet) => sheet.name === name) as SheetModel;
const costingCellOf = (sheet: SheetModel, row: number, key: CostingKey) => sheet.rows[row]?.[costingColumn(key)] as Cell;
const resultOf = (cell: Cell) => (cell as RichCell).result;

describe("renderTraceableSheets", () => {
  const result = cost(havering);
  const sheets = renderTraceableSheets(result, postsTable(result));
  // Cell by cell: runs of the same formula are fills in the model.
  const costing = expandFills(sheetNamed(sheets, "Costing"));
  const phasingModel = sheetNamed(sheets, "Phasing");
  const phasing = expandFills(phasingModel);

  it("gives the Rates, Costing and Phasing sheets, in that order, all owned and marked", () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Rates", "Costing", "Phasing"]);
    for (const sheet of sheets) {
      expect(sheet.owned).toBe(true);
      expect((sheet.rows[0]?.[0] as RichCell).note).toBe(OWNED_SHEET_NOTE);
      expect(sheet.frozen).toBeDefined();
    }
  });

  it("lists one Costing row per line per year under a header, then a totals row", () => {
    const header = costing.rows[COSTING_HEADER_ROW]?.map((cell) => (cell as RichCell).value);
    expect(header).toEqual(COSTING_COLUMNS.map((column) => column.header));
    const ids = costing.rows.slice(COSTING_HEADER_ROW + 1, -1).map((row) => row[0]);
    expect(ids.map((cell) => (typeof cell === "object" && cell !== null ? ((cell as RichCell).result ?? (cell as RichCell).value) : cell))).toEqual(["P1", "P2", "P3", "P5", "G1", "N1", "N2"]);
    expect((costing.rows[costing.rows.length - 1]?.[0] as RichCell).value).toBe("Total");
  });

  it("has a Phasing row for every Costing row, with a block of months April to March for each figure", () => {
    const header = phasing.rows[PHASING_HEADER_ROW]?.map((cell) => (cell as RichCell | null)?.value);
    expect(header?.slice(0, 3)).toEqual(["Line", "Kind", "Year"]);
    expect(header?.slice(3, 15)).toEqual(["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]);
    const group = phasing.rows[PHASING_GROUP_ROW];
    expect((group?.[phasingColumn("units", 0)] as RichCell).value).toBe("Units to month end");
    expect((group?.[phasingColumn("employerNI", 0)] as RichCell).value).toBe("Employer NI");
    expect((group?.[phasingColumn("total", 0)] as RichCell).value).toBe("Month total");
    expect(header?.[PHASING_YEAR_TOTAL_COLUMN]).toBe("Year total");
    result.lines.forEach((line, i) => {
      const row = COSTING_HEADER_ROW + 1 + i;
      expect((phasing.rows[row]?.[0] as RichCell).formula).toBe(`=Costing!$A${row + 1}`);
      expect((phasing.rows[row]?.[0] as RichCell).result).toBe(line.line.id);
      expect((phasing.rows[row]?.[2] as RichCell).result).toBe("2021/22");
    });
  });

  it("writes Phasing as one formula per month of each figure, filled down the lines of a kind", () => {
    // Havering: 4 posts, 1 GP backfill, 2 non-pay: three runs of rows.
    const fills = phasingModel.fills ?? [];
    const rowsOf = (column: number) => fills.filter((fill) => fill.block.column === column).map((fill) => [fill.block.row, fill.block.rows]);
    expect(rowsOf(phasingColumn("units", 0))).toEqual([
      [4, 4],
      [8, 1],
      [9, 2],
    ]);
    expect(rowsOf(phasingColumn("basic", 0))).toEqual([[4, 4]]);
    expect(rowsOf(phasingColumn("nonPay", 11))).toEqual([[9, 2]]);
    // The same R1C1 text for every row: this row of Costing, fixed columns.
    const basicJuly = fills.find((fill) => fill.block.column === phasingColumn("basic", 3));
    expect(basicJuly?.formulaR1C1).toBe("=ROUND(Costing!RC20*Costing!RC14*Costing!RC13*RC7/4530960,2)-ROUND(Costing!RC20*Costing!RC14*Costing!RC13*RC6/4530960,2)");
  });

  it("writes every component and total as a formula whose cached result is the engine's figure", () => {
    const components: CostingKey[] = ["basic", "hcas", "employerNI", "pension", "levy", "backfill", "onCost", "nonPay", "vat"];
    result.lines.forEach((line, i) => {
      const row = COSTING_HEADER_ROW + 1 + i;
      const year = line.years[0];
      if (!year) throw new Error("no year");
      for (const component of year.cost.components) {
        const cell = costingCellOf(costing, row, component.name as CostingKey);
        expect(isFormula(cell)).toBe(true);
        expect(resultOf(cell)).toBe(Number(component.shown) / 100);
      }
      const others = components.filter((name) => !year.cost.components.some((c) => c.name === name));
      for (const name of others) expect(costingCellOf(costing, row, name)).toBeNull();
      expect(resultOf(costingCellOf(costing, row, "total"))).toBe(Number(year.cost.total) / 100);
      expect(resultOf(costingCellOf(costing, row, "unfunded"))).toBe(Number(year.funding.unfunded) / 100);
      expect(costingCellOf(costing, row, "funded")).toBe(Number(year.funding.funded) / 100);
    });
  });

  it("writes the formulas of a post line as a finance lead can check them by hand", () => {
    // P2: two band 7 (top) project managers, outer London, 1 August 2021 to 31 March 2022; Costing row 6.
    const row = COSTING_HEADER_ROW + 2;
    const formula = (key: CostingKey) => (costingCellOf(costing, row, key) as RichCell).formula;
    expect(formula("count")).toBe("=Posts!I3");
    expect(formula("fte")).toBe("=Posts!J3");
    // A blank start would be the horizon's first day (1 April 2021, serial 44287).
    expect(formula("start")).toBe('=IF(Posts!K3="",44287,Posts!K3)');
    expect(formula("band")).toBe("=Posts!E3");
    // The AfC point for a band (a spot salary otherwise: Q is Salary).
    expect(formula("basicFullTime")).toMatch(/^=IF\(\$O6<>"",INDEX\(Rates!\$E\$\d+:\$E\$\d+,MATCH\(\$O6&"\|"&\$P6&"\|"&\$D6,Rates!\$A\$\d+:\$A\$\d+,0\)\),\$Q6\)$/);
    expect(resultOf(costingCellOf(costing, row, "basicFullTime"))).toBe(45839);
    // 15% of £45,839 is over the outer-London maximum of £4,967.
    expect(resultOf(costingCellOf(costing, row, "hcasFullTime"))).toBe(4967);
    expect(formula("units")).toBe(
      "=IF($J6<$I6,0,(377580*(12*YEAR($J6)+MONTH($J6))+DAY($J6)*377580/DAY(EOMONTH($J6,0)))-(377580*(12*YEAR($I6-1)+MONTH($I6-1))+DAY($I6-1)*377580/DAY(EOMONTH($I6-1,0))))",
    );
    expect(resultOf(costingCellOf(costing, row, "units"))).toBe(8 * 377_580);
    expect(formula("basic")).toBe("=ROUND($T6*$N6*$M6*$K6/4530960,2)");
    expect(resultOf(costingCellOf(costing, row, "basic"))).toBe(61_118.67); // 2 × £45,839 × 8/12
    expect(formula("hcas")).toBe("=ROUND($U6*$N6*$M6*$K6/4530960,2)");
    expect(resultOf(costingCellOf(costing, row, "hcas"))).toBe(6_622.67); // 2 × £4,967 × 8/12
    expect(formula("pay")).toBe("=($T6+$U6)*$N6");
    expect(formula("pension")).toBe("=ROUND($V6*$M6*$W6*$K6/4530960,2)");
    expect(formula("levy")).toBe("=ROUND($V6*$M6*$X6*$K6/4530960,2)");
    expect(formula("employerNI")).toBe("=ROUND(SUM(Phasing!$AN6:$AY6),2)");
    expect(formula("total")).toBe("=ROUND(SUM($AK6:$AS6),2)");
    expect(formula("unfunded")).toBe("=ROUND($AT6-$AU6-$AV6,2)");
  });

  it("works each month's employer NI per person, halfpenny down, against that month's threshold and rate", () => {
    // P2 is on Costing row 6, so on Phasing row 6; August is the fifth month.
    const august = phasing.rows[COSTING_HEADER_ROW + 2]?.[phasingColumn("employerNI", 4)] as RichCell;
    const month = (column: string) => `INDEX\\(Rates!\\$${column}\\$\\d+:\\$${column}\\$\\d+,12\\*\\(YEAR\\(Costing!\\$E6\\)-2021\\)\\+5\\)`;
    expect(august.formula).toMatch(
      new RegExp(`^=Costing!\\$M6\\*MAX\\(0,-INT\\(0\\.5-ROUND\\(\\(\\(Costing!\\$V6\\*\\(\\$H6-\\$G6\\)/4530960-${month("D")}\\)\\*${month("E")}\\)\\*100,9\\)\\)/100\\)$`),
    );
    // (£50,806 ÷ 12 − £737) × 13.8% = £482.563…, £482.56 a person; two people.
    expect(august.result).toBe(965.12);
  });

  it("makes a line's months add up to its year on Costing", () => {
    result.lines.forEach((line, i) => {
      const row = COSTING_HEADER_ROW + 1 + i;
      const total = costingCellOf(costing, row, "total") as RichCell;
      const cells = phasing.rows[row] ?? [];
      expect((cells[PHASING_YEAR_TOTAL_COLUMN] as RichCell).result).toBe(total.result);
      const months = Array.from({ length: 12 }, (_, m) => Math.round(((cells[phasingColumn("total", m)] as RichCell).result as number) * 100));
      expect(months.reduce((a, b) => a + b, 0)).toBe(Math.round((total.result as number) * 100));
      expect(line.line.id).toBe((cells[0] as RichCell).result);
    });
  });

  it("writes an input a formula cannot use as it stands as the value used, with a note naming its cell", () => {
    const unclean = renderTraceableSheets(result, postsTable(result, new Set(["P2.fte", "P2.hcasZone"])));
    const sheet = expandFills(sheetNamed(unclean, "Costing"));
    const fte = costingCellOf(sheet, COSTING_HEADER_ROW + 2, "fte") as RichCell;
    expect(fte.formula).toBeUndefined();
    expect(fte.value).toBe(1);
    expect(fte.note).toContain("Posts!J3");
    const zone = costingCellOf(sheet, COSTING_HEADER_ROW + 2, "zone") as RichCell;
    expect(zone.value).toBe("outer");
    expect(zone.note).toContain("Posts!M3");
    // The component formulas still refer to the Costing input column.
    expect((costingCellOf(sheet, COSTING_HEADER_ROW + 2, "basic") as RichCell).formula).toBe("=ROUND($T6*$N6*$M6*$K6/4530960,2)");
  });

  it("writes a plan without input cells with every input a constant and a note", () => {
    const fromJson = expandFills(sheetNamed(renderTraceableSheets(result, NO_INPUT_CELLS), "Costing"));
    const count = costingCellOf(fromJson, COSTING_HEADER_ROW + 2, "count") as RichCell;
    expect(count.value).toBe(2);
    expect(count.note).toMatch(/no cell in the input tables/);
  });

  it("formats the money columns as money", () => {
    for (const key of ["basic", "total", "funded", "unfunded", "fye"] as const) expect(costing.columns?.[costingColumn(key)]?.numberFormat).toBe(MONEY_FORMAT);
  });

  it("lists the pay points, NI months and pension rates the plan used on Rates, each with a source", () => {
    const rates = sheetNamed(sheets, "Rates");
    const keyed = new Map(rates.rows.map((row) => [row[0], row]));
    const point = keyed.get("7|top|2021/22");
    expect(point?.[4]).toEqual({ value: 45839, numberFormat: MONEY_FORMAT });
    expect(point?.[6]).toMatch(/NHS Employers/);
    expect(keyed.get("8a|mid|2021/22")?.[4]).toEqual({ value: (47126 + 53219) / 2, numberFormat: MONEY_FORMAT });
    expect(keyed.get("outer|2021/22")).toBeDefined();
    expect(keyed.get("2021-04")).toBeDefined();
    expect(keyed.get("2022-03")).toBeDefined();
  });
});

describe("renderTraceableSheets on the 2022/23 NI change", () => {
  it("takes each month's rate from its pay date: the 6 November 2022 pay date is the first at 13.8%", () => {
    const plan = { ...havering, startYear: "2022/23", ask: undefined, settings: { ...havering.settings, payDay: 6 }, funding: [{ id: "CCG", name: "CCG", type: "cash", status: "confirmed", amounts: { "2022/23": "56000" } }, { id: "ASK", name: "Ask", type: "cash", status: "requested", amounts: { "2022/23": "1" } }] };
    for (const post of plan.posts) Object.assign(post, { start: "2022-07-01", end: "2023-03-31" });
    for (const line of [...plan.gpBackfill, ...plan.nonPay]) Object.assign(line, { start: "2022-09-01", end: "2023-03-31" });
    const rates = sheetNamed(renderTraceableSheets(cost(plan), NO_INPUT_CELLS), "Rates");
    const rateOf = (month: string) => (rates.rows.find((row) => row[0] === month)?.[4] as RichCell).value;
    expect(rateOf("2022-10")).toBe(0.1505);
    expect(rateOf("2022-11")).toBe(0.138);
  });
});

describe("renderTraceableSheets on a blank input taking a default", () => {
  it("writes the default as a formula over the blank cell, so filling the cell in is followed", () => {
    const result = cost(havering);
    const inputs: InputCells = { ...NO_INPUT_CELLS, line: (lineId, field) => (lineId === "P2" && field === "count" ? { address: "Posts!I3", clean: false, blank: true } : undefined) };
    const costing = expandFills(sheetNamed(renderTraceableSheets(result, inputs), "Costing"));
    const count = costingCellOf(costing, COSTING_HEADER_ROW + 2, "count") as RichCell;
    expect(count.formula).toBe('=IF(Posts!I3="",2,Posts!I3)');
    expect(count.result).toBe(2);
    expect(count.note).toBeUndefined();
  });
});
