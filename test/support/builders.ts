import { formatPennies } from "../../src/engine/pennies";
import { costPlan } from "../../src/engine/cost-plan";
import type { Plan } from "../../src/engine/plan";
import type { PlanResult } from "../../src/engine/result";
import { parsePlan } from "../../src/plan-format/parse-plan";

/**
 * Typed builders for plans in the plan format (raw JSON objects, as a user would write them):
 * each gives a small valid default that a test overrides field by field.
 */
export type RawPlan = Record<string, unknown>;
export type RawLine = Record<string, unknown>;

export function aPlan(overrides: RawPlan = {}): RawPlan {
  return {
    format: "resourcing-plan/1",
    name: "Test plan",
    startYear: "2021/22",
    years: 1,
    settings: { niMethod: "monthly", pensionCharge: "employer", apprenticeshipLevy: true, payAward: "3%", hcasZone: "none" },
    employers: [
      { id: "NHS1", name: "An NHS trust", pension: { scheme: "NHS" } },
      { id: "LA1", name: "A council", pension: { scheme: "LGPS", rate: "18.8%" } },
    ],
    posts: [],
    gpBackfill: [],
    nonPay: [],
    funding: [{ id: "F1", name: "Confirmed fund", type: "cash", status: "confirmed", amounts: { "2021/22": "10000000" }, recurrent: true }],
    ...overrides,
  };
}

export function aPost(overrides: RawLine = {}): RawLine {
  return { id: "P1", title: "Project manager", employer: "NHS1", pay: { band: "7", point: "top" }, fte: "1", ...overrides };
}

export function aBackfill(overrides: RawLine = {}): RawLine {
  return { id: "G1", title: "GP backfill", count: 1, sessionsPerWeek: "1", weeksPerYear: "42", ratePerSession: "309", ...overrides };
}

export function aNonPayItem(overrides: RawLine = {}): RawLine {
  return { id: "N1", title: "OD programme", quantity: "1", unitCost: "30000", ...overrides };
}

/** Parses a raw plan, failing the test with every message if it has errors. */
export function planOf(raw: RawPlan): Plan {
  const parsed = parsePlan(raw);
  if (!parsed.plan) throw new Error(`plan has errors:\n${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  return parsed.plan;
}

/** Parses and costs a raw plan. */
export function costed(raw: RawPlan): PlanResult {
  return costPlan(planOf(raw));
}

/** Pennies as the result format prints them ("45839.00"), for readable expectations. */
export function pounds(amount: number | undefined): string | undefined {
  return amount === undefined ? undefined : formatPennies(amount);
}

/** The first line of a costed plan with the given id. */
export function lineOf(result: PlanResult, id: string) {
  const line = result.lines.find((l) => l.line.id === id);
  if (!line) throw new Error(`no line ${id}`);
  return line;
}

/** A line-year's components as strings with two decimals, for readable expectations. */
export function componentsOf(result: PlanResult, id: string, yearIndex = 0): Record<string, string> {
  const year = lineOf(result, id).years[yearIndex];
  if (!year) throw new Error(`no year ${yearIndex}`);
  const out: Record<string, string> = { total: formatPennies(year.cost.total) };
  for (const component of year.cost.components) out[component.name] = formatPennies(component.shown);
  return out;
}
