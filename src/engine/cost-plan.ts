import { BUILT_IN_REFERENCE, ReferenceData } from "../reference";
import { allocateFunding } from "./allocate-funding";
import { checkAsk } from "./check-ask";
import { checkLineFunding, checkSourceAllocation, describeLine } from "./check-funding";
import { LineCosting, costLine } from "./cost-line";
import type { CostingContext } from "./costing-context";
import { horizonYears } from "./financial-year";
import { Flag, flag } from "./flags";
import { BeyondExactRange, MAX_PENNIES, Pennies, sumPennies } from "./pennies";
import { Line, Plan, linesOf } from "./plan";
import { RateBook } from "./rates";
import { CostedLine } from "./costed-line";
import type { LineResult, PlanResult, SourceResult } from "./result";
import type { LineYearFunding } from "./allocate-funding";
import type { LineYearCost } from "./line-cost";
import { totalOf, totalPlan } from "./totals";

/**
 * Costs a validated plan: every line in every year of the horizon, then funding allocated, then
 * the checks. Pure: the same plan gives the same result. Throws BeyondExactRange for a plan whose
 * amounts cannot all be held exactly in pennies (pennies.ts), which callers report as an input error.
 */
export function costPlan(plan: Plan, reference: ReferenceData = BUILT_IN_REFERENCE): PlanResult {
  const years = horizonYears(plan.startYear, plan.years);
  const rates = new RateBook(reference, plan);
  const context: CostingContext = { rates, settings: plan.settings, employers: new Map(plan.employers.map((e) => [e.id, e])), postYears: new Map() };
  const lines = linesOf(plan);

  const costings = new Array<LineCosting>(lines.length);
  const yearCosts = new Array<{ readonly line: Line; readonly yearCosts: Pennies[] }>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const costing = costLine(line, years, context);
    const totals = new Array<Pennies>(years.length);
    for (let y = 0; y < years.length; y++) totals[y] = (costing.costs[y] as LineYearCost).total;
    costings[i] = costing;
    yearCosts[i] = { line, yearCosts: totals };
  }
  const allocation = allocateFunding(yearCosts, plan.funding, years);

  const sourceById = new Map(plan.funding.map((source) => [source.id, source]));
  const sourceYears = new Map(plan.funding.map((source, s) => [source.id, allocation.sources[s] ?? []]));
  const lineResults = new Array<LineResult>(lines.length);
  let fyeSum = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const { costs, fye } = costings[i] as LineCosting;
    const funding = allocation.lines[i] as readonly LineYearFunding[];
    const flags = checkLineFunding(line, years, funding, sourceById, sourceYears);
    let active = false;
    for (let y = 0; y < years.length; y++) if ((costs[y] as LineYearCost).months.length > 0) active = true;
    for (const effect of fye.values()) fyeSum += effect;
    if (!active) {
      flags.unshift(flag("OUTSIDE_HORIZON", `${describeLine(line)} falls outside the plan's years, so it costs nothing`, { lineId: line.id }));
    }
    lineResults[i] = new CostedLine(line, costs, funding, fye, totalOf(funding), flags);
  }

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
    const checked = checkAsk(plan.ask, allocation.lines.map((funding) => funding[y]).filter((f) => f !== undefined));
    ask = checked.check;
    flags.push(...checked.flags);
  }

  const inKindSources = new Set(plan.funding.filter((source) => source.type === "in-kind").map((source) => source.id));
  const totals = totalPlan(
    lineResults.map((r, i) => ({ line: r.line, funding: allocation.lines[i] ?? [], totals: r.totals })),
    years,
    inKindSources,
  );
  // Every amount is non-negative but remainders and variances, each at most one of these sums, so
  // sums within the exact range mean every amount and total was added exactly.
  const availableSum = sumPennies(sources.map((source) => source.available));
  if (!(totals.all.cost + availableSum + fyeSum <= MAX_PENNIES)) throw new BeyondExactRange();
  return { plan, years, lines: lineResults, sources, totals, ...(ask ? { ask } : {}), flags, assumptions: rates.assumptions() };
}

/** costPlan(), with a plan beyond the exact range of pennies as a problem in words rather than an exception. */
export function costPlanOrRefuse(plan: Plan, reference: ReferenceData = BUILT_IN_REFERENCE): { readonly result: PlanResult } | { readonly problem: string } {
  try {
    return { result: costPlan(plan, reference) };
  } catch (error) {
    if (error instanceof BeyondExactRange) return { problem: error.message };
    throw error;
  }
}
