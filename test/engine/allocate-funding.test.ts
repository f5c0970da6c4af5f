import { aNonPayItem, aPlan, aPost, costed, lineOf, pounds } from "../support/builders";

const source = (id: string, amount: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Source ${id}`,
  type: "cash",
  status: "confirmed",
  amounts: { "2021/22": amount },
  ...extra,
});
const money = (line: ReturnType<typeof lineOf>, year = 0) => {
  const f = line.years[year]?.funding;
  return { cost: pounds(f?.cost), funded: pounds(f?.funded), inKind: pounds(f?.inKind), unfunded: pounds(f?.unfunded) };
};
const allocated = (line: ReturnType<typeof lineOf>, year = 0) => Object.fromEntries((line.years[year]?.funding.allocations ?? []).map((a) => [a.source, pounds(a.allocated)]));

describe("allocateFunding", () => {
  it("splits a line between a share and an amount, leaving the rest unfunded", () => {
    // £30,000: F1 50% = £15,000, F2 £10,000 a year → £5,000 unfunded
    const result = costed(
      aPlan({
        funding: [source("F1", "100000"), source("F2", "100000")],
        nonPay: [aNonPayItem({ funding: [{ source: "F1", share: "50%" }, { source: "F2", amount: "10000" }] })],
      }),
    );
    const line = lineOf(result, "N1");
    expect(allocated(line)).toEqual({ F1: "15000.00", F2: "10000.00" });
    expect(money(line)).toEqual({ cost: "30000.00", funded: "25000.00", inKind: "0.00", unfunded: "5000.00" });
  });

  it("splits an odd penny by largest remainder, ties to the first listed", () => {
    // £100.01 at 50% / 50%: 50.005 each → 50.01 and 50.00
    const result = costed(
      aPlan({
        funding: [source("F1", "1000"), source("F2", "1000")],
        nonPay: [aNonPayItem({ unitCost: "100.01", funding: [{ source: "F1", share: "50%" }, { source: "F2", share: "50%" }] })],
      }),
    );
    expect(allocated(lineOf(result, "N1"))).toEqual({ F1: "50.01", F2: "50.00" });
  });

  it("never claims more than the line costs", () => {
    const result = costed(
      aPlan({
        funding: [source("F1", "100000"), source("F2", "100000")],
        nonPay: [aNonPayItem({ funding: [{ source: "F1", amount: "25000" }, { source: "F2", amount: "25000" }] })],
      }),
    );
    expect(allocated(lineOf(result, "N1"))).toEqual({ F1: "25000.00", F2: "5000.00" });
  });

  it("scales every claim on an over-allocated source in proportion", () => {
    // F1 has £1,000; A claims £750, B £500 (£1,250): × 0.8 → £600 and £400; £150 and £100 unfunded
    const result = costed(
      aPlan({
        funding: [source("F1", "1000")],
        nonPay: [aNonPayItem({ id: "A", unitCost: "750", funding: "F1" }), aNonPayItem({ id: "B", unitCost: "500", funding: "F1" })],
      }),
    );
    expect(money(lineOf(result, "A"))).toMatchObject({ funded: "600.00", unfunded: "150.00" });
    expect(money(lineOf(result, "B"))).toMatchObject({ funded: "400.00", unfunded: "100.00" });
    expect(result.sources[0]).toMatchObject({});
    expect(pounds(result.sources[0]?.allocated)).toBe("1000.00");
    expect(pounds(result.sources[0]?.claimed)).toBe("1250.00");
  });

  it("gives the odd penny of a scaled source to the lowest line id, whatever the order of lines", () => {
    // £100 between three equal claims: 33.333… each → 33.34 to A, 33.33 to B and C
    const items = ["C", "A", "B"].map((id) => aNonPayItem({ id, unitCost: "200", funding: "F1" }));
    const forward = costed(aPlan({ funding: [source("F1", "100")], nonPay: items }));
    const backward = costed(aPlan({ funding: [source("F1", "100")], nonPay: [...items].reverse() }));
    for (const result of [forward, backward]) {
      expect(["A", "B", "C"].map((id) => money(lineOf(result, id)).funded)).toEqual(["33.34", "33.33", "33.33"]);
    }
  });

  it("counts a secondment's unrecharged part as the releasing partner's in-kind contribution", () => {
    // Band 7 top, whole year: £57,765.13 (see cost-post tests); recharge 0% → all in kind, no cash needed
    const result = costed(aPlan({ posts: [aPost({ fill: "secondment", secondment: { from: "NHS1", recharge: "0%" } })] }));
    const line = lineOf(result, "P1");
    expect(money(line)).toEqual({ cost: "57765.13", funded: "0.00", inKind: "57765.13", unfunded: "0.00" });
    expect(line.flags).toEqual([]);
    expect(pounds(result.totals.inKindBy.get("NHS1"))).toBe("57765.13");
  });

  it("splits a part-recharged secondment into cash and in kind", () => {
    // recharge 40%: cash = 57,765.13 × 0.4 = 23,106.052 → 23,106.05; in kind 34,659.08
    const result = costed(aPlan({ posts: [aPost({ fill: "secondment", secondment: { from: "NHS1", recharge: "40%" }, funding: "F1" })] }));
    expect(money(lineOf(result, "P1"))).toEqual({ cost: "57765.13", funded: "23106.05", inKind: "34659.08", unfunded: "0.00" });
  });

  it("counts an in-kind source as in kind, not cash", () => {
    const result = costed(aPlan({ funding: [source("K", "50000", { type: "in-kind" })], nonPay: [aNonPayItem({ funding: "K" })] }));
    expect(money(lineOf(result, "N1"))).toEqual({ cost: "30000.00", funded: "0.00", inKind: "30000.00", unfunded: "0.00" });
    expect(pounds(result.totals.inKindBy.get("K"))).toBe("30000.00");
  });

  it("does not count a source the line's kind is not eligible for", () => {
    const result = costed(aPlan({ funding: [source("F1", "50000", { eligible: ["post"] })], nonPay: [aNonPayItem({ funding: "F1" })] }));
    expect(money(lineOf(result, "N1")).unfunded).toBe("30000.00");
  });

  it("does not count a source in a year it does not fund", () => {
    // two years of £30,000 a year; F1 funds 2021/22 only
    const result = costed(aPlan({ years: 2, nonPay: [aNonPayItem({ unitCost: "60000", funding: "F1" })], funding: [source("F1", "100000")] }));
    expect(money(lineOf(result, "N1"), 0).unfunded).toBe("0.00");
    expect(money(lineOf(result, "N1"), 1).unfunded).toBe("30000.00");
  });
});
