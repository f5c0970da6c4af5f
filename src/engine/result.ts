import type { LineYearFunding, SourceYear } from "./allocate-funding";
import type { AskCheck } from "./check-ask";
import type { FinancialYear } from "./financial-year";
import type { Flag } from "./flags";
import type { LineYearCost } from "./line-cost";
import type { Pennies } from "./pennies";
import type { FundingSource, Line, Plan } from "./plan";
import type { Assumption } from "./rates";
import type { Figures, PlanTotals } from "./totals";

/** What the engine gives back: pure data, everything rounded where the rounding rules say. */
export interface PlanResult {
  readonly plan: Plan;
  readonly years: readonly FinancialYear[];
  readonly lines: readonly LineResult[];
  readonly sources: readonly SourceResult[];
  readonly totals: PlanTotals;
  readonly ask?: AskCheck;
  /** Every finding: line flags in line order, then source flags, then the ask check. */
  readonly flags: readonly Flag[];
  readonly assumptions: readonly Assumption[];
}

export interface LineResult {
  readonly line: Line;
  /** One per horizon year, zero where the line is not active. */
  readonly years: readonly LineYearResult[];
  /** Full-year effect of a recurrent line, for each year it is active. */
  readonly fye: ReadonlyMap<FinancialYear, Pennies>;
  /** Over the horizon. */
  readonly totals: Figures;
  readonly flags: readonly Flag[];
}

export interface LineYearResult {
  readonly cost: LineYearCost;
  readonly funding: LineYearFunding;
}

export interface SourceResult {
  readonly source: FundingSource;
  readonly years: readonly SourceYear[];
  readonly available: Pennies;
  readonly claimed: Pennies;
  readonly allocated: Pennies;
  readonly remaining: Pennies;
}
