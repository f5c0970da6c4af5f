import type { LineYearFunding } from "./allocate-funding";
import type { FinancialYear } from "./financial-year";
import type { Flag } from "./flags";
import type { LineYearCost } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Line } from "./plan";
import type { LineResult, LineYearResult } from "./result";
import type { Figures } from "./totals";

/**
 * A line's result. Its years pair each year's cost with its funding when first read: the costing
 * and the allocation already hold both, so a large plan need not keep a pair per line-year.
 */
export class CostedLine implements LineResult {
  private paired: readonly LineYearResult[] | undefined;

  constructor(
    readonly line: Line,
    private readonly costs: readonly LineYearCost[],
    private readonly funding: readonly LineYearFunding[],
    readonly fye: ReadonlyMap<FinancialYear, Pennies>,
    readonly totals: Figures,
    readonly flags: Flag[],
  ) {}

  get years(): readonly LineYearResult[] {
    if (!this.paired) {
      const { costs, funding } = this;
      this.paired = costs.map((cost, y) => ({ cost, funding: funding[y] as LineYearFunding }));
    }
    return this.paired;
  }
}
