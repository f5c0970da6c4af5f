import { dayOf } from "../../src/engine/calendar";
import { Decimal } from "../../src/engine/decimal";
import { annualEmployerNI, monthlyEmployerNI, monthlyTermsOn, payDate, taxYearOf } from "../../src/engine/employer-ni";
import { RateBook } from "../../src/engine/rates";
import { compareRatio, ratioOf } from "../../src/engine/ratio";
import { DEFAULT_SETTINGS } from "../../src/plan-format/parse-settings";
import { BUILT_IN_REFERENCE } from "../../src/reference";
import { aPlan, aPost, componentsOf, costed, lineOf, pounds } from "../support/builders";

const rates = () => new RateBook(BUILT_IN_REFERENCE, { payScales: [], hcas: [], employerNI: [], nhsPension: [], settings: DEFAULT_SETTINGS });
const ni = (earnings: string, year: number, month: number, day = 25) => pounds(monthlyEmployerNI(ratioOf(new Decimal(earnings)), monthlyTermsOn(dayOf(year, month, day), rates())));

describe("taxYearOf", () => {
  it("starts the tax year on 6 April", () => {
    expect(taxYearOf(dayOf(2022, 4, 5))).toBe(2021);
    expect(taxYearOf(dayOf(2022, 4, 6))).toBe(2022);
  });
});

describe("payDate", () => {
  it("uses the month's last day when the pay day is past it", () => {
    expect(payDate({ year: 2022, month: 2 }, 30)).toBe(dayOf(2022, 2, 28));
  });
});

describe("monthlyEmployerNI", () => {
  // Published third-party worked examples for one employee paid £2,500 and £5,000 a month:
  // 2024/25 (13.8% over £758) and 2025/26 (15% over £417).
  it("charges 13.8% over £758 in 2024/25: £2,500 → (2,500 − 758) × 13.8% = 240.396 → £240.40", () => {
    expect(ni("2500", 2024, 6)).toBe("240.40");
    expect(ni("5000", 2024, 6)).toBe("585.40");
  });

  it("charges 15% over £417 in 2025/26: £2,500 → (2,500 − 417) × 15% = £312.45", () => {
    expect(ni("2500", 2025, 6)).toBe("312.45");
    expect(ni("5000", 2025, 6)).toBe("687.45");
  });

  it("charges nothing up to the threshold", () => {
    expect(ni("737", 2021, 6)).toBe("0.00");
    expect(ni("500", 2021, 6)).toBe("0.00");
  });

  it("switches from 15.05% to 13.8% for pay dates from 6 November 2022", () => {
    // (1,758 − 758) × 15.05% = 150.50; × 13.8% = 138.00
    expect(ni("1758", 2022, 11, 5)).toBe("150.50");
    expect(ni("1758", 2022, 11, 6)).toBe("138.00");
  });

  it("rounds a halfpenny down, as HMRC's exact percentage method does", () => {
    // (1,062.25 − 737) × 13.8% = 325.25 × 0.138 = 44.8845 → 44.88; (1,099.50 − 737) × 13.8% = 50.025 → 50.02
    expect(ni("1062.25", 2021, 6)).toBe("44.88");
    expect(ni("1099.50", 2021, 6)).toBe("50.02");
  });
});

describe("annualEmployerNI", () => {
  it("charges the annual rate above the annual threshold, unrounded", () => {
    // (45,839 − 8,840) × 13.8% = 5,105.862
    expect(compareRatio(annualEmployerNI(ratioOf(new Decimal("45839")), 2021, rates()), ratioOf(new Decimal("5105.862")))).toBe(0);
  });
});

describe("employer NI through a plan", () => {
  it("rounds an exact halfpenny down even when the month's earnings are a recurring decimal", () => {
    // Spot salary £20,263.20 from 6 April 2024: April is 25 of 30 days, earnings 20,263.20 × 25/30 / 12
    // = 1,407.1666…; (1,407.1666… − 758) × 13.8% = 89.585 exactly → 89.58. (Dividing to 40 digits
    // gives 89.58500…005 and the wrong 89.59: see ratio.ts.) May–March: (1,688.60 − 758) × 13.8%
    // = 128.4228 → 128.42 × 11 = 1,412.62; NI = 89.58 + 1,412.62 = 1,502.20
    const result = costed(aPlan({ startYear: "2024/25", funding: [], posts: [aPost({ pay: { salary: "20263.20" }, start: "2024-04-06" })] }));
    const ni = lineOf(result, "P1").years[0]?.cost.components.find((c) => c.name === "employerNI");
    expect(ni?.kind === "by-month" ? pounds(ni.months[0]) : undefined).toBe("89.58");
    expect(componentsOf(result, "P1").employerNI).toBe("1502.20");
  });

  it("costs a £30,000 spot salary in 2024/25 at 12 × £240.40 = £2,884.80", () => {
    const result = costed(aPlan({ startYear: "2024/25", posts: [aPost({ pay: { salary: "30000" } })], funding: [] }));
    expect(componentsOf(result, "P1").employerNI).toBe("2884.80");
  });

  it("rounds a data analyst's exact halfpenny down: band 6 top + outer HCAS, 2021/22", () => {
    // (39,027 + 4,967) / 12 − 737 = 2,929.1666…; × 13.8% = 404.225 exactly → 404.22 (half-up would give 404.23); × 12 = 4,850.64
    const result = costed(aPlan({ posts: [aPost({ pay: { band: "6", point: "top" }, hcasZone: "outer" })] }));
    expect(componentsOf(result, "P1").employerNI).toBe("4850.64");
  });
});
