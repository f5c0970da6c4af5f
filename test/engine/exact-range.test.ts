import { costPlanOrRefuse } from "../../src/engine/cost-plan";
import { BeyondExactRange, MAX_PENNIES, displayPennies, formatPennies, penniesOf, wholePennies } from "../../src/engine/pennies";
import { Decimal } from "../../src/engine/decimal";
import { aBackfill, aNonPayItem, aPlan, planOf } from "../support/builders";

/**
 * Pennies are JavaScript numbers, exact for whole numbers up to 2^53 - 1 (pennies.ts). A plan
 * whose amounts could not all be held exactly is refused in words, never costed wrongly.
 */
describe("the exact range of pennies", () => {
  it("prints the largest exact amount to the penny", () => {
    // 2^53 - 1 = 9,007,199,254,740,991 pennies.
    expect(MAX_PENNIES).toBe(9007199254740991);
    expect(formatPennies(MAX_PENNIES)).toBe("90071992547409.91");
    expect(displayPennies(-MAX_PENNIES)).toBe("-£90,071,992,547,409.91");
    expect(formatPennies(-1)).toBe("-0.01");
    expect(wholePennies(new Decimal("90071992547409.91"))).toBe(MAX_PENNIES);
  });

  it("refuses a whole number of pennies beyond it", () => {
    expect(penniesOf(9007199254740991n)).toBe(MAX_PENNIES);
    expect(() => penniesOf(9007199254740992n)).toThrow(BeyondExactRange);
  });

  it("refuses a plan with one amount beyond it: a non-pay item of a million at £1bn each (£10^15)", () => {
    const costed = costPlanOrRefuse(planOf(aPlan({ nonPay: [aNonPayItem({ quantity: "1000000", unitCost: "1000000000" })] })));
    expect(costed).toEqual({ problem: expect.stringMatching(/more than £90 trillion/) });
  });

  it("refuses a plan whose lines each fit but add up beyond it", () => {
    // Each line: 1,000 GPs × 10 sessions × 53 weeks × £10,000 = £5.3bn, plus 100% on-cost = £10.6bn
    // a year (1.06 × 10^12 pennies); 8,500 of them make 9.01 × 10^15 pennies, just over 2^53.
    const line = (i: number) => aBackfill({ id: `G${i}`, count: 1000, sessionsPerWeek: "10", weeksPerYear: "53", ratePerSession: "10000", onCost: "100%", start: "2021-04-01", end: "2022-03-31" });
    const over = costPlanOrRefuse(planOf(aPlan({ gpBackfill: Array.from({ length: 8500 }, (_, i) => line(i)) })));
    expect(over).toEqual({ problem: expect.stringMatching(/more than £90 trillion/) });
    const under = costPlanOrRefuse(planOf(aPlan({ gpBackfill: Array.from({ length: 8400 }, (_, i) => line(i)) })));
    if (!("result" in under)) throw new Error(under.problem);
    // 8,400 × £10.6bn = £89.04 trillion, costed to the penny.
    expect(formatPennies(under.result.totals.all.cost)).toBe("89040000000000.00");
  });
});
