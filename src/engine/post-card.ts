import type { MonthlyNiTerms } from "./employer-ni";
import type { FinancialYear } from "./financial-year";
import type { LineYearCost } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Ratio } from "./ratio";

/**
 * A post's figures for one year that do not depend on its dates: the whole year's amounts of
 * each pro-rata component and the employer NI of a pay month by its share of the month. Posts
 * on the same rate card share them, so a part year costs only its pro rata and rounding.
 */
export interface PostYearFigures {
  readonly basic: Ratio;
  readonly hcas: Ratio;
  readonly pension: Ratio;
  readonly levy: Ratio;
  /** Annual-method employer NI for the line, or undefined under the monthly method. */
  readonly annualNI: Ratio | undefined;
  /** One person's earnings for a whole year (basic + HCAS, part-time). */
  readonly earningsPerPerson: Ratio;
  /** The monthly NI terms of each month (0 = April) under the monthly method. */
  readonly monthTerms: readonly MonthlyNiTerms[];
  /** The line's employer NI for each whole pay month (0 = April), filled in as costed. */
  readonly wholeMonthNI: (Pennies | undefined)[];
}

/** Everything cached for one rate card. */
export class PostCard {
  readonly years = new Map<FinancialYear, PostYearFigures>();
  /** Post-years costed, by year and days (cost-line.ts). */
  readonly periods = new Map<number, LineYearCost>();
}
