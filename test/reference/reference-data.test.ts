import { Decimal } from "../../src/engine/decimal";
import { AFC_BANDS, BUILT_IN_REFERENCE, Figure } from "../../src/reference";

function allFigures(): Figure[] {
  const figures: Figure[] = [BUILT_IN_REFERENCE.apprenticeshipLevy];
  for (const scale of BUILT_IN_REFERENCE.payScales.values()) for (const band of AFC_BANDS) figures.push(...Object.values(scale[band]));
  for (const year of BUILT_IN_REFERENCE.hcas.values()) for (const zone of Object.values(year)) figures.push(zone.percent, zone.minimum, zone.maximum);
  for (const year of BUILT_IN_REFERENCE.employerNI.values()) figures.push(...year.rates.map((r) => r.rate), year.monthlyThreshold, year.annualThreshold, year.annualRate);
  for (const year of BUILT_IN_REFERENCE.nhsPension.values()) figures.push(year.employer, year.full);
  return figures;
}

describe("built-in reference data", () => {
  it("gives every figure a plain decimal value, a verification tag and a source", () => {
    const figures = allFigures();
    expect(figures.length).toBeGreaterThan(150);
    for (const figure of figures) {
      expect(figure.value).toMatch(/^\d+(\.\d+)?$/);
      expect(["O", "3P", "D", "U"]).toContain(figure.tag);
      expect(figure.source.length).toBeGreaterThan(10);
    }
  });

  it("covers every band in every year 2021/22 to 2025/26, points in order", () => {
    expect([...BUILT_IN_REFERENCE.payScales.keys()]).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const scale of BUILT_IN_REFERENCE.payScales.values()) {
      for (const band of AFC_BANDS) {
        const { entry, intermediate, top } = scale[band];
        const points = [entry, intermediate, top].filter((p): p is Figure => p !== undefined).map((p) => Number(p.value));
        expect(points).toEqual([...points].sort((a, b) => a - b));
      }
    }
  });

  it("has the published 2021/22 band 7 points (NHS Employers, annual pay scales 2021/22)", () => {
    const band7 = BUILT_IN_REFERENCE.payScales.get(2021)?.["7"];
    expect([band7?.entry.value, band7?.intermediate?.value, band7?.top.value]).toEqual(["40057", "42121", "45839"]);
    expect(band7?.top.tag).toBe("O");
  });

  it("has 2025/26 points within £1 of 2024/25 × 1.036 (the 3.6% award)", () => {
    const before = BUILT_IN_REFERENCE.payScales.get(2024);
    const after = BUILT_IN_REFERENCE.payScales.get(2025);
    for (const band of AFC_BANDS) {
      for (const point of ["entry", "intermediate", "top"] as const) {
        const was = before?.[band][point];
        const is = after?.[band][point];
        if (!was || !is) continue;
        const gap = new Decimal(was.value).times("1.036").minus(is.value).abs();
        expect(`${band} ${point}: ${gap.lessThan(1)}`).toBe(`${band} ${point}: true`);
      }
    }
  });

  it("keeps HCAS minimum below maximum and the percentages at 5%, 15%, 20%", () => {
    for (const year of BUILT_IN_REFERENCE.hcas.values()) {
      expect([year.fringe.percent.value, year.outer.percent.value, year.inner.percent.value]).toEqual(["0.05", "0.15", "0.20"]);
      for (const zone of Object.values(year)) expect(Number(zone.minimum.value)).toBeLessThan(Number(zone.maximum.value));
    }
  });

  it("records 2022/23's mid-year NI change and HMRC's blended annual rate", () => {
    const ni = BUILT_IN_REFERENCE.employerNI.get(2022);
    expect(ni?.rates.map((r) => [r.from, r.rate.value])).toEqual([
      ["2022-04-06", "0.1505"],
      ["2022-11-06", "0.138"],
    ]);
    expect(ni?.annualRate.value).toBe("0.1453");
  });
});
