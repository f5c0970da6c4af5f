import { aPlan, aPost, componentsOf, costed } from "../support/builders";

/**
 * Post costing, worked by hand from the published figures:
 * AfC 2021/22 band 7 top £45,839, band 5 top £31,534, band 2 entry £18,546; 2022/23 band 7 top
 * £47,672. Employer NI 2021/22 13.8% over £737 a month (£8,840 a year); 2022/23 15.05% for pay
 * dates to 5 November 2022 then 13.8%, over £758 a month (£9,100 a year; annual-method rate
 * 14.53%). NHS pension employer share 14.38%; apprenticeship levy 0.5%. Pay day the 25th.
 */
const plan = (post: Record<string, unknown>, settings: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  costed(aPlan({ posts: [aPost(post)], settings: { ...(aPlan().settings as object), ...settings }, ...extra }));

describe("costPostYear", () => {
  it("costs a whole year at £45,839 as £45,839.00 basic, not twelve rounded months' £45,839.04", () => {
    // basic 45,839.00 (one rounding of the exact year, not 12 × 3,819.92)
    // NI: (45,839 / 12 − 737) × 13.8% = 3,082.9166… × 0.138 = 425.4425 → 425.44 a month × 12 = 5,105.28
    // pension 45,839 × 14.38% = 6,591.6482 → 6,591.65; levy 45,839 × 0.5% = 229.195 → 229.20 (half up)
    // total 45,839.00 + 5,105.28 + 6,591.65 + 229.20 = 57,765.13
    expect(componentsOf(plan({}), "P1")).toEqual({
      total: "57765.13",
      basic: "45839.00",
      hcas: "0.00",
      employerNI: "5105.28",
      pension: "6591.65",
      levy: "229.20",
    });
  });

  it("costs a part-month start pro rata by calendar days: 15 July is 17 of 31 days", () => {
    // basic: 45,839 × (8 + 17/31) / 12 = 30,559.3333… + 2,094.7930… = 32,654.1263… → 32,654.13
    // NI July: (2,094.7930… − 737) × 13.8% = 187.3754… → 187.38 (the full monthly threshold applies in a part month)
    //    Aug–Mar: 8 × 425.44 = 3,403.52; NI = 3,590.90
    // pension 32,654.1263… × 14.38% = 4,695.6634… → 4,695.66; levy × 0.5% = 163.2706… → 163.27
    // total 32,654.13 + 3,590.90 + 4,695.66 + 163.27 = 41,103.96
    expect(componentsOf(plan({ start: "2021-07-15" }), "P1")).toEqual({
      total: "41103.96",
      basic: "32654.13",
      hcas: "0.00",
      employerNI: "3590.90",
      pension: "4695.66",
      levy: "163.27",
    });
  });

  it("charges NI per person on a two-person line: two thresholds, not one", () => {
    // Band 5 top 31,534; 2 people at 0.5 FTE. Each earns 31,534 × 0.5 / 12 = 1,313.9166… a month.
    // NI each: (1,313.9166… − 737) × 13.8% = 79.6145 → 79.61; × 2 people × 12 months = 1,910.64
    // (one person at 1.0 FTE would pay (2,627.83 − 737) × 13.8% × 12 = 3,131.20).
    // basic 31,534 × 0.5 × 2 = 31,534.00; pension × 14.38% = 4,534.5892 → 4,534.59; levy 157.67
    const result = plan({ pay: { band: "5", point: "top" }, count: 2, fte: "0.5" });
    expect(componentsOf(result, "P1")).toEqual({
      total: "38136.90",
      basic: "31534.00",
      hcas: "0.00",
      employerNI: "1910.64",
      pension: "4534.59",
      levy: "157.67",
    });
  });

  it("caps outer-London HCAS at the year's maximum", () => {
    // 15% × 45,839 = 6,875.85, above the 2021/22 outer maximum of 4,967 → 4,967.00
    // NI: ((45,839 + 4,967) / 12 − 737) × 13.8% = 3,496.8333… × 0.138 = 482.563 → 482.56 × 12 = 5,790.72
    // pension 50,806 × 14.38% = 7,305.9028 → 7,305.90; levy 50,806 × 0.5% = 254.03
    // total 45,839.00 + 4,967.00 + 5,790.72 + 7,305.90 + 254.03 = 64,156.65
    expect(componentsOf(plan({ hcasZone: "outer" }), "P1")).toEqual({
      total: "64156.65",
      basic: "45839.00",
      hcas: "4967.00",
      employerNI: "5790.72",
      pension: "7305.90",
      levy: "254.03",
    });
  });

  it("raises outer-London HCAS to the year's minimum", () => {
    // Band 2 entry 18,546 × 15% = 2,781.90, below the 2021/22 outer minimum of 3,898 → 3,898.00
    expect(componentsOf(plan({ pay: { band: "2", point: "entry" }, hcasZone: "outer" }), "P1").hcas).toBe("3898.00");
  });

  it("pro-rates the clamped full-time HCAS for part-time staff", () => {
    // full time: min(6,875.85, 4,967) = 4,967; at 0.5 FTE 2,483.50
    expect(componentsOf(plan({ hcasZone: "outer", fte: "0.5" }), "P1").hcas).toBe("2483.50");
  });

  it("applies 2022/23's NI rise and its reversal by pay date", () => {
    // Band 7 top 2022/23 47,672 → 3,972.6666… a month; above £758: 3,214.6666…
    // Apr–Oct (pay dates 25 Apr … 25 Oct): × 15.05% = 483.8073… → 483.81; × 7 = 3,386.67
    // Nov–Mar (from 6 Nov 2022):          × 13.8%  = 443.6240  → 443.62; × 5 = 2,218.10
    // NI = 5,604.77
    const result = plan({}, {}, { startYear: "2022/23", funding: [] });
    expect(componentsOf(result, "P1").employerNI).toBe("5604.77");
  });

  it("uses the regime of each pay date's tax year: paid on the 5th, April falls in the old tax year", () => {
    // Pay day 5: 5 Apr 2022 is in tax year 2021/22: (3,972.6666… − 737) × 13.8% = 446.522 → 446.52
    // 5 May … 5 Nov are before 6 Nov: 7 × 483.81 = 3,386.67; Dec–Mar 4 × 443.62 = 1,774.48
    // NI = 446.52 + 3,386.67 + 1,774.48 = 5,607.67
    const result = plan({}, { payDay: 5 }, { startYear: "2022/23", funding: [] });
    expect(componentsOf(result, "P1").employerNI).toBe("5607.67");
  });

  it("costs NI by the annual method when the plan says so", () => {
    // 2021/22: (45,839 − 8,840) × 13.8% = 36,999 × 0.138 = 5,105.862 → 5,105.86 (monthly method: 5,105.28)
    expect(componentsOf(plan({}, { niMethod: "annual" }), "P1").employerNI).toBe("5105.86");
    // 2022/23 at HMRC's blended 14.53%: (47,672 − 9,100) × 0.1453 = 5,604.5116 → 5,604.51
    expect(componentsOf(plan({}, { niMethod: "annual" }, { startYear: "2022/23", funding: [] }), "P1").employerNI).toBe("5604.51");
  });

  it("pro-rates the annual-method NI with the pay for a part year", () => {
    // 5,105.862 × 6/12 (October to March) = 2,552.931 → 2,552.93
    expect(componentsOf(plan({ start: "2021-10-01" }, { niMethod: "annual" }), "P1").employerNI).toBe("2552.93");
  });

  it("charges pension at the employer's LGPS rate", () => {
    // 45,839 × 18.8% = 8,617.732 → 8,617.73
    expect(componentsOf(plan({ employer: "LA1" }), "P1").pension).toBe("8617.73");
  });

  it("charges the full NHS employer rate when the plan costs full economic cost", () => {
    // 2021/22 full rate 20.68%: 45,839 × 0.2068 = 9,479.5052 → 9,479.51
    expect(componentsOf(plan({}, { pensionCharge: "full" }), "P1").pension).toBe("9479.51");
    // from 2024/25 23.78%: band 7 top 2024/25 52,809 × 0.2378 = 12,557.9802 → 12,557.98
    expect(componentsOf(plan({}, { pensionCharge: "full" }, { startYear: "2024/25", funding: [] }), "P1").pension).toBe("12557.98");
  });

  it("leaves out pension and levy when told to", () => {
    const result = plan({ pension: "none" }, { apprenticeshipLevy: false });
    expect(componentsOf(result, "P1")).toMatchObject({ pension: "0.00", levy: "0.00" });
  });

  it("costs a spot salary, uplifted by the assumed award in later years", () => {
    // 2021/22: 52,000; 2022/23: 52,000 × 1.03 = 53,560
    const result = plan({ pay: { salary: "52000" } }, {}, { years: 2, funding: [] });
    expect(componentsOf(result, "P1", 0).basic).toBe("52000.00");
    expect(componentsOf(result, "P1", 1).basic).toBe("53560.00");
    expect(result.assumptions.map((a) => a.subject)).toContain("spot salary");
  });

  it("costs the mid-point of a band as halfway between entry and top", () => {
    // band 7 2021/22: (40,057 + 45,839) / 2 = 42,948
    expect(componentsOf(plan({ pay: { band: "7", point: "mid" } }), "P1").basic).toBe("42948.00");
  });

  it("costs the intermediate point where the band has one", () => {
    expect(componentsOf(plan({ pay: { band: "7", point: "intermediate" } }), "P1").basic).toBe("42121.00");
  });

  it("uplifts the last published scale by the assumed award for a year with none, to whole pounds", () => {
    // 2026/27: band 7 top 54,710 × 1.03 = 56,351.30 → 56,351
    const result = plan({}, {}, { startYear: "2026/27", funding: [] });
    expect(componentsOf(result, "P1").basic).toBe("56351.00");
    expect(result.assumptions.some((a) => a.subject === "pay scales" && a.message.startsWith("2026/27"))).toBe(true);
    expect(result.assumptions.some((a) => a.subject === "employer NI")).toBe(true);
  });

  it("uses a plan's pay scale override in place of the published figure", () => {
    const result = plan({}, {}, { payScales: [{ year: "2021/22", band: "7", points: { top: "46000" } }] });
    expect(componentsOf(result, "P1").basic).toBe("46000.00");
  });

  it("costs a secondment with the releasing employer's on-costs", () => {
    // Seconded from the council: LGPS 18.8% even though the post sits with an NHS partner.
    const result = plan({ employer: "NHS1", fill: "secondment", secondment: { from: "LA1", recharge: "100%" } });
    expect(componentsOf(result, "P1").pension).toBe("8617.73");
  });
});
