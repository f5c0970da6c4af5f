import { aBackfill, aPlan, componentsOf, costed } from "../support/builders";

describe("costBackfillYear", () => {
  it("costs seven PCN clinical directors' backfill from July: 7 × 1 × 42 × £309 × 9/12", () => {
    // a year: 7 × 1 session × 42 weeks × £309 = £90,846; July–March is 9 whole months: × 9/12 = £68,134.50
    const result = costed(aPlan({ gpBackfill: [aBackfill({ count: 7, start: "2021-07-01" })] }));
    expect(componentsOf(result, "G1")).toEqual({ total: "68134.50", backfill: "68134.50", onCost: "0.00" });
  });

  it("adds on-cost and pro-rates a part month by calendar days", () => {
    // 90,846 × (8 + 17/31) / 12 = 64,715.5645… → 64,715.56; on-cost 30% of that: 19,414.6694 → 19,414.67
    const result = costed(aPlan({ gpBackfill: [aBackfill({ count: 7, start: "2021-07-15", onCost: "30%" })] }));
    expect(componentsOf(result, "G1")).toEqual({ total: "84130.23", backfill: "64715.56", onCost: "19414.67" });
  });

  it("costs fractional sessions", () => {
    // 2 × 1.5 × 40 × £250.50 = £30,060 for the whole year
    const result = costed(aPlan({ gpBackfill: [aBackfill({ count: 2, sessionsPerWeek: "1.5", weeksPerYear: "40", ratePerSession: "250.50" })] }));
    expect(componentsOf(result, "G1").total).toBe("30060.00");
  });
});
