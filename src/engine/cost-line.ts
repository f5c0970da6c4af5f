import { ActiveMonth, Day, activeMonths, yearEnd, yearStart } from "./calendar";
import { costBackfillYear } from "./cost-backfill";
import { costNonPayYear, nonPayFullYear } from "./cost-non-pay";
import { costPostYear, personYearFigures, postYearFigures } from "./cost-post";
import type { CostingContext } from "./costing-context";
import type { FinancialYear } from "./financial-year";
import { BACKFILL_COMPONENTS, LineYearCost, NON_PAY_COMPONENTS, POST_COMPONENTS, lineYear, proRata } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Line, LineKind, Post } from "./plan";
import { PersonCard, PostCard } from "./post-card";
import { NO_RATIO } from "./ratio";

/** A line costed over the horizon. */
export interface LineCosting {
  /** Its cost in each year, aligned with the years given. */
  readonly costs: LineYearCost[];
  /**
   * Full-year effect of a recurrent line in each year it is active: what it costs for a whole
   * year at that year's rates (a post in post all year, backfill all year, a non-pay item's
   * monthly rate × 12), the sum of the year's components, each rounded to the penny.
   */
  readonly fye: ReadonlyMap<FinancialYear, Pennies>;
}

const NO_FYE: ReadonlyMap<FinancialYear, Pennies> = new Map();

/** Costs a line in every year of the horizon, over the months it is active in each. */
export function costLine(line: Line, years: readonly FinancialYear[], context: CostingContext): LineCosting {
  const card = line.kind === "post" ? postCardOf(line, context) : undefined;
  const costs = new Array<LineYearCost>(years.length);
  let fye = NO_FYE;
  for (let y = 0; y < years.length; y++) {
    const year = years[y] as FinancialYear;
    const start = yearStart(year);
    const end = yearEnd(year);
    const cost = costPeriod(line, card, year, Math.max(line.start, start), Math.min(line.end, end), context);
    costs[y] = cost;
    if (line.recurrent && cost.months.length > 0) {
      if (fye === NO_FYE) fye = new Map<FinancialYear, Pennies>();
      const effect = line.kind === "non-pay" ? nonPayFullYear(line) : costPeriod(line, card, year, start, end, context).total;
      (fye as Map<FinancialYear, Pennies>).set(year, effect);
    }
  }
  return { costs, fye };
}

/**
 * Costs a line over [first, last] within one year. Posts with the same rate card over the same
 * days cost the same, so each distinct post-year is costed once per plan (an establishment of
 * thousands of posts has few distinct ones).
 */
function costPeriod(line: Line, card: PostCard | undefined, year: FinancialYear, first: Day, last: Day, context: CostingContext): LineYearCost {
  if (first > last) return inactiveYear(line.kind, year);
  if (line.kind !== "post") return costOverMonths(line, year, activeMonths(year, first, last));
  const posts = card ?? postCardOf(line, context);
  // A period lies within one year, so its first day and length name it: a small integer key.
  const period = first * 366 + (last - first);
  let cost = posts.periods.get(period);
  if (!cost) {
    let figures = posts.years.get(year);
    if (!figures) {
      let person = posts.person.years.get(year);
      if (!person) posts.person.years.set(year, (person = personYearFigures(line, year, context)));
      posts.years.set(year, (figures = postYearFigures(line, person)));
    }
    cost = costPostYear(line, year, activeMonths(year, first, last), context, figures);
    posts.periods.set(period, cost);
  }
  return cost;
}

/** The post's rate card and head count in this costing: shared by every post they are the same for. */
function postCardOf(post: Post, context: CostingContext): PostCard {
  const key = rateCardOf(post);
  let person = context.postYears.get(key);
  if (!person) context.postYears.set(key, (person = new PersonCard()));
  let card = person.byCount.get(post.count);
  if (!card) person.byCount.set(post.count, (card = new PostCard(person)));
  return card;
}

// A post's rate card, worked out once per post.
const rateCards = new WeakMap<Post, string>();

/** Everything about a post that one person's cost depends on, besides the plan's settings and dates. */
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
  return `${post.employer}|${pension}|${pay}|${post.fte.toString()}|${post.hcasZone}`;
}

function costOverMonths(line: Exclude<Line, Post>, year: FinancialYear, months: readonly ActiveMonth[]): LineYearCost {
  switch (line.kind) {
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
