import { formatYearMonth } from "../../src/engine/calendar";
import { phaseMonths } from "../../src/engine/phase-months";
import { aNonPayItem, aPlan, componentsOf, costed, lineOf, pounds } from "../support/builders";

const months = (result: ReturnType<typeof costed>, id: string, year = 0) =>
  phaseMonths(lineOf(result, id).years[year]?.cost as never).map((m) => [formatYearMonth(m.month), pounds(m.total)]);

describe("costNonPayYear", () => {
  it("adds irrecoverable VAT to quantity × unit cost", () => {
    // 1 × £12,500 + 20% = £2,500 VAT → £15,000
    const result = costed(aPlan({ nonPay: [aNonPayItem({ unitCost: "12500", vat: "20%", start: "2021-10-01", end: "2022-03-31" })] }));
    expect(componentsOf(result, "N1")).toEqual({ total: "15000.00", nonPay: "12500.00", vat: "2500.00" });
  });

  it("phases evenly over whole months with cumulative rounding: £30,000 over 7 months", () => {
    // 30,000 / 7 = 4,285.714…; cumulative 4,285.71, 8,571.43, 12,857.14, … → months alternate .71 / .72
    const result = costed(aPlan({ nonPay: [aNonPayItem({ start: "2021-09-01", end: "2022-03-31" })] }));
    expect(months(result, "N1")).toEqual([
      ["2021-09", "4285.71"],
      ["2021-10", "4285.72"],
      ["2021-11", "4285.71"],
      ["2021-12", "4285.72"],
      ["2022-01", "4285.71"],
      ["2022-02", "4285.72"],
      ["2022-03", "4285.71"],
    ]);
  });

  it("gives a part month its share by calendar days: from 16 September, September is half a month", () => {
    // weights: September 15/30 = 0.5, then 6 whole months: 30,000 × 0.5 / 6.5 = 2,307.69
    const result = costed(aPlan({ nonPay: [aNonPayItem({ start: "2021-09-16", end: "2022-03-31" })] }));
    expect(months(result, "N1")[0]).toEqual(["2021-09", "2307.69"]);
    expect(componentsOf(result, "N1").total).toBe("30000.00");
  });

  it("puts a lump in its start month", () => {
    const result = costed(aPlan({ nonPay: [aNonPayItem({ unitCost: "12000", phasing: "lump", start: "2021-10-15", end: "2022-03-31" })] }));
    expect(months(result, "N1").filter(([, total]) => total !== "0.00")).toEqual([["2021-10", "12000.00"]]);
  });

  it("puts a lump starting in a later year in that year only", () => {
    const result = costed(aPlan({ years: 2, funding: [], nonPay: [aNonPayItem({ unitCost: "12000", phasing: "lump", start: "2022-05-01" })] }));
    expect(componentsOf(result, "N1", 0).total).toBe("0.00");
    expect(componentsOf(result, "N1", 1).total).toBe("12000.00");
  });

  it("rounds an item spread over years cumulatively, so its years add up to its total", () => {
    // £100 over three whole years: 33.333… each → cumulative 33.33, 66.67, 100.00 → 33.33, 33.34, 33.33
    const result = costed(aPlan({ years: 3, funding: [], nonPay: [aNonPayItem({ unitCost: "100" })] }));
    expect([0, 1, 2].map((y) => componentsOf(result, "N1", y).total)).toEqual(["33.33", "33.34", "33.33"]);
  });

  it("costs only the part of an item that falls in the horizon", () => {
    // £24,000 evenly over 2021/22 and 2022/23, horizon one year: £12,000
    const result = costed(aPlan({ nonPay: [aNonPayItem({ unitCost: "24000", start: "2021-04-01", end: "2023-03-31" })] }));
    expect(componentsOf(result, "N1").total).toBe("12000.00");
  });
});
