import { ActiveMonth, UNITS_PER_YEAR, totalUnits } from "./calendar";
import type { CostingContext } from "./costing-context";
import { annualEmployerNI, MonthlyNiTerms, monthlyEmployerNI, monthlyTermsFor } from "./employer-ni";
import type { FinancialYear } from "./financial-year";
import { ComponentCost, LineYearCost, byMonth, lineYear, proRata } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Post } from "./plan";
import { NO_RATIO, Ratio, clampRatio, plusRatio, ratioOf, shareOf, timesRatio, wholeRatio } from "./ratio";

/**
 * Costs a post (or secondment) in one financial year, over the given active months:
 * basic pay and HCAS pro rata by calendar days; employer NI per person (per pay month against
 * the monthly threshold, or by the annual method); pension on pensionable pay (basic + HCAS) at
 * the employing organisation's rate; apprenticeship levy on pay. Exact fractions throughout
 * (ratio.ts), rounded only at the documented steps.
 */
export function costPostYear(post: Post, year: FinancialYear, months: readonly ActiveMonth[], context: CostingContext): LineYearCost {
  const { rates, settings } = context;
  const basicFullTime = fullTimeBasic(post, year, context);
  const hcasFullTime = fullTimeHcas(post, year, basicFullTime, context);
  const units = totalUnits(months);
  const fte = ratioOf(post.fte);

  // Part-time staff get the full-time HCAS (clamped) pro rata, as for other AfC entitlements.
  const earningsPerPerson = timesRatio(plusRatio(basicFullTime, hcasFullTime), fte);
  const people = wholeRatio(post.count);
  const basic = timesRatio(timesRatio(basicFullTime, fte), people);
  const pay = timesRatio(earningsPerPerson, people);
  const hcas = timesRatio(timesRatio(hcasFullTime, fte), people);

  const employerNI: ComponentCost =
    settings.niMethod === "monthly"
      ? byMonth("employerNI", monthlyNI(earningsPerPerson, post.count, year, months, context))
      : proRata("employerNI", timesRatio(annualEmployerNI(earningsPerPerson, year, rates), people), units);

  return lineYear(year, months, [
    proRata("basic", basic, units),
    proRata("hcas", hcas, units),
    employerNI,
    proRata("pension", timesRatio(pay, pensionRate(post, year, context)), units),
    proRata("levy", levyApplies(post, context) ? timesRatio(pay, ratioOf(rates.levyRate)) : NO_RATIO, units),
  ]);
}

/** Full-time basic pay for the year: the AfC point, or the spot salary (uplifted after its year). */
export function fullTimeBasic(post: Post, year: FinancialYear, { rates }: CostingContext): Ratio {
  if (post.pay.kind === "spot") return ratioOf(rates.spotSalary(post.pay.salary, post.pay.year, year));
  const amount = rates.payPoint(post.pay.band, post.pay.point, year);
  // The parser rejects a band or point with no figure in a horizon year: reaching here is a bug.
  if (!amount) throw new Error(`fullTimeBasic(): no pay for band ${post.pay.band} ${post.pay.point} in ${year}`);
  return ratioOf(amount);
}

/** Full-time HCAS: the zone's percentage of basic pay, clamped to the year's minimum and maximum. */
export function fullTimeHcas(post: Post, year: FinancialYear, basicFullTime: Ratio, { rates }: CostingContext): Ratio {
  if (post.hcasZone === "none") return NO_RATIO;
  const bounds = rates.hcas(post.hcasZone, year);
  if (!bounds) throw new Error(`fullTimeHcas(): no HCAS for ${post.hcasZone} in ${year}`);
  return clampRatio(timesRatio(basicFullTime, ratioOf(bounds.percent)), ratioOf(bounds.minimum), ratioOf(bounds.maximum));
}

/** Employer pension rate: the post's override, else its employer's scheme. */
export function pensionRate(post: Post, year: FinancialYear, { employers, rates, settings }: CostingContext): Ratio {
  if (post.pension?.kind === "none") return NO_RATIO;
  if (post.pension?.kind === "rate") return ratioOf(post.pension.rate);
  const employer = employers.get(post.employer);
  if (!employer) throw new Error(`pensionRate(): unknown employer ${post.employer}`);
  const { scheme, rate } = employer.pension;
  if (scheme === "none") return NO_RATIO;
  if (rate) return ratioOf(rate);
  if (scheme !== "NHS") throw new Error(`pensionRate(): ${scheme} scheme without a rate`);
  const nhs = rates.nhsPension(year);
  return ratioOf(settings.pensionCharge === "full" ? nhs.full : nhs.employer);
}

/** Whether the post's employer pays the apprenticeship levy. */
export function levyApplies(post: Post, { employers, settings }: CostingContext): boolean {
  return employers.get(post.employer)?.apprenticeshipLevy ?? settings.apprenticeshipLevy;
}

/**
 * Employer NI per active month for the line: one person's NI on their earnings in the month,
 * rounded, times the number of people. Months with the same share and terms share one figure.
 */
function monthlyNI(annualEarningsPerPerson: Ratio, people: number, year: FinancialYear, months: readonly ActiveMonth[], { rates, settings }: CostingContext): Pennies[] {
  const computed = new Map<MonthlyNiTerms, Map<number, Pennies>>();
  const yearTerms = monthlyTermsFor(year, settings.payDay, rates);
  return months.map((month) => {
    const terms = yearTerms[month.index] as MonthlyNiTerms;
    let byUnits = computed.get(terms);
    if (!byUnits) computed.set(terms, (byUnits = new Map()));
    let amount = byUnits.get(month.units);
    if (amount === undefined) {
      amount = monthlyEmployerNI(shareOf(annualEarningsPerPerson, month.units, UNITS_PER_YEAR), terms) * BigInt(people);
      byUnits.set(month.units, amount);
    }
    return amount;
  });
}
