import { ActiveMonth, totalUnits } from "./calendar";
import type { FinancialYear } from "./financial-year";
import { LineYearCost, lineYear, proRata } from "./line-cost";
import type { GpBackfill } from "./plan";
import { ratioOf } from "./ratio";

/**
 * Costs GP backfill in one financial year: count × sessions per week × weeks per year × rate per
 * session a year, plus on-cost, pro rata by calendar days for the active months.
 */
export function costBackfillYear(line: GpBackfill, year: FinancialYear, months: readonly ActiveMonth[]): LineYearCost {
  const annual = annualBackfill(line);
  const units = totalUnits(months);
  return lineYear(year, months, [proRata("backfill", ratioOf(annual), units), proRata("onCost", ratioOf(annual.times(line.onCost)), units)]);
}

/** The backfill's cost for a whole year, before on-cost. */
export function annualBackfill(line: GpBackfill) {
  return line.ratePerSession.times(line.sessionsPerWeek).times(line.weeksPerYear).times(line.count);
}
