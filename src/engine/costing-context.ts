import type { PersonCard } from "./post-card";
import type { Employer, PlanSettings } from "./plan";
import type { RateBook } from "./rates";

/** What costing a line needs besides the line: the plan's rates, settings and employers. */
export interface CostingContext {
  readonly rates: RateBook;
  readonly settings: PlanSettings;
  readonly employers: ReadonlyMap<string, Employer>;
  /**
   * Posts costed so far, by rate card (cost-line.ts): their yearly figures and the post-years
   * already costed, per person and by head count. A cache, so posts on the same card share the work.
   */
  readonly postYears: Map<string, PersonCard>;
}
