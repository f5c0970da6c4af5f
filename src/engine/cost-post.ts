import { ActiveMonth, UNITS_PER_YEAR, totalUnits } from "./calendar";
import type { CostingContext } from "./costing-context";
import { Decimal, ZERO, decimalOf } from "./decimal";
import { MonthlyNiTerms, annualEmployerNI, monthlyEmployerNI, monthlyTermsFor } from "./employer-ni";
import type { FinancialYear } from "./financial-year";
import { ComponentCost, LineYearCost, byMonth, lineYear, proRata } from "./line-cost";
import { clamp } from "./money";
import type { Pennies } from "./pennies";
import type { Post, Rate } from "./plan";
import { ratioOf, shareOf } from "./ratio";

/**
 * Costs a post (or secondment) in one financial year, over the given active months:
 * basic pay and HCAS pro rata by calendar days; employer NI per person (per pay month against
 * the monthly threshold, or by the annual method); pension on pensionable pay (basic + HCAS) at
 * the employing organisation's rate; apprenticeship levy on pay.
 */
export function costPostYear(post: Post, year: FinancialYear, months: readonly ActiveMonth[], context: CostingContext): LineYearCost {
  const { rates, settings } = context;
  const basicFullTime = fullTimeBasic(post, year, context);
  const hcasFullTime = fullTimeHcas(post, year, basicFullTime, context);
  const people = post.count;
  const units = totalUnits(months);

  // Part-time staff get the full-time HCAS (clamped) pro rata, as for other AfC entitlements.
  const fullTimeEquivalents = people === 1 ? post.fte : post.fte.times(decimalOf(people));
  const basic = basicFullTime.times(fullTimeEquivalents);
  const hcas = hcasFullTime.isZero() ? ZERO : hcasFullTime.times(fullTimeEquivalents);
  const pay = basic.plus(hcas);
  const earningsPerPerson = people === 1 ? pay : basicFullTime.plus(hcasFullTime).times(post.fte);

  const employerNI: ComponentCost =
    settings.niMethod === "monthly"
      ? byMonth("employerNI", monthlyNI(earningsPerPerson, people, year, months, context))
      : proRata("employerNI", annualEmployerNI(earningsPerPerson, year, rates).times(decimalOf(people)), units);

  return lineYear(year, months, [
    proRata("basic", basic, units),
    proRata("hcas", hcas, units),
    employerNI,
    proRata("pension", pay.times(pensionRate(post, year, context)), units),
    proRata("levy", levyApplies(post, context) ? pay.times(rates.levyRate) : ZERO, units),
  ]);
}

/** Full-time basic pay for the year: the AfC point, or the spot salary (uplifted after its year). */
export function fullTimeBasic(post: Post, year: FinancialYear, { rates }: CostingContext): Decimal {
  if (post.pay.kind === "spot") return rates.spotSalary(post.pay.salary, post.pay.year, year);
  const amount = rates.payPoint(post.pay.band, post.pay.point, year);
  // The parser rejects a band or point with no figure in a horizon year: reaching here is a bug.
  if (!amount) throw new Error(`fullTimeBasic(): no pay for band ${post.pay.band} ${post.pay.point} in ${year}`);
  return amount;
}

/** Full-time HCAS: the zone's percentage of basic pay, clamped to the year's minimum and maximum. */
export function fullTimeHcas(post: Post, year: FinancialYear, basicFullTime: Decimal, { rates }: CostingContext): Decimal {
  if (post.hcasZone === "none") return ZERO;
  const bounds = rates.hcas(post.hcasZone, year);
  if (!bounds) throw new Error(`fullTimeHcas(): no HCAS for ${post.hcasZone} in ${year}`);
  return clamp(basicFullTime.times(bounds.percent), bounds.minimum, bounds.maximum);
}

/** Employer pension rate: the post's override, else its employer's scheme. */
export function pensionRate(post: Post, year: FinancialYear, { employers, rates, settings }: CostingContext): Rate {
  if (post.pension?.kind === "none") return ZERO;
  if (post.pension?.kind === "rate") return post.pension.rate;
  const employer = employers.get(post.employer);
  if (!employer) throw new Error(`pensionRate(): unknown employer ${post.employer}`);
  const { scheme, rate } = employer.pension;
  if (scheme === "none") return ZERO;
  if (rate) return rate;
  if (scheme !== "NHS") throw new Error(`pensionRate(): ${scheme} scheme without a rate`);
  const nhs = rates.nhsPension(year);
  return settings.pensionCharge === "full" ? nhs.full : nhs.employer;
}

/** Whether the post's employer pays the apprenticeship levy. */
export function levyApplies(post: Post, { employers, settings }: CostingContext): boolean {
  return employers.get(post.employer)?.apprenticeshipLevy ?? settings.apprenticeshipLevy;
}

/**
 * Employer NI per active month for the line: one person's NI on their earnings in the month,
 * rounded, times the number of people. Months with the same share and regime share one figure.
 */
function monthlyNI(
  annualEarningsPerPerson: Decimal,
  people: number,
  year: FinancialYear,
  months: readonly ActiveMonth[],
  { rates, settings }: CostingContext,
): Pennies[] {
  const computed = new Map<MonthlyNiTerms, Map<number, Pennies>>();
  const yearTerms = monthlyTermsFor(year, settings.payDay, rates);
  const annualEarnings = ratioOf(annualEarningsPerPerson);
  return months.map((month) => {
    const terms = yearTerms[month.index] as MonthlyNiTerms;
    let byUnits = computed.get(terms);
    if (!byUnits) computed.set(terms, (byUnits = new Map()));
    let amount = byUnits.get(month.units);
    if (amount === undefined) {
      amount = monthlyEmployerNI(shareOf(annualEarnings, month.units, UNITS_PER_YEAR), terms) * BigInt(people);
      byUnits.set(month.units, amount);
    }
    return amount;
  });
}
