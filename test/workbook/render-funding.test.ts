import { sumPennies } from "../../src/engine/pennies";
import { NO_INPUT_CELLS } from "../../src/workbook/input-cells";
import { OWNED_SHEET_NAMES } from "../../src/workbook/owned-sheets";
import { FUNDING_SUMMARY_COLUMNS, renderFundingSheet } from "../../src/workbook/render-funding";
import { Cell, MONEY_FORMAT, OWNED_SHEET_NOTE, SheetModel } from "../../src/workbook/sheet-model";
import { aPlan, aPost, costed } from "../support/builders";
import { cellAt, fakeInputs, formulaCells, haveringResult, parseA1, penniesShown, rich, rowLabelled, shown, sumRange, textsOf } from "./owned-sheet-reading";

const havering = haveringResult();
const inputs = fakeInputs([], ["CCG", "ASK"]);
const sheet = renderFundingSheet(havering, inputs);
const column = (name: (typeof FUNDING_SUMMARY_COLUMNS)[number]) => FUNDING_SUMMARY_COLUMNS.indexOf(name);

/** Data rows: those under the header with a source id in column A, up to the total row. */
function dataRows(model: SheetModel): { index: number; cells: readonly Cell[] }[] {
  const header = rowLabelled(model, "Source ID");
  const rows: { index: number; cells: readonly Cell[] }[] = [];
  for (let index = header + 1; index < model.rows.length; index++) {
    const cells = model.rows[index] ?? [];
    if (shown(cells[0]) === "Total" || cells.length < FUNDING_SUMMARY_COLUMNS.length) break;
    rows.push({ index, cells });
  }
  return rows;
}

/** Whether a conditional format's formula (written for the block's first row, "$I4>$H4") holds on a row. */
function overAllocatedRule(model: SheetModel, row: number): boolean {
  const format = model.conditionalFormats?.[0];
  if (!format) return false;
  const match = /^\$([A-Z]+)(\d+)>\$([A-Z]+)(\d+)$/.exec(format.formula);
  if (!match) throw new Error(`unexpected rule ${format.formula}`);
  expect(Number(match[2]) - 1).toBe(format.block.row);
  const left = parseA1(`${match[1]}${row + 1}`);
  const right = parseA1(`${match[3]}${row + 1}`);
  return penniesShown(model.rows[row]?.[left.column]) > penniesShown(model.rows[row]?.[right.column]);
}

