import type { LineYearCost } from "./line-cost";
import type { Employer, PlanSettings } from "./plan";
import type { RateBook } from "./rates";

/** What costing a line needs besides the line: the plan's rates, settings and employers. */
export interface CostingContext {
  readonly rates: RateBook;
  readonly settings: PlanSettings;
  readonly employers: ReadonlyMap<string, Employer>;
  /** Post-years already costed, by rate card, then year and days: a cache, so the same post-year is costed once. */
  readonly postYears: Map<string, Map<number, LineYearCost>>;
}
