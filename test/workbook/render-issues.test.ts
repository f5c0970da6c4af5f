import { FLAG_CATALOGUE, Flag, FlagCode } from "../../src/engine/flags";
import type { PlanResult } from "../../src/engine/result";
import { parsePlan } from "../../src/plan-format/parse-plan";
import type { InputError } from "../../src/plan-format/input-error";
import { FLAG_LEVEL } from "../../src/workbook/flag-severity";
import { NO_INPUT_CELLS } from "../../src/workbook/input-cells";
import { ISSUES_COLUMNS, renderIssuesSheet } from "../../src/workbook/render-issues";
import { Cell, MONEY_FORMAT, OWNED_SHEET_NOTE, SheetModel } from "../../src/workbook/sheet-model";
import { aNonPayItem, aPlan, aPost, costed } from "../support/builders";
import { cellAt, fakeInputs, formulaCells, haveringResult, penniesShown, rich, rowLabelled, shown, textsOf } from "./owned-sheet-reading";

const havering = haveringResult();
const lineIds = havering.lines.map((l) => l.line.id);
const inputs = fakeInputs(lineIds, ["CCG", "ASK"]);
const sheet = renderIssuesSheet(havering, [], inputs);
const col = (name: (typeof ISSUES_COLUMNS)[number]) => ISSUES_COLUMNS.indexOf(name);

/** The rows under the header. */
function issueRows(model: SheetModel): { index: number; cells: readonly Cell[] }[] {
  const header = rowLabelled(model, "Severity");
  return model.rows.slice(header + 1).map((cells, i) => ({ index: header + 1 + i, cells }));
}

/** The rows showing this flag: its code and message. */
function rowsOf(model: SheetModel, flag: Flag) {
  return issueRows(model).filter(({ cells }) => shown(cells[col("Code")]) === flag.code && shown(cells[col("Message")]) === flag.message);
}

const errors: InputError[] = [
  { code: "INVALID_NUMBER", path: "posts[2].fte", cell: "Posts!F7", message: "FTE must be a number such as 0.6, not “half”" },
  { code: "UNKNOWN_REFERENCE", path: "posts[0].employer", cell: "'GP backfill'!C4", message: "Employer X is not in the Employers table" },
  { code: "MISSING_FIELD", path: "startYear", message: "Start year is required" },
];

