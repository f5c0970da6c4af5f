import type { Day } from "../engine/calendar";
import type { FinancialYear } from "../engine/financial-year";
import type { Employer, FundingSource, PlanSettings } from "../engine/plan";
import type { RateBook } from "../engine/rates";
import type { InputErrors } from "./input-error";

/** What reading the lines of a plan needs from the parts read before them. */
export interface ParseContext {
  readonly errors: InputErrors;
  readonly settings: PlanSettings;
  readonly years: readonly FinancialYear[];
  readonly horizonStart: Day;
  readonly horizonEnd: Day;
  readonly employers: ReadonlyMap<string, Employer>;
  readonly sources: ReadonlyMap<string, FundingSource>;
  /** Ids of employers and sources listed with errors: references to them are not reported again. */
  readonly unreadEmployers: ReadonlySet<string>;
  readonly unreadSources: ReadonlySet<string>;
  readonly rates: RateBook;
  /** Line ids seen so far, across every kind of line, with the path that first used each. */
  readonly lineIds: Map<string, string>;
}
