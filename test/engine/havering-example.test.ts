import { costPlan } from "../../src/engine/cost-plan";
import { haveringExample } from "../../src/example/havering";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { componentsOf, pounds } from "../support/builders";

/**
 * The built-in example, checked line by line against hand arithmetic from the 2021/22 figures:
 * AfC band 8a top £53,219, band 7 top £45,839, band 6 top £39,027; outer-London HCAS 15% capped
 * at £4,967; employer NI 13.8% over £737 a month; NHS pension 14.38%; LGPS assumed 18.8%;
 * levy 0.5%.
 */
const parsed = parsePlan(haveringExample());
const result = costPlan(parsed.plan as NonNullable<typeof parsed.plan>);

describe("the Havering example", () => {
  it("is a valid plan", () => {
    expect(parsed.errors).toEqual([]);
  });

  it("costs the senior project manager (band 8a top, outer London, July–March)", () => {
    // basic 53,219 × 9/12 = 39,914.25; HCAS min(7,982.85, 4,967) × 9/12 = 3,725.25
    // NI ((53,219 + 4,967)/12 − 737) × 13.8% = 567.433 → 567.43 × 9 = 5,106.87
    // pension 43,639.50 × 14.38% = 6,275.3601 → 6,275.36; levy 218.1975 → 218.20
    expect(componentsOf(result, "P1")).toEqual({ total: "55239.93", basic: "39914.25", hcas: "3725.25", employerNI: "5106.87", pension: "6275.36", levy: "218.20" });
  });

  it("costs the two project managers (band 7 top, outer London, August–March)", () => {
    // basic 45,839 × 2 × 8/12 = 61,118.6666… → 61,118.67; HCAS 4,967 × 2 × 8/12 = 6,622.67
    // NI (50,806/12 − 737) × 13.8% = 482.563 → 482.56 × 8 months × 2 people = 7,720.96
    // pension 67,741.333… × 14.38% = 9,741.2037 → 9,741.20; levy 338.7067 → 338.71
    expect(componentsOf(result, "P2")).toEqual({ total: "85542.21", basic: "61118.67", hcas: "6622.67", employerNI: "7720.96", pension: "9741.20", levy: "338.71" });
  });

  it("costs the data analyst (band 6 top, outer London, August–March)", () => {
    // basic 39,027 × 8/12 = 26,018.00; HCAS min(5,854.05, 4,967) × 8/12 = 3,311.33
    // NI (43,994/12 − 737) × 13.8% = 404.225 exactly → 404.22 (halfpenny down) × 8 = 3,233.76
    // pension 29,329.333… × 14.38% = 4,217.558 → 4,217.56; levy 146.6467 → 146.65
    expect(componentsOf(result, "P3")).toEqual({ total: "36927.30", basic: "26018.00", hcas: "3311.33", employerNI: "3233.76", pension: "4217.56", levy: "146.65" });
  });

  it("costs the community engagement specialist (council spot salary, LGPS, August–March)", () => {
    // basic 42,000 × 8/12 = 28,000.00; NI (3,500 − 737) × 13.8% = 381.294 → 381.29 × 8 = 3,050.32
    // pension 28,000 × 18.8% = 5,264.00; levy 140.00
    expect(componentsOf(result, "P5")).toEqual({ total: "36454.32", basic: "28000.00", hcas: "0.00", employerNI: "3050.32", pension: "5264.00", levy: "140.00" });
  });

  it("costs GP backfill, the consultation and the OD programme", () => {
    expect(componentsOf(result, "G1").total).toBe("68134.50"); // 7 × 1 × 42 × 309 × 9/12
    expect(componentsOf(result, "N1").total).toBe("15000.00"); // 12,500 + 20% VAT
    expect(componentsOf(result, "N2").total).toBe("30000.00");
  });

  it("totals £327,298.26 and asks for £272,058.33, within 5% of the stated £270,000", () => {
    // 55,239.93 + 85,542.21 + 36,927.30 + 36,454.32 + 68,134.50 + 15,000 + 30,000 = 327,298.26
    // the ask leaves out the CCG-funded senior project manager: 327,298.26 − 55,239.93 = 272,058.33
    expect(pounds(result.totals.all.cost)).toBe("327298.26");
    expect(pounds(result.ask?.calculated)).toBe("272058.33");
    expect(pounds(result.ask?.variance)).toBe("2058.33");
    expect(pounds(result.ask?.tolerance)).toBe("13500.00");
    expect(result.ask?.withinTolerance).toBe(true);
  });

  it("flags the ask source as over-allocated and the recurrent posts on one-year money", () => {
    const codes = result.flags.map((f) => `${f.code}:${f.lineId ?? f.sourceId}`);
    expect(codes).toContain("SOURCE_OVER_ALLOCATED:ASK");
    expect(codes.filter((c) => c.startsWith("RECURRENT_ON_NON_RECURRENT")).sort()).toEqual([
      "RECURRENT_ON_NON_RECURRENT:P2",
      "RECURRENT_ON_NON_RECURRENT:P3",
      "RECURRENT_ON_NON_RECURRENT:P5",
    ]);
    expect(codes).not.toContain("RECURRENT_ON_NON_RECURRENT:P1");
  });

  it("gives the full-year effect of the recurrent posts", () => {
    // P2 for a whole year: basic 91,678 + HCAS 9,934 + NI 482.56 × 12 × 2 = 11,581.44
    //   + pension 101,612 × 14.38% = 14,611.8056 → 14,611.81 + levy 508.06 = 128,313.31
    const p2 = result.lines.find((l) => l.line.id === "P2");
    expect(pounds(p2?.fye.get(2021))).toBe("128313.31");
    const g1 = result.lines.find((l) => l.line.id === "G1");
    expect(g1?.fye.size).toBe(0); // not recurrent
  });
});