describe("renderIssuesSheet", () => {
  it("is an owned sheet named Issues with a frozen header", () => {
    expect(sheet.name).toBe("Issues");
    expect(sheet.owned).toBe(true);
    expect(rich(cellAt(sheet, "A1"))).toMatchObject({ value: "Issues", note: OWNED_SHEET_NOTE });
    const header = rowLabelled(sheet, "Severity");
    expect(sheet.rows[header]?.map(shown)).toEqual([...ISSUES_COLUMNS]);
    expect(sheet.frozen).toEqual({ rows: header + 1, columns: 0 });
    expect(sheet.columns).toHaveLength(ISSUES_COLUMNS.length);
  });

  it("lists every flag of the example once, with its line and a link to the line's input row", () => {
    expect(havering.flags).toHaveLength(10);
    expect(issueRows(sheet)).toHaveLength(havering.flags.length);
    for (const flag of havering.flags) {
      const rows = rowsOf(sheet, flag);
      expect(rows).toHaveLength(1);
      const cells = rows[0]?.cells ?? [];
      expect(shown(cells[col("Year")])).toBe(flag.year ?? "");
      if (flag.amount !== undefined) expect(penniesShown(cells[col("Amount")])).toBe(flag.amount);
      if (flag.lineId) {
        expect(rich(cells[col("Where")])).toEqual({ value: flag.lineId, link: { cell: `Posts!A${5 + lineIds.indexOf(flag.lineId)}` } });
        expect(shown(cells[col("About")])).toBe(havering.lines.find((l) => l.line.id === flag.lineId)?.line.title);
      }
    }
    const over = havering.flags.find((f) => f.code === "SOURCE_OVER_ALLOCATED");
    if (!over) throw new Error("the example over-allocates the ask");
    const cells = rowsOf(sheet, over)[0]?.cells ?? [];
    expect(rich(cells[col("Where")])).toEqual({ value: "ASK", link: { cell: "'Funding sources'!A15" } });
    expect(shown(cells[col("About")])).toBe("Ask to BHR Integrated Care Partnership / NEL ICS");
    expect(penniesShown(cells[col("Amount")])).toBe(205833);
  });

  it("puts problems before warnings and labels each", () => {
    const severities = issueRows(sheet).map(({ cells }) => shown(cells[col("Severity")]));
    expect(severities).toEqual(["Problem", ...Array(9).fill("Warning")]);
    expect(shown(issueRows(sheet)[0]?.cells[col("Code")])).toBe("SOURCE_OVER_ALLOCATED");
    expect(shown(cellAt(sheet, "A2"))).toBe("1 problem and 9 warnings in the costed plan; each links to its input row");
  });

  it("ranks every flag code in the catalogue", () => {
    expect(Object.keys(FLAG_LEVEL).sort()).toEqual(Object.keys(FLAG_CATALOGUE).sort());
    const problems: FlagCode[] = ["UNFUNDED", "SOURCE_OVER_ALLOCATED", "INELIGIBLE_SOURCE", "YEAR_NOT_FUNDED", "ASK_OUTSIDE_TOLERANCE"];
    for (const code of problems) expect(FLAG_LEVEL[code]).toBe("problem");
    for (const code of ["PARTLY_FUNDED", "RECURRENT_ON_NON_RECURRENT", "OUTSIDE_HORIZON"] as FlagCode[]) expect(FLAG_LEVEL[code]).toBe("warning");
  });

  it("highlights errors and problems as bad and warnings as warnings, over the rows listed", () => {
    const rows = issueRows(sheet);
    const block = { row: rows[0]?.index, column: 0, rows: rows.length, columns: ISSUES_COLUMNS.length };
    const firstRow = (rows[0]?.index ?? 0) + 1;
    expect(sheet.conditionalFormats).toEqual([
      { block, formula: `OR($A${firstRow}="Error",$A${firstRow}="Problem")`, style: "bad" },
      { block, formula: `$A${firstRow}="Warning"`, style: "warning" },
    ]);
    // The Severity cell is plain text: the formats colour its row by it.
    expect(rows[0]?.cells[0]).toBe("Problem");
    expect(rows[1]?.cells[0]).toBe("Warning");
    expect(sheet.columns?.[ISSUES_COLUMNS.indexOf("Amount")]?.numberFormat).toBe(MONEY_FORMAT);
  });

  it("links source flags to the source's row and line flags about a source to both", () => {
    const result = costed(
      aPlan({
        years: 2,
        funding: [
          { id: "F1", name: "Non-pay only", type: "cash", status: "confirmed", amounts: { "2021/22": "100000", "2022/23": "100000" }, recurrent: true, eligible: ["non-pay"] },
          { id: "F2", name: "First year only", type: "cash", status: "confirmed", amounts: { "2021/22": "100000" }, recurrent: true },
        ],
        posts: [aPost({ funding: "F1" }), aPost({ id: "P2", funding: "F2" })],
      }),
    );
    const model = renderIssuesSheet(result, [], fakeInputs(["P1", "P2"], ["F1", "F2"]));
    const codes = result.flags.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["INELIGIBLE_SOURCE", "YEAR_NOT_FUNDED", "UNFUNDED"]));
    expect(issueRows(model)).toHaveLength(result.flags.length);
    const ineligible = rowsOf(model, result.flags.find((f) => f.code === "INELIGIBLE_SOURCE") as Flag)[0]?.cells ?? [];
    expect(rich(ineligible[col("Where")])).toEqual({ value: "P1", link: { cell: "Posts!A5" } });
    // the flag has no year: it links to the source's first row
    expect(rich(ineligible[col("Source")])).toEqual({ value: "F1", link: { cell: "'Funding sources'!A5" } });
    const notFunded = rowsOf(model, result.flags.find((f) => f.code === "YEAR_NOT_FUNDED") as Flag)[0]?.cells ?? [];
    expect(rich(notFunded[col("Where")])).toEqual({ value: "P2", link: { cell: "Posts!A6" } });
    expect(rich(notFunded[col("Source")])).toEqual({ value: "F2", link: { cell: "'Funding sources'!A16" } });
    expect(shown(notFunded[col("Year")])).toBe("2022/23");
    expect(shown(notFunded[col("Severity")])).toBe("Problem");
  });

  it("links an ask outside its tolerance to the ask's setting", () => {
    const result = costed(aPlan({ ask: { amount: "1000", tolerance: "5%", year: "2021/22" }, nonPay: [aNonPayItem()] }));
    const flag = result.flags.find((f) => f.code === "ASK_OUTSIDE_TOLERANCE");
    if (!flag) throw new Error("expected the ask to be outside tolerance");
    const cells = rowsOf(renderIssuesSheet(result, [], fakeInputs(["N1"], ["F1"])), flag)[0]?.cells ?? [];
    expect(rich(cells[col("Where")])).toEqual({ value: "Ask", link: { cell: "Plan!B7" } });
    expect(shown(cells[col("Severity")])).toBe("Problem");
    expect(penniesShown(cells[col("Amount")])).toBe(2900000);
  });

  it("lists input errors first, each linked to its cell, and says the plan was not costed", () => {
    const model = renderIssuesSheet(undefined, errors, NO_INPUT_CELLS);
    const rows = issueRows(model).map((r) => r.cells);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.map(shown)).toEqual(["Error", "INVALID_NUMBER", "Posts!F7", "posts[2].fte", "", "", "", "FTE must be a number such as 0.6, not “half”"]);
    expect(rich(rows[0]?.[col("Where")]).link).toEqual({ cell: "Posts!F7" });
    expect(rich(rows[1]?.[col("Where")]).link).toEqual({ cell: "'GP backfill'!C4" });
    // an error with no cell (a JSON plan) names its path, with nothing to link to
    expect(rows[2]?.[col("Where")]).toBe("startYear");
    expect(shown(cellAt(model, "A2"))).toBe("3 input errors, so the plan was not costed: fix each cell (the link in Where takes you there) and calculate again");
    expect(model.conditionalFormats?.[0]?.style).toBe("bad");
  });

  it("shows errors from the plan reader", () => {
    const parsed = parsePlan(aPlan({ posts: [aPost({ fte: "half" })] }));
    expect(parsed.errors.length).toBeGreaterThan(0);
    const model = renderIssuesSheet(undefined, parsed.errors, NO_INPUT_CELLS);
    expect(issueRows(model).map((r) => shown(r.cells[col("Message")]))).toEqual(parsed.errors.map((e) => e.message));
  });

  it("shows a clear empty state when nothing is wrong", () => {
    const result = costed(aPlan({ posts: [aPost({ funding: "F1" })] }));
    expect(result.flags).toEqual([]);
    const model = renderIssuesSheet(result, [], NO_INPUT_CELLS);
    const rows = issueRows(model);
    expect(rows).toHaveLength(1);
    expect(rich(rows[0]?.cells[0])).toEqual({ value: "No problems found", style: "good" });
    expect(shown(cellAt(model, "A2"))).toBe("No problems found");
    expect(model.conditionalFormats).toEqual([]);
    expect(shown(issueRows(renderIssuesSheet(undefined, [], NO_INPUT_CELLS))[0]?.cells[0])).toBe("No problems found");
  });

  it("keeps titles and messages from the workbook as text, never a formula", () => {
    const title = '=HYPERLINK("http://x")';
    const result: PlanResult = costed(aPlan({ posts: [aPost({ title })] }));
    const flag = result.flags.find((f) => f.code === "UNFUNDED");
    if (!flag) throw new Error("expected the post to be unfunded");
    const dangerous: InputError = { code: "INVALID_VALUE", path: "posts[0].fill", cell: "Posts!M5", message: "Fill must be new, secondment or existing, not “=cmd|' /C calc'!A0”" };
    const model = renderIssuesSheet(result, [dangerous], fakeInputs(["P1"], []));
    const cells = rowsOf(model, flag)[0]?.cells ?? [];
    expect(cells[col("About")]).toBe(title);
    expect(cells[col("Message")]).toBe(flag.message);
    expect(flag.message).toContain(title);
    expect(textsOf(model)).toContain(dangerous.message);
    expect(formulaCells(model)).toEqual([]);
  });

  it("gives the same model for the same input", () => {
    expect(renderIssuesSheet(havering, errors, inputs)).toEqual(renderIssuesSheet(haveringResult(), errors, inputs));
    expect(() => JSON.stringify(renderIssuesSheet(havering, errors, inputs))).not.toThrow();
  });
});
