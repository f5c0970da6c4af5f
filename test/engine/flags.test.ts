import type { FlagCode } from "../../src/engine/flags";
import { aNonPayItem, aPlan, aPost, costed, pounds } from "../support/builders";

const source = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: `Fund ${id}`, status: "confirmed", amounts: { "2021/22": "100000" }, ...extra });
const codes = (result: ReturnType<typeof costed>) => result.flags.map((f) => f.code);
const only = (result: ReturnType<typeof costed>, code: FlagCode) => result.flags.filter((f) => f.code === code);

describe("line and source flags", () => {
  it("flags an unfunded line with the amount and year", () => {
    const result = costed(aPlan({ funding: [], nonPay: [aNonPayItem({ title: "OD programme" })] }));
    expect(only(result, "UNFUNDED")).toEqual([
      expect.objectContaining({ lineId: "N1", year: "2021/22", message: "OD programme (N1) has no funding source in 2021/22: £30,000.00 unfunded" }),
    ]);
  });

  it("flags a partly funded line", () => {
    const result = costed(aPlan({ funding: [source("F1")], nonPay: [aNonPayItem({ funding: [{ source: "F1", amount: "20000" }] })] }));
    expect(only(result, "PARTLY_FUNDED")[0]?.message).toBe("OD programme (N1) is only partly funded in 2021/22: £10,000.00 of £30,000.00 unfunded");
  });

  it("flags an over-allocated source once per year, with the excess", () => {
    const result = costed(aPlan({ funding: [source("F1", { amounts: { "2021/22": "25000" } })], nonPay: [aNonPayItem({ funding: "F1" })] }));
    const [over] = only(result, "SOURCE_OVER_ALLOCATED");
    expect(over).toMatchObject({ sourceId: "F1", year: "2021/22" });
    expect(pounds(over?.amount)).toBe("5000.00");
    expect(only(result, "PARTLY_FUNDED")[0]?.message).toContain("its claim on F1 is scaled down");
  });

  it("flags a source used for a kind it cannot fund", () => {
    const result = costed(aPlan({ funding: [source("SDF", { eligible: ["non-pay"] })], posts: [aPost({ funding: "SDF" })] }));
    expect(only(result, "INELIGIBLE_SOURCE")[0]?.message).toBe("Fund SDF (SDF) cannot fund posts, so it is not counted towards Project manager (P1)");
    expect(codes(result)).toContain("UNFUNDED");
  });

  it("flags a recurrent line funded only by non-recurrent money", () => {
    const oneOff = costed(aPlan({ funding: [source("F1", { recurrent: false })], posts: [aPost({ recurrent: true, funding: "F1" })] }));
    expect(codes(oneOff)).toEqual(["RECURRENT_ON_NON_RECURRENT"]);
    const recurrentMoney = costed(aPlan({ funding: [source("F1", { recurrent: true })], posts: [aPost({ recurrent: true, funding: "F1" })] }));
    expect(codes(recurrentMoney)).toEqual([]);
  });

  it("flags cost falling in a year its source does not fund", () => {
    const result = costed(aPlan({ years: 2, funding: [source("F1")], nonPay: [aNonPayItem({ unitCost: "60000", funding: "F1" })] }));
    expect(only(result, "YEAR_NOT_FUNDED")).toEqual([expect.objectContaining({ lineId: "N1", sourceId: "F1", year: "2022/23" })]);
    expect(only(result, "UNFUNDED")[0]?.message).toBe("OD programme (N1) has none of its funding available in 2022/23: £30,000.00 unfunded");
  });

  it("notes a line that falls outside the horizon", () => {
    const result = costed(aPlan({ nonPay: [aNonPayItem({ start: "2023-04-01", end: "2024-03-31" })] }));
    expect(only(result, "OUTSIDE_HORIZON")).toEqual([expect.objectContaining({ severity: "info", lineId: "N1" })]);
  });

  it("raises nothing for a fully funded plan", () => {
    expect(costed(aPlan({ posts: [aPost({ funding: "F1" })] })).flags).toEqual([]);
  });
});

describe("checkAsk", () => {
  const askPlan = (ask: Record<string, unknown>) =>
    costed(
      aPlan({
        ask,
        funding: [source("CONF"), source("ASK", { status: "requested", amounts: { "2021/22": "1000000" } })],
        nonPay: [
          aNonPayItem({ id: "N1", unitCost: "30000", funding: "CONF" }), // confirmed: not in the ask
          aNonPayItem({ id: "N2", unitCost: "20000", funding: "ASK" }), // requested: in the ask
          aNonPayItem({ id: "N3", unitCost: "5000" }), // unfunded: in the ask
        ],
      }),
    );

  it("counts requested and unfunded cash in the ask, not confirmed money", () => {
    // calculated = 20,000 (requested) + 5,000 (unfunded) = 25,000; variance 25,000 − 24,000 = +1,000; 5% of 24,000 = 1,200
    const result = askPlan({ amount: "24000", tolerance: "5%" });
    expect(result.ask).toBeDefined();
    const ask = result.ask as NonNullable<typeof result.ask>;
    expect([ask.calculated, ask.variance, ask.tolerance].map((d) => pounds(d))).toEqual(["25000.00", "1000.00", "1200.00"]);
    expect(ask.withinTolerance).toBe(true);
    expect(codes(result)).not.toContain("ASK_OUTSIDE_TOLERANCE");
  });

  it("flags an ask outside its tolerance, saying by how much and which way", () => {
    const result = askPlan({ amount: "30000", tolerance: "1000" });
    expect(pounds(result.ask?.variance)).toBe("-5000.00");
    expect(result.ask?.withinTolerance).toBe(false);
    expect(only(result, "ASK_OUTSIDE_TOLERANCE")[0]?.message).toBe(
      "The costs need £25,000.00 from the ask in 2021/22, £5,000.00 less than the stated ask of £30,000.00; the tolerance is £1,000.00",
    );
  });

  it("treats a variance exactly at the tolerance as within it", () => {
    expect(askPlan({ amount: "24000", tolerance: "1000" }).ask?.withinTolerance).toBe(true);
  });

  it("leaves in-kind secondments out of the ask", () => {
    const result = costed(
      aPlan({ ask: { amount: "0" }, funding: [], posts: [aPost({ fill: "secondment", secondment: { from: "NHS1", recharge: "0%" } })] }),
    );
    expect(pounds(result.ask?.calculated)).toBe("0.00");
    expect(result.ask?.withinTolerance).toBe(true);
  });
});
