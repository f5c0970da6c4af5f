import type { MonthlyNiTerms } from "./employer-ni";
import type { FinancialYear } from "./financial-year";
import type { LineYearCost } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Ratio } from "./ratio";

/**
 * One person's figures on a post for one year that do not depend on its dates or head count:
 * the whole year's amounts of each pro-rata component, and the employer NI of a whole pay month.
 * Posts that differ only in head count share them.
 */
export interface PersonYearFigures {
  readonly basic: Ratio;
  readonly hcas: Ratio;
  readonly pension: Ratio;
  readonly levy: Ratio;
  /** Annual-method employer NI, or undefined under the monthly method. */
  readonly annualNI: Ratio | undefined;
  /** Earnings for a whole year (basic + HCAS, part-time): what NI is charged on. */
  readonly earnings: Ratio;
  /** The monthly NI terms of each month (0 = April) under the monthly method. */
  readonly monthTerms: readonly MonthlyNiTerms[];
  /** Employer NI for each whole pay month (0 = April), filled in as costed. */
  readonly wholeMonthNI: (Pennies | undefined)[];
}

/**
 * A post line's figures for one year: one person's, and the line's whole-year amounts (each
 * person's times the head count). Lines on the same rate card share them, so a part year costs
 * only its pro rata and rounding.
 */
export interface PostYearFigures {
  readonly basic: Ratio;
  readonly hcas: Ratio;
  readonly pension: Ratio;
  readonly levy: Ratio;
  /** Annual-method employer NI for the line, or undefined under the monthly method. */
  readonly annualNI: Ratio | undefined;
  readonly person: PersonYearFigures;
}

/** Everything cached for one rate card: a post's pay, employer, pension, FTE and HCAS zone. */
export class PersonCard {
  readonly years = new Map<FinancialYear, PersonYearFigures>();
  /** The cards of lines on this one with each head count. */
  readonly byCount = new Map<number, PostCard>();
}

/** Everything cached for one rate card and head count. */
export class PostCard {
  readonly years = new Map<FinancialYear, PostYearFigures>();
  /** Post-years costed, by first day and length (cost-line.ts). */
  readonly periods = new Map<number, LineYearCost>();

  constructor(readonly person: PersonCard) {}
}