describe("renderFundingSheet", () => {
  it("is an owned sheet named apart from the user's Funding sheet, with a frozen header", () => {
    expect(sheet.name).toBe("Funding summary");
    expect(OWNED_SHEET_NAMES).toContain(sheet.name);
    expect(OWNED_SHEET_NAMES.every((name) => name.length <= 31)).toBe(true);
    expect(OWNED_SHEET_NAMES).not.toContain("Funding");
    expect(sheet.owned).toBe(true);
    expect(rich(cellAt(sheet, "A1")).note).toBe(OWNED_SHEET_NOTE);
    const header = rowLabelled(sheet, "Source ID");
    expect(sheet.rows[header]?.map(shown)).toEqual([...FUNDING_SUMMARY_COLUMNS]);
    expect(sheet.frozen).toEqual({ rows: header + 1, columns: 1 });
    expect(sheet.columns).toHaveLength(FUNDING_SUMMARY_COLUMNS.length);
  });

  it("shows each source's year: available, claimed, allocated and remaining", () => {
    const rows = dataRows(sheet);
    expect(rows.map((r) => shown(r.cells[0]))).toEqual(["CCG", "ASK"]);
    const [ccg, ask] = rows.map((r) => r.cells);
    expect(ccg?.slice(1, 7).map(shown)).toEqual(["NHS North East London CCG (Havering): senior project manager budget", "cash", "confirmed", "Yes", "posts", "2021/22"]);
    expect(ask?.slice(2, 7).map(shown)).toEqual(["cash", "requested", "No", "all lines", "2021/22"]);
    const money = (cells: readonly Cell[] | undefined) => ["Available", "Claimed", "Allocated", "Remaining"].map((name) => penniesShown(cells?.[column(name as never)]));
    expect(money(ccg)).toEqual([5600000, 5523993, 5523993, 76007]);
    expect(money(ask)).toEqual([27000000, 27205833, 27000000, 0]);
    // the engine's figures
    const [ccgYear, askYear] = havering.sources.map((s) => s.years[0]);
    expect(money(ccg)).toEqual([ccgYear?.available, ccgYear?.claimed, ccgYear?.allocated, ccgYear?.remaining]);
    expect(money(ask)).toEqual([askYear?.available, askYear?.claimed, askYear?.allocated, askYear?.remaining]);
    for (const cells of [ccg, ask]) for (const name of ["Available", "Claimed", "Allocated", "Remaining"] as const) expect(rich(cells?.[column(name)]).numberFormat).toBe(MONEY_FORMAT);
    expect(shown(ask?.[column("Note")])).toBe("Over-allocated by £2,058.33: each claim is scaled down in proportion");
    expect(shown(ccg?.[column("Note")])).toBe("");
  });

  it("works out remaining as available less allocated, with the engine's figure cached", () => {
    for (const { index, cells } of dataRows(sheet)) {
      const remaining = rich(cells[column("Remaining")]);
      expect(remaining.formula).toBe(`=H${index + 1}-J${index + 1}`);
      expect(penniesShown(cells[column("Remaining")])).toBe(penniesShown(cells[column("Available")]) - penniesShown(cells[column("Allocated")]));
    }
  });

  it("totals the columns with SUMs that add up to the cells above them", () => {
    const total = sheet.rows[rowLabelled(sheet, "Total")] ?? [];
    const sums = formulaCells(sheet).filter((f) => f.formula.startsWith("=SUM("));
    expect(sums.map((s) => s.column)).toEqual([column("Available"), column("Claimed"), column("Allocated"), column("Remaining")]);
    for (const { formula, cell } of sums) expect(penniesShown(cell)).toBe(sumPennies(sumRange(sheet, formula).map(penniesShown)));
    expect(penniesShown(total[column("Available")])).toBe(sumPennies(havering.sources.map((s) => s.available)));
    expect(penniesShown(total[column("Remaining")])).toBe(sumPennies(havering.sources.map((s) => s.remaining)));
  });

  it("highlights an over-allocated year, and only that one", () => {
    expect(sheet.conditionalFormats).toHaveLength(1);
    const format = sheet.conditionalFormats?.[0];
    const rows = dataRows(sheet);
    expect(format?.style).toBe("bad");
    expect(format?.block).toEqual({ row: rows[0]?.index, column: 0, rows: rows.length, columns: FUNDING_SUMMARY_COLUMNS.length });
    expect(rows.map((r) => overAllocatedRule(sheet, r.index))).toEqual([false, true]);
  });

  it("links each source id to its row in the Funding table for that year", () => {
    const [ccg, ask] = dataRows(sheet).map((r) => r.cells[0]);
    expect(rich(ccg)).toEqual({ value: "CCG", link: { cell: "'Funding sources'!A5" } });
    expect(rich(ask)).toEqual({ value: "ASK", link: { cell: "'Funding sources'!A15" } });
    // a JSON plan has no cells to point at
    expect(dataRows(renderFundingSheet(havering, NO_INPUT_CELLS)).map((r) => r.cells[0])).toEqual(["CCG", "ASK"]);
  });

  it("gives a source a row for every year of the horizon, saying which years it does not fund", () => {
    const result = costed(
      aPlan({
        years: 2,
        funding: [{ id: "F1", name: "One year", type: "cash", status: "confirmed", amounts: { "2021/22": "100000" }, recurrent: false }],
        posts: [aPost({ funding: "F1" })],
      }),
    );
    const model = renderFundingSheet(result, fakeInputs([], ["F1"]));
    const rows = dataRows(model);
    expect(rows.map((r) => shown(r.cells[column("Year")]))).toEqual(["2021/22", "2022/23"]);
    expect(rows.map((r) => rich(r.cells[0]).link)).toEqual([{ cell: "'Funding sources'!A5" }, { cell: "'Funding sources'!A6" }]);
    expect(shown(rows[1]?.cells[column("Note")])).toBe("No amount for this year: what lines claim from it is unfunded");
    expect(penniesShown(rows[1]?.cells[column("Available")])).toBe(0);
    // claims in a year the source does not fund are more than it has: highlighted too
    expect(rows.map((r) => overAllocatedRule(model, r.index))).toEqual([false, true]);
  });

  it("says when the plan has no funding sources", () => {
    const model = renderFundingSheet(costed(aPlan({ funding: [], posts: [aPost()] })), NO_INPUT_CELLS);
    expect(textsOf(model)).toContain("The plan has no funding sources");
    expect(model.conditionalFormats).toEqual([]);
    expect(formulaCells(model)).toEqual([]);
  });

  it("keeps a source's name as text, never a formula", () => {
    const name = '=HYPERLINK("http://x","click")';
    const model = renderFundingSheet(costed(aPlan({ funding: [{ id: "F1", name, type: "cash", status: "confirmed", amounts: { "2021/22": "1" }, recurrent: true }] })), NO_INPUT_CELLS);
    expect(dataRows(model)[0]?.cells[1]).toBe(name);
    for (const { formula } of formulaCells(model)) expect(formula).not.toContain("HYPERLINK");
  });

  it("gives the same model for the same result", () => {
    expect(renderFundingSheet(havering, inputs)).toEqual(renderFundingSheet(haveringResult(), inputs));
  });
});
