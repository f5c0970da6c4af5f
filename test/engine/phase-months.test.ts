import fc from "fast-check";
import { Decimal } from "../../src/engine/decimal";
import { poundsOf } from "../../src/engine/pennies";
import { phaseMonths } from "../../src/engine/phase-months";
import { aBackfill, aNonPayItem, aPlan, aPost, costed, lineOf, pounds } from "../support/builders";

describe("phaseMonths", () => {
  it("phases a year at £45,839 into months of £3,819.92 and £3,819.91 that add up to £45,839.00", () => {
    // cumulative exact 3,819.9166…, 7,639.8333…, 11,459.75, … → rounded, then differenced
    const result = costed(aPlan({ posts: [aPost({ pension: "none" })], settings: { apprenticeshipLevy: false } }));
    const months = phaseMonths(lineOf(result, "P1").years[0]?.cost as never).map((m) => pounds(m.components.basic));
    expect(months).toEqual(["3819.92", "3819.91", "3819.92", "3819.92", "3819.91", "3819.92", "3819.92", "3819.91", "3819.92", "3819.92", "3819.91", "3819.92"]);
  });

  it("phases £100 over three months as 33.33, 33.34, 33.33", () => {
    const result = costed(aPlan({ funding: [], nonPay: [aNonPayItem({ unitCost: "100", start: "2022-01-01", end: "2022-03-31" })] }));
    expect(phaseMonths(lineOf(result, "N1").years[0]?.cost as never).map((m) => pounds(m.total))).toEqual(["33.33", "33.34", "33.33"]);
  });

  it("phases each component so its months add up exactly to its year figure", () => {
    const result = costed(
      aPlan({
        posts: [aPost({ start: "2021-07-15", hcasZone: "outer", count: 3, fte: "0.7" })],
        gpBackfill: [aBackfill({ start: "2021-05-20", end: "2022-01-10", onCost: "30%" })],
        nonPay: [aNonPayItem({ start: "2021-09-16", vat: "20%" })],
      }),
    );
    for (const line of result.lines) {
      const year = line.years[0];
      if (!year) throw new Error("no year");
      const months = phaseMonths(year.cost);
      for (const component of year.cost.components) {
        const sum = months.reduce((acc, m) => acc + (m.components[component.name] ?? 0), 0);
        expect(`${line.line.id}.${component.name} ${pounds(sum)}`).toBe(`${line.line.id}.${component.name} ${pounds(component.shown)}`);
      }
      expect(pounds(months.reduce((acc, m) => acc + m.total, 0))).toBe(pounds(year.cost.total));
    }
  });

  it("keeps every month within a penny of its exact share (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 28 }), (pennies, startDay) => {
        const amount = new Decimal(pennies).div(100);
        const result = costed(aPlan({ funding: [], nonPay: [aNonPayItem({ unitCost: amount.toFixed(2), start: `2021-04-${String(startDay).padStart(2, "0")}` })] }));
        const year = result.lines[0]?.years[0];
        if (!year) throw new Error("no year");
        const months = phaseMonths(year.cost);
        const exactMonth = amount.div(year.cost.months.reduce((u, m) => u + m.units, 0));
        months.forEach((m, i) => {
          const exact = exactMonth.times(year.cost.months[i]?.units ?? 0);
          expect(poundsOf(m.total).minus(exact).abs().lessThan("0.01")).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
