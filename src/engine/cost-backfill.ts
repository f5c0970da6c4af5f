import { ActiveMonth, totalUnits } from "./calendar";
import type { FinancialYear } from "./financial-year";
import { LineYearCost, lineYear, proRata } from "./line-cost";
import type { GpBackfill } from "./plan";
import { Ratio, exactRatio, ratioOf, timesRatio, wholeRatio } from "./ratio";

/**
 * Costs GP backfill in one financial year: count × sessions per week × weeks per year × rate per
 * session a year, plus on-cost, pro rata by calendar days for the active months.
 */
export function costBackfillYear(line: GpBackfill, year: FinancialYear, months: readonly ActiveMonth[]): LineYearCost {
  const { annual, onCost } = annualFigures(line);
  const units = totalUnits(months);
  return lineYear(year, months, [proRata("backfill", annual, units), proRata("onCost", onCost, units)]);
}

// A backfill line costs the same each year: worked out once per line.
const figuresOf = new WeakMap<GpBackfill, { readonly annual: Ratio; readonly onCost: Ratio }>();

function annualFigures(line: GpBackfill): { readonly annual: Ratio; readonly onCost: Ratio } {
  let figures = figuresOf.get(line);
  if (!figures) {
    const annual = annualBackfill(line);
    figures = { annual, onCost: timesRatio(annual, ratioOf(line.onCost)) };
    figuresOf.set(line, figures);
  }
  return figures;
}

/** The backfill's cost for a whole year, before on-cost, exactly. */
export function annualBackfill(line: GpBackfill): Ratio {
  return timesRatio(timesRatio(timesRatio(exactRatio(line.ratePerSession), exactRatio(line.sessionsPerWeek)), exactRatio(line.weeksPerYear)), wholeRatio(line.count));
}
