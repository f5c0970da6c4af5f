import { Day, daysInMonth, dayOf, monthOfYear, YearMonth } from "./calendar";
import type { FinancialYear } from "./financial-year";
import type { Pennies } from "./pennies";
import type { NiRegime, RateBook } from "./rates";
import { Ratio, atLeastNothing, minusRatio, ratioOf, timesRatio } from "./ratio";
import { roundNationalInsurance } from "./rounding";

/**
 * Employer (secondary Class 1) NI. Per person: NI is charged on each person's earnings above the
 * secondary threshold, so a line of two people has two thresholds.
 */

/** The pay date of a calendar month: the plan's pay day, or the month's last day if shorter. */
export function payDate({ year, month }: YearMonth, payDay: number): Day {
  return dayOf(year, month, Math.min(payDay, daysInMonth(year, month)));
}

/** The tax year (by the calendar year of its 6 April) a pay date falls in. */
export function taxYearOf(day: Day): number {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  return day >= dayOf(year, 4, 6) ? year : year - 1;
}

/** The monthly threshold and rate in force on a pay date, as exact ratios. */
export interface MonthlyNiTerms {
  readonly threshold: Ratio;
  readonly rate: Ratio;
}

/** The monthly NI terms in force on a pay date; the same object for pay dates under the same terms. */
export function monthlyTermsOn(payDay: Day, rates: RateBook): MonthlyNiTerms {
  const regime = rates.employerNI(taxYearOf(payDay));
  let terms = regime.monthly[0];
  for (let i = 1; i < regime.rates.length; i++) if ((regime.rates[i] as NiRegime["rates"][number]).from <= payDay) terms = regime.monthly[i];
  if (!terms) throw new Error("monthlyTermsOn(): empty NI regime");
  return terms;
}

// Terms by financial year and month, worked out once per rate book and pay day.
const termsByRates = new WeakMap<RateBook, Map<string, readonly MonthlyNiTerms[]>>();

/** The monthly NI terms for each month of a financial year (0 = April), paid on the given day. */
export function monthlyTermsFor(year: FinancialYear, payDay: number, rates: RateBook): readonly MonthlyNiTerms[] {
  let byYear = termsByRates.get(rates);
  if (!byYear) termsByRates.set(rates, (byYear = new Map()));
  const key = `${year}|${payDay}`;
  let terms = byYear.get(key);
  if (!terms) {
    terms = Array.from({ length: 12 }, (_, i) => monthlyTermsOn(payDate(monthOfYear(year, i), payDay), rates));
    byYear.set(key, terms);
  }
  return terms;
}

/**
 * One person's employer NI for one pay month (monthly method): earnings above the monthly
 * threshold at the rate in force on the pay date, rounded as payroll does (halfpenny down).
 * The threshold is the full monthly one even in a part month, as for any monthly pay period.
 */
export function monthlyEmployerNI(earnings: Ratio, terms: MonthlyNiTerms): Pennies {
  const above = minusRatio(earnings, terms.threshold);
  return above.numerator <= 0n ? 0 : roundNationalInsurance(timesRatio(above, terms.rate));
}

/**
 * One person's employer NI for a whole year (annual method): annual earnings above the annual
 * threshold at the year's single rate (HMRC's blended rate in 2022/23). Exact, not rounded: it is
 * phased with the pay and rounded with the year's other components.
 */
export function annualEmployerNI(annualEarnings: Ratio, taxYear: number, rates: RateBook): Ratio {
  const regime = rates.employerNI(taxYear);
  return timesRatio(atLeastNothing(minusRatio(annualEarnings, ratioOf(regime.annualThreshold))), ratioOf(regime.annualRate));
}
