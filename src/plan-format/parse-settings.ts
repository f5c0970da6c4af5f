import { FinancialYear, formatFinancialYear } from "../engine/financial-year";
import { Ask, AskTolerance, NI_METHODS, PENSION_CHARGES, PlanSettings } from "../engine/plan";
import { ZERO } from "../engine/decimal";
import { HCAS_ZONES } from "../reference";
import { Raw, isBlank, joinPath, readBoolean, readChoice, readFinancialYear, readInteger, readMoney, readObject, readPercent, shown } from "./fields";
import type { InputErrors } from "./input-error";

/** Defaults for settings a plan leaves out (documented in docs/plan-format.md). */
export const DEFAULT_SETTINGS: PlanSettings = {
  niMethod: "monthly",
  pensionCharge: "employer",
  apprenticeshipLevy: true,
  payAward: ZERO,
  hcasZone: "none",
  payDay: 25,
};

/** Reads `settings`, filling in defaults. */
export function parseSettings(value: Raw, errors: InputErrors): PlanSettings {
  if (isBlank(value)) return DEFAULT_SETTINGS;
  const raw = readObject(value, "settings", "Settings", errors);
  if (!raw) return DEFAULT_SETTINGS;
  const field = <T>(key: string, read: (v: Raw, path: string) => T | undefined, fallback: T): T =>
    isBlank(raw[key]) ? fallback : (read(raw[key], joinPath("settings", key)) ?? fallback);
  return {
    niMethod: field("niMethod", (v, p) => readChoice(v, p, "NI method", NI_METHODS, errors), DEFAULT_SETTINGS.niMethod),
    pensionCharge: field("pensionCharge", (v, p) => readChoice(v, p, "Pension charge", PENSION_CHARGES, errors), DEFAULT_SETTINGS.pensionCharge),
    apprenticeshipLevy: field("apprenticeshipLevy", (v, p) => readBoolean(v, p, "Apprenticeship levy", errors), DEFAULT_SETTINGS.apprenticeshipLevy),
    payAward: field("payAward", (v, p) => readPercent(v, p, "Pay award", errors, { max: "0.25" }), DEFAULT_SETTINGS.payAward),
    hcasZone: field("hcasZone", (v, p) => readChoice(v, p, "HCAS zone", HCAS_ZONES, errors), DEFAULT_SETTINGS.hcasZone),
    payDay: field("payDay", (v, p) => readInteger(v, p, "Pay day", errors, { min: 1, max: 31 }), DEFAULT_SETTINGS.payDay),
  };
}

/** Reads `ask`: the stated amount, its tolerance ("5%" or an amount; exact when left out) and year (the first year by default). */
export function parseAsk(value: Raw, years: readonly FinancialYear[], errors: InputErrors): Ask | undefined {
  if (isBlank(value)) return undefined;
  const raw = readObject(value, "ask", "Ask", errors);
  if (!raw) return undefined;
  if (isBlank(raw.amount)) {
    errors.add("MISSING_FIELD", "ask.amount", "Ask amount is required: the amount the partnership will ask for");
    return undefined;
  }
  const amount = readMoney(raw.amount, "ask.amount", "Ask amount", errors, { min: 0, max: "10000000000" });
  const tolerance = parseTolerance(raw.tolerance, errors);
  let year = years[0] as FinancialYear;
  if (!isBlank(raw.year)) {
    const given = readFinancialYear(raw.year, "ask.year", "Ask year", errors);
    if (given !== undefined && !years.includes(given)) {
      errors.add("OUT_OF_RANGE", "ask.year", `Ask year must be one of the plan's years (${years.map(formatFinancialYear).join(", ")}); found ${shown(raw.year)}`);
      return undefined;
    }
    if (given === undefined) return undefined;
    year = given;
  }
  return amount && tolerance ? { amount, tolerance, year } : undefined;
}

function parseTolerance(value: Raw, errors: InputErrors): AskTolerance | undefined {
  if (isBlank(value)) return { kind: "amount", amount: ZERO };
  if (typeof value === "string" && value.trim().endsWith("%")) {
    const rate = readPercent(value, "ask.tolerance", "Ask tolerance", errors, { max: "1" });
    return rate ? { kind: "percent", rate } : undefined;
  }
  const amount = readMoney(value, "ask.tolerance", "Ask tolerance (a percentage such as \"5%\" or an amount)", errors);
  return amount ? { kind: "amount", amount } : undefined;
}
