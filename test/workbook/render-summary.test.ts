import { sumPennies } from "../../src/engine/pennies";
import type { PlanResult } from "../../src/engine/result";
import { renderSummarySheet } from "../../src/workbook/render-summary";
import { MONEY_FORMAT, OWNED_SHEET_NOTE, PERCENT_FORMAT, SheetModel } from "../../src/workbook/sheet-model";
import { aNonPayItem, aPlan, aPost, costed } from "../support/builders";
import { cellAt, chartRange, formulaCells, haveringResult, parseA1, penniesShown, rich, rowLabelled, shown, sumRange, textsOf } from "./owned-sheet-reading";

const havering = haveringResult();
const sheet = renderSummarySheet(havering);

/** The figure in column B of the row labelled `label` (the ask block). */
function askFigure(model: SheetModel, label: string) {
  return model.rows[rowLabelled(model, label)]?.[1];
}

/** The row labelled `label` under the section titled `section`. */
function rowIn(model: SheetModel, section: string, label: string) {
  return model.rows[rowLabelled(model, label, rowLabelled(model, section))] ?? [];
}

describe("renderSummarySheet", () => {
  it("is an owned sheet named Summary, titled with the plan, its organisation and years", () => {
    expect(sheet.name).toBe("Summary");
    expect(sheet.owned).toBe(true);
    expect(shown(cellAt(sheet, "A1"))).toBe(havering.plan.name);
    expect(rich(cellAt(sheet, "A1"))).toMatchObject({ style: "title", note: OWNED_SHEET_NOTE });
    expect(shown(cellAt(sheet, "A2"))).toContain("Havering Borough Partnership · 2021/22");
    expect(sheet.columns?.[0]?.width).toBeGreaterThanOrEqual(30);
    expect(sheet.columns?.slice(1, 7).every((column) => (column.width ?? 0) >= 14)).toBe(true);
  });

  it("shows the ask check: stated, calculated, variance in pounds and per cent, tolerance and the verdict", () => {
    const ask = havering.ask;
    if (!ask) throw new Error("the example states an ask");
    expect(shown(cellAt(sheet, `B${rowLabelled(sheet, "Year") + 1}`))).toBe("2021/22");
    expect(penniesShown(askFigure(sheet, "Stated ask"))).toBe(27000000);
    expect(penniesShown(askFigure(sheet, "Calculated ask"))).toBe(27205833);
    expect(penniesShown(askFigure(sheet, "Variance"))).toBe(205833);
    expect(penniesShown(askFigure(sheet, "Tolerance (±)"))).toBe(1350000);
    // and they are the engine's figures
    expect([ask.stated, ask.calculated, ask.variance, ask.tolerance]).toEqual([27000000, 27205833, 205833, 1350000]);

    const stated = rowLabelled(sheet, "Stated ask");
    const calculated = rowLabelled(sheet, "Calculated ask");
    const variance = rowLabelled(sheet, "Variance");
    expect(rich(askFigure(sheet, "Variance")).formula).toBe(`=B${calculated + 1}-B${stated + 1}`);
    expect(rich(askFigure(sheet, "Variance %"))).toMatchObject({ formula: `=IF(B${stated + 1}=0,"",B${variance + 1}/B${stated + 1})`, numberFormat: PERCENT_FORMAT });
    expect(shown(askFigure(sheet, "Variance %"))).toBeCloseTo(2058.33 / 270000, 12);
    expect(shown(cellAt(sheet, `C${rowLabelled(sheet, "Tolerance (±)") + 1}`))).toBe("5% of the stated ask");
    expect(rich(askFigure(sheet, "Within tolerance"))).toMatchObject({ result: "Yes", style: "good" });
    for (const label of ["Stated ask", "Calculated ask", "Variance", "Tolerance (±)"]) expect(rich(askFigure(sheet, label)).numberFormat).toBe(MONEY_FORMAT);
  });

  it("marks an ask outside its tolerance as bad", () => {
    const result = costed(aPlan({ ask: { amount: "1000", tolerance: "5%", year: "2021/22" }, posts: [aPost({ funding: "F1" })], nonPay: [aNonPayItem()] }));
    const model = renderSummarySheet(result);
    expect(result.ask?.withinTolerance).toBe(false);
    expect(rich(askFigure(model, "Within tolerance"))).toMatchObject({ result: "No", style: "bad" });
    expect(penniesShown(askFigure(model, "Calculated ask"))).toBe(3000000); // the unfunded £30,000 non-pay item
    expect(shown(cellAt(model, `C${rowLabelled(model, "Variance") + 1}`))).toBe("The costs need £29,000.00 more than the stated ask");
  });

  it("says so when the plan states no ask", () => {
    const model = renderSummarySheet(costed(aPlan({ posts: [aPost({ funding: "F1" })] })));
    expect(textsOf(model)).toContain("The plan states no ask, so there is nothing to check.");
    expect(() => rowLabelled(model, "Calculated ask")).toThrow();
  });

  it("makes every SUM's cached result the sum of the cells it covers, in MONEY_FORMAT", () => {
    const sums = formulaCells(sheet).filter((f) => f.formula.startsWith("=SUM("));
    expect(sums.length).toBeGreaterThan(20);
    for (const { formula, cell } of sums) {
      const covered = sumRange(sheet, formula);
      if (rich(cell).numberFormat === "0") {
        expect(shown(cell)).toBe(covered.map(shown).reduce((a, b) => (a as number) + (b as number), 0));
        continue;
      }
      expect(rich(cell).numberFormat).toBe(MONEY_FORMAT);
      expect(covered.every((c) => rich(c).numberFormat === MONEY_FORMAT)).toBe(true);
      expect(penniesShown(cell)).toBe(sumPennies(covered.map(penniesShown)));
    }
  });

  it("totals each table to the engine's totals over the horizon", () => {
    const { all, byStatus } = havering.totals;
    const byYear = rowIn(sheet, "Cost and funding by year", "Total");
    expect(byYear.slice(1, 7).map(penniesShown)).toEqual([all.cost, byStatus.confirmed, byStatus.indicative, byStatus.requested, byStatus.inKind, byStatus.unfunded]);
    expect(byYear.slice(1, 7).map(penniesShown)).toEqual([32729826, 5523993, 0, 27000000, 0, 205833]);
    for (const section of ["By kind", "By workstream", "By employer"]) {
      expect(rowIn(sheet, section, "Total").slice(1, 5).map(penniesShown)).toEqual([all.cost, all.funded, all.inKind, all.unfunded]);
    }
    const sources = rowIn(sheet, "By funding source", "Total");
    expect(sources.slice(1, 5).map(penniesShown)).toEqual([5600000 + 27000000, 5523993 + 27205833, 5523993 + 27000000, 76007]);
  });

  it("shows each year of a longer plan, its statuses adding up to its cost", () => {
    const result = costed(
      aPlan({
        years: 2,
        funding: [
          { id: "F1", name: "Confirmed fund", type: "cash", status: "confirmed", amounts: { "2021/22": "20000", "2022/23": "20000" }, recurrent: true },
          { id: "F2", name: "Maybe", type: "cash", status: "indicative", amounts: { "2022/23": "100000" }, recurrent: false },
        ],
        posts: [aPost({ funding: "F1" }), aPost({ id: "P2", funding: "F2" })],
      }),
    );
    const model = renderSummarySheet(result);
    const first = rowLabelled(model, "2021/22", rowLabelled(model, "Cost and funding by year"));
    expect(shown(model.rows[first + 1]?.[0])).toBe("2022/23");
    for (const [y, year] of result.years.entries()) {
      const row = model.rows[first + y] ?? [];
      const [cost, ...parts] = row.slice(1, 7).map(penniesShown);
      expect(cost).toBe(result.totals.byYear.get(year)?.cost);
      expect(sumPennies(parts)).toBe(cost);
    }
    const total = model.rows[first + 2] ?? [];
    expect(shown(total[0])).toBe("Total 2021/22 to 2022/23");
    expect(rich(total[1]).formula).toBe(`=SUM(B${first + 1}:B${first + 2})`);
    expect(penniesShown(total[1])).toBe(result.totals.all.cost);
  });

  it("draws cost by kind as a stacked column of funded, in kind and unfunded, from the by-kind table", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts?.[0];
    if (!chart) throw new Error("no chart");
    expect(chart.kind).toBe("stacked-column");
    expect(chartRange(sheet, chart.categories).map(shown)).toEqual(["Posts", "GP backfill", "Non-pay"]);
    expect(chart.series.map((s) => s.name)).toEqual(["Funded", "In kind", "Unfunded"]);
    const kinds = ["post", "gp-backfill", "non-pay"] as const;
    const field = { Funded: "funded", "In kind": "inKind", Unfunded: "unfunded" } as const;
    for (const series of chart.series) {
      const values = chartRange(sheet, series.values);
      expect(values.map(penniesShown)).toEqual(kinds.map((kind) => havering.totals.byKind.get(kind)?.[field[series.name as keyof typeof field]]));
      // the series is named after the header above its column
      const { row, column } = parseA1(series.values.split("!")[1]?.split(":")[0] as string);
      expect(shown(sheet.rows[row - 1]?.[column])).toBe(series.name);
    }
    // the stacks make up each kind's cost
    const [funded, inKind, unfunded] = chart.series.map((s) => chartRange(sheet, s.values).map(penniesShown));
    kinds.forEach((kind, k) => expect((funded?.[k] ?? 0) + (inKind?.[k] ?? 0) + (unfunded?.[k] ?? 0)).toBe(havering.totals.byKind.get(kind)?.cost));
    // placed clear of the tables (columns A to G)
    expect(chart.at.column).toBeGreaterThanOrEqual(7);
  });

  it("lists the workstreams, employers and funding sources with their figures", () => {
    expect(rowIn(sheet, "By workstream", "Programme").slice(1, 5).map(penniesShown)).toEqual([
      havering.totals.byWorkstream.get("Programme")?.cost,
      havering.totals.byWorkstream.get("Programme")?.funded,
      0,
      havering.totals.byWorkstream.get("Programme")?.unfunded,
    ]);
    expect(penniesShown(rowIn(sheet, "By employer", "London Borough of Havering (LBH)")[1])).toBe(3645432);
    expect(penniesShown(rowIn(sheet, "By employer", "Not a post (GP backfill, non-pay)")[1])).toBe(6813450 + 1500000 + 3000000);
    const ask = rowIn(sheet, "By funding source", "Ask to BHR Integrated Care Partnership / NEL ICS (ASK)");
    expect(ask.slice(1, 5).map(penniesShown)).toEqual([27000000, 27205833, 27000000, 0]);
    expect(ask.slice(5).map(shown)).toEqual(["requested", "cash"]);
  });

  it("shows in-kind contributions by who gives them", () => {
    const result = costed(aPlan({ posts: [aPost({ fill: "secondment", secondment: { from: "LA1", recharge: "0%" }, funding: "F1" })] }));
    const model = renderSummarySheet(result);
    const row = rowIn(model, "In kind, by contributor", "A council (LA1)");
    expect(penniesShown(row[1])).toBe(result.totals.byStatus.inKind);
    expect(result.totals.byStatus.inKind).toBeGreaterThan(0);
    expect(penniesShown(rowIn(model, "In kind, by contributor", "Total")[1])).toBe(result.totals.byStatus.inKind);
  });

  it("counts the flags by code and points to the Issues sheet", () => {
    const counts = new Map<string, number>();
    for (const flag of havering.flags) counts.set(flag.code, (counts.get(flag.code) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ PARTLY_FUNDED: 6, RECURRENT_ON_NON_RECURRENT: 3, SOURCE_OVER_ALLOCATED: 1 });
    for (const [code, count] of counts) expect(shown(rowIn(sheet, "Flags", code)[2])).toBe(count);
    expect(shown(rowIn(sheet, "Flags", "SOURCE_OVER_ALLOCATED")[1])).toBe("Problem");
    expect(shown(rowIn(sheet, "Flags", "PARTLY_FUNDED")[1])).toBe("Warning");
    expect(shown(rowIn(sheet, "Flags", "Total")[2])).toBe(10);
    const pointer = sheet.rows.flat().find((cell) => rich(cell).link !== undefined);
    expect(rich(pointer).link).toEqual({ cell: "Issues!A1" });
  });

  it("says when there are no flags", () => {
    const model = renderSummarySheet(costed(aPlan({ posts: [aPost({ funding: "F1" })] })));
    expect(textsOf(model)).toContain("No flags: every line is funded and nothing needs checking");
  });

  it("lists every rate the engine assumed and the plan's own assumptions", () => {
    const result = costed(aPlan({ startYear: "2027/28", funding: [], posts: [aPost()] }));
    expect(result.assumptions.length).toBeGreaterThan(0);
    const texts = textsOf(renderSummarySheet(result));
    for (const assumption of result.assumptions) expect(texts).toContain(assumption.message);
    const notes = textsOf(sheet);
    for (const note of havering.plan.notes) expect(notes).toContain(note);
    expect(notes).toContain("None: every rate used is a published figure or set in the plan");
  });

  it("keeps text from the plan as text, never a formula", () => {
    const result = costed(
      aPlan({ name: '=HYPERLINK("http://x")', organisation: "+44 1234", posts: [aPost({ workstream: "=1+1", funding: "F1" })] }),
    );
    const model = renderSummarySheet(result);
    expect(cellAt(model, "A1")).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(rowIn(model, "By workstream", "=1+1")[0]).toBe("=1+1");
    for (const { formula } of formulaCells(model)) expect(formula).not.toMatch(/HYPERLINK|1\+1|\+44/);
  });

  it("gives the same model for the same result", () => {
    expect(renderSummarySheet(havering)).toEqual(renderSummarySheet(haveringResult()));
    expect(() => JSON.stringify(sheet)).not.toThrow(); // no number, nothing but plain data
  });

  it("renders a plan with no lines", () => {
    const result: PlanResult = costed(aPlan());
    const model = renderSummarySheet(result);
    expect(rowIn(model, "By kind", "Total").slice(1, 5).map(penniesShown)).toEqual([0, 0, 0, 0]);
    expect(textsOf(model)).toContain("Costed 0 lines over 1 year.");
  });
});
