import { BUILT_IN_REFERENCE, ReferenceData } from "../reference";
import { allocateFunding } from "./allocate-funding";
import { checkAsk } from "./check-ask";
import { checkLineFunding, checkSourceAllocation, describeLine } from "./check-funding";
import { costLineYear, fullYearEffect } from "./cost-line";
import type { CostingContext } from "./costing-context";
import { FinancialYear, horizonYears } from "./financial-year";
import { Flag, flag } from "./flags";
import { Pennies, sumPennies } from "./pennies";
import { Plan, linesOf } from "./plan";
import { RateBook } from "./rates";
import type { LineResult, PlanResult, SourceResult } from "./result";
import { totalOf, totalPlan } from "./totals";

const NO_FYE: ReadonlyMap<FinancialYear, Pennies> = new Map();

/**
 * Costs a validated plan: every line in every year of the horizon, then funding allocated, then
 * the checks. Pure: the same plan gives the same result.
 */
export function costPlan(plan: Plan, reference: ReferenceData = BUILT_IN_REFERENCE): PlanResult {
  const years = horizonYears(plan.startYear, plan.years);
  const rates = new RateBook(reference, plan);
  const context: CostingContext = { rates, settings: plan.settings, employers: new Map(plan.employers.map((e) => [e.id, e])), postYears: new Map() };
  const lines = linesOf(plan);

  const costs = lines.map((line) => years.map((year) => costLineYear(line, year, context)));
  const allocation = allocateFunding(
    lines.map((line, i) => ({ line, yearCosts: (costs[i] ?? []).map((cost) => cost.total) })),
    plan.funding,
    years,
  );

  const sourceById = new Map(plan.funding.map((source) => [source.id, source]));
  const sourceYears = new Map(plan.funding.map((source, s) => [source.id, allocation.sources[s] ?? []]));
  const lineResults: LineResult[] = lines.map((line, i) => {
    const yearCosts = costs[i] ?? [];
    const funding = allocation.lines[i] ?? [];
    const active = years.filter((_, y) => (yearCosts[y]?.months.length ?? 0) > 0);
    const flags = checkLineFunding(line, years, funding, sourceById, sourceYears);
    if (active.length === 0) {
      flags.unshift(flag("OUTSIDE_HORIZON", `${describeLine(line)} falls outside the plan's years, so it costs nothing`, { lineId: line.id }));
    }
    return {
      line,
      years: yearCosts.map((cost, y) => ({ cost, funding: funding[y] as (typeof funding)[number] })),
      fye: line.recurrent ? new Map<FinancialYear, Pennies>(active.map((year) => [year, fullYearEffect(line, year, context)])) : NO_FYE,
      totals: totalOf(funding),
      flags,
    };
  });

  const sources: SourceResult[] = plan.funding.map((source, s) => {
    const perYear = allocation.sources[s] ?? [];
    const available = sumPennies(perYear.map((sy) => sy.available));
    const allocated = sumPennies(perYear.map((sy) => sy.allocated));
    return { source, years: perYear, available, claimed: sumPennies(perYear.map((sy) => sy.claimed)), allocated, remaining: available - allocated };
  });

  const flags: Flag[] = lineResults.flatMap((line) => line.flags);
  plan.funding.forEach((source, s) => flags.push(...checkSourceAllocation(source, allocation.sources[s] ?? [])));

  let ask: PlanResult["ask"];
  if (plan.ask) {
    const y = years.indexOf(plan.ask.year);
    const checked = checkAsk(plan.ask, lineResults.map((line) => line.years[y]?.funding).filter((f) => f !== undefined));
    ask = checked.check;
    flags.push(...checked.flags);
  }

  const inKindSources = new Set(plan.funding.filter((source) => source.type === "in-kind").map((source) => source.id));
  const totals = totalPlan(
    lineResults.map((r, i) => ({ line: r.line, funding: allocation.lines[i] ?? [], totals: r.totals })),
    years,
    inKindSources,
  );
  return { plan, years, lines: lineResults, sources, totals, ...(ask ? { ask } : {}), flags, assumptions: rates.assumptions() };
}
