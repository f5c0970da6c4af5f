import type { Decimal } from "../engine/decimal";
import type { EmployerNIOverride, HcasOverride, NhsPensionOverride, PayScaleOverride } from "../engine/plan";
import { HCAS_ZONES, PayingZone } from "../reference";
import { Raw, RawObject, isBlank, joinPath, readBand, readChoice, readFinancialYear, readList, readMoney, readObject, readPercent, requiredField } from "./fields";
import type { InputErrors } from "./input-error";

/**
 * Reads the plan's overrides of the built-in reference data: pay scales, HCAS, employer NI and
 * NHS pension rates for a year. Each replaces the built-in figure for that year only.
 */
export function parsePayScaleOverrides(value: Raw, errors: InputErrors): PayScaleOverride[] {
  return eachObject(value, "payScales", "Pay scales", errors, (raw, path) => {
    const year = requiredField(raw.year, joinPath(path, "year"), "Year is required", errors, (v) => readFinancialYear(v, joinPath(path, "year"), "Year", errors));
    const band = readBand(raw.band, joinPath(path, "band"), errors);
    const pointsRaw = readObject(raw.points, joinPath(path, "points"), "Points ({ entry, intermediate, top })", errors);
    if (year === undefined || !band || !pointsRaw) return undefined;
    const points: { entry?: Decimal; intermediate?: Decimal; top?: Decimal } = {};
    let ok = true;
    for (const key of ["entry", "intermediate", "top"] as const) {
      if (isBlank(pointsRaw[key])) continue;
      const amount = readMoney(pointsRaw[key], joinPath(path, `points.${key}`), `Band ${band} ${key} salary`, errors, { min: 1, max: "1000000" });
      if (amount) points[key] = amount;
      else ok = false;
    }
    return ok ? { year, band, points } : undefined;
  });
}

export function parseHcasOverrides(value: Raw, errors: InputErrors): HcasOverride[] {
  const zones = HCAS_ZONES.filter((zone): zone is PayingZone => zone !== "none");
  return eachObject(value, "hcas", "HCAS", errors, (raw, path) => {
    const year = readFinancialYear(raw.year, joinPath(path, "year"), "Year", errors);
    const zone = readChoice(raw.zone, joinPath(path, "zone"), "HCAS zone", zones, errors);
    const percent = readPercent(raw.percent, joinPath(path, "percent"), "HCAS percentage", errors, { max: "0.5" });
    const minimum = readMoney(raw.minimum, joinPath(path, "minimum"), "HCAS minimum", errors, { min: 0, max: 100000 });
    const maximum = readMoney(raw.maximum, joinPath(path, "maximum"), "HCAS maximum", errors, { min: 0, max: 100000 });
    if (minimum && maximum && maximum.lessThan(minimum)) errors.add("OUT_OF_RANGE", joinPath(path, "maximum"), "HCAS maximum must not be below the minimum");
    if (year === undefined || !zone || !percent || !minimum || !maximum || maximum.lessThan(minimum)) return undefined;
    return { year, zone, percent, minimum, maximum };
  });
}

export function parseEmployerNIOverrides(value: Raw, errors: InputErrors): EmployerNIOverride[] {
  return eachObject(value, "employerNI", "Employer NI", errors, (raw, path) => {
    const year = readFinancialYear(raw.year, joinPath(path, "year"), "Tax year", errors);
    const rate = readPercent(raw.rate, joinPath(path, "rate"), "NI rate", errors, { max: "0.5" });
    const monthlyThreshold = readMoney(raw.monthlyThreshold, joinPath(path, "monthlyThreshold"), "Monthly threshold", errors, { min: 0, max: 100000 });
    const annualThreshold = readMoney(raw.annualThreshold, joinPath(path, "annualThreshold"), "Annual threshold", errors, { min: 0, max: 1000000 });
    if (year === undefined || !rate || !monthlyThreshold || !annualThreshold) return undefined;
    return { year, rate, monthlyThreshold, annualThreshold };
  });
}

export function parseNhsPensionOverrides(value: Raw, errors: InputErrors): NhsPensionOverride[] {
  return eachObject(value, "nhsPension", "NHS pension", errors, (raw, path) => {
    const year = readFinancialYear(raw.year, joinPath(path, "year"), "Year", errors);
    const employer = readPercent(raw.employer, joinPath(path, "employer"), "NHS pension employer rate", errors, { max: "0.5" });
    const full = readPercent(raw.full, joinPath(path, "full"), "NHS pension full rate", errors, { max: "0.5" });
    if (year === undefined || !employer || !full) return undefined;
    return { year, employer, full };
  });
}

function eachObject<T>(value: Raw, path: string, name: string, errors: InputErrors, read: (raw: RawObject, path: string) => T | undefined): T[] {
  const results: T[] = [];
  (readList(value, path, name, errors) ?? []).forEach((item, index) => {
    const itemPath = joinPath(path, index);
    const raw = readObject(item, itemPath, `A ${name} entry`, errors);
    const parsed = raw ? read(raw, itemPath) : undefined;
    if (parsed) results.push(parsed);
  });
  return results;
}
