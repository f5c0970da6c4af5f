import { ActiveMonth, Day, activeMonths, yearEnd, yearStart } from "./calendar";
import { costBackfillYear } from "./cost-backfill";
import { costNonPayYear, nonPayFullYear } from "./cost-non-pay";
import { costPostYear, postYearFigures } from "./cost-post";
import type { CostingContext } from "./costing-context";
import type { FinancialYear } from "./financial-year";
import { BACKFILL_COMPONENTS, LineYearCost, NON_PAY_COMPONENTS, POST_COMPONENTS, lineYear, proRata } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Line, LineKind, Post } from "./plan";
import { PostCard } from "./post-card";
import { NO_RATIO } from "./ratio";

/** Costs any line in one financial year, over the months it is active. */
export function costLineYear(line: Line, year: FinancialYear, context: CostingContext): LineYearCost {
  return costPeriod(line, year, Math.max(line.start, yearStart(year)), Math.min(line.end, yearEnd(year)), context);
}

/**
 * Full-year effect of a recurrent line in a year: what it costs for a whole year at that year's
 * rates (a post in post all year, backfill all year, a non-pay item's monthly rate × 12).
 * The sum of the year's components, each rounded to the penny.
 */
export function fullYearEffect(line: Line, year: FinancialYear, context: CostingContext): Pennies {
  if (line.kind === "non-pay") return nonPayFullYear(line);
  return costPeriod(line, year, yearStart(year), yearEnd(year), context).total;
}

/**
 * Costs a line over [first, last] within one year. Posts with the same rate card over the same
 * days cost the same, so each distinct post-year is costed once per plan (an establishment of
 * thousands of posts has few distinct ones).
 */
function costPeriod(line: Line, year: FinancialYear, first: Day, last: Day, context: CostingContext): LineYearCost {
  if (first > last) return inactiveYear(line.kind, year);
  if (line.kind !== "post") return costOverMonths(line, year, activeMonths(year, first, last), context);
  const card = rateCardOf(line);
  let costed = context.postYears.get(card);
  if (!costed) context.postYears.set(card, (costed = new PostCard()));
  const period = (year - 2000) * 1e10 + first * 1e5 + last; // days since 1970 are under 100,000 until 2243
  let cost = costed.periods.get(period);
  if (!cost) {
    let figures = costed.years.get(year);
    if (!figures) costed.years.set(year, (figures = postYearFigures(line, year, context)));
    cost = costPostYear(line, year, activeMonths(year, first, last), context, figures);
    costed.periods.set(period, cost);
  }
  return cost;
}

// A post's rate card, worked out once per post.
const rateCards = new WeakMap<Post, string>();

/** Everything about a post that its cost depends on, besides the plan's settings and dates. */
function rateCardOf(post: Post): string {
  let card = rateCards.get(post);
  if (card === undefined) {
    card = describeRateCard(post);
    rateCards.set(post, card);
  }
  return card;
}

function describeRateCard(post: Post): string {
  const pay = post.pay.kind === "scale" ? `${post.pay.band}/${post.pay.point}` : `${post.pay.salary.toString()}@${post.pay.year}`;
  const pension = post.pension === undefined ? "" : post.pension.kind === "none" ? "none" : post.pension.rate.toString();
  return `${post.employer}|${pension}|${pay}|${post.fte.toString()}|${post.count}|${post.hcasZone}`;
}

function costOverMonths(line: Line, year: FinancialYear, months: readonly ActiveMonth[], context: CostingContext): LineYearCost {
  switch (line.kind) {
    case "post":
      return costPostYear(line, year, months, context);
    case "gp-backfill":
      return costBackfillYear(line, year, months);
    case "non-pay":
      return costNonPayYear(line, year, months);
  }
}

// A year a line is not active costs nothing: one shared figure per kind and year.
const inactive = new Map<string, LineYearCost>();

function inactiveYear(kind: LineKind, year: FinancialYear): LineYearCost {
  const key = `${kind}|${year}`;
  let cost = inactive.get(key);
  if (!cost) {
    const names = kind === "post" ? POST_COMPONENTS : kind === "gp-backfill" ? BACKFILL_COMPONENTS : NON_PAY_COMPONENTS;
    cost = Object.freeze(lineYear(year, [], names.map((name) => proRata(name, NO_RATIO, 0))));
    inactive.set(key, cost);
  }
  return cost;
}
