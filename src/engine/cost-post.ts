import { ActiveMonth, UNITS_PER_MONTH, UNITS_PER_YEAR, totalUnits } from "./calendar";
import type { CostingContext } from "./costing-context";
import { annualEmployerNI, MonthlyNiTerms, monthlyEmployerNI, monthlyTermsFor } from "./employer-ni";
import type { FinancialYear } from "./financial-year";
import { ComponentCost, LineYearCost, byMonth, proRata, proRataShown } from "./line-cost";
import type { Pennies } from "./pennies";
import type { Post } from "./plan";
import type { PersonYearFigures, PostYearFigures } from "./post-card";
import { NO_RATIO, Ratio, clampRatio, plusRatio, ratioOf, shareOf, timesRatio, wholeRatio } from "./ratio";

/**
 * Costs a post (or secondment) in one financial year, over the given active months:
 * basic pay and HCAS pro rata by calendar days; employer NI per person (per pay month against
 * the monthly threshold, or by the annual method); pension on pensionable pay (basic + HCAS) at
 * the employing organisation's rate; apprenticeship levy on pay. Exact fractions throughout
 * (ratio.ts), rounded only at the documented steps.
 */
export function costPostYear(
  post: Post,
  year: FinancialYear,
  months: readonly ActiveMonth[],
  context: CostingContext,
  figures: PostYearFigures = postYearFigures(post, personYearFigures(post, year, context)),
): LineYearCost {
  const units = totalUnits(months);
  const ni = figures.annualNI === undefined ? monthlyNI(figures.person, post.count, months) : undefined;
  let total = proRataShown(figures.basic, units) + proRataShown(figures.hcas, units) + proRataShown(figures.pension, units) + proRataShown(figures.levy, units);
  if (ni) for (let i = 0; i < ni.length; i++) total += ni[i] as Pennies;
  else total += proRataShown(figures.annualNI as Ratio, units);
  return new PostYearCost(year, months, total, figures, units, ni);
}

/**
 * A post-year's cost: the total now, the components it adds up from when first read. A result
 * for thousands of posts keeps one object per post-year rather than six; the components are
 * worked out from the same figures by the same rounding, so they add up to the total.
 */
class PostYearCost implements LineYearCost {
  private built: readonly ComponentCost[] | undefined;

  constructor(
    readonly year: FinancialYear,
    readonly months: readonly ActiveMonth[],
    readonly total: Pennies,
    private readonly figures: PostYearFigures,
    private readonly units: number,
    /** Employer NI per active month (monthly method). */
    private readonly ni: readonly Pennies[] | undefined,
  ) {}

  get components(): readonly ComponentCost[] {
    if (!this.built) {
      const { figures, units, ni } = this;
      this.built = [
        proRata("basic", figures.basic, units),
        proRata("hcas", figures.hcas, units),
        ni ? byMonth("employerNI", ni) : proRata("employerNI", figures.annualNI as Ratio, units),
        proRata("pension", figures.pension, units),
        proRata("levy", figures.levy, units),
      ];
    }
    return this.built;
  }
}

/** One person's whole-year amounts on a post in a year, exact: what their cost over any months of the year is pro rata of. */
export function personYearFigures(post: Post, year: FinancialYear, context: CostingContext): PersonYearFigures {
  const { rates, settings } = context;
  const basicFullTime = fullTimeBasic(post, year, context);
  const hcasFullTime = fullTimeHcas(post, year, basicFullTime, context);
  const fte = ratioOf(post.fte);

  // Part-time staff get the full-time HCAS (clamped) pro rata, as for other AfC entitlements.
  const earnings = timesRatio(plusRatio(basicFullTime, hcasFullTime), fte);
  // NI before pension: the rate book records its assumptions in the order first looked up.
  const monthly = settings.niMethod === "monthly";
  const monthTerms = monthly ? monthlyTermsFor(year, settings.payDay, rates) : [];
  const annualNI = monthly ? undefined : annualEmployerNI(earnings, year, rates);
  return {
    basic: timesRatio(basicFullTime, fte),
    hcas: timesRatio(hcasFullTime, fte),
    pension: timesRatio(earnings, pensionRate(post, year, context)),
    levy: levyApplies(post, context) ? timesRatio(earnings, ratioOf(rates.levyRate)) : NO_RATIO,
    annualNI,
    earnings,
    monthTerms,
    wholeMonthNI: monthly ? new Array<Pennies | undefined>(12) : [],
  };
}

/** A post line's whole-year amounts in a year, exact: each person's times the head count. */
export function postYearFigures(post: Post, person: PersonYearFigures): PostYearFigures {
  if (post.count === 1) return { basic: person.basic, hcas: person.hcas, pension: person.pension, levy: person.levy, annualNI: person.annualNI, person };
  const people = wholeRatio(post.count);
  return {
    basic: timesRatio(person.basic, people),
    hcas: timesRatio(person.hcas, people),
    pension: timesRatio(person.pension, people),
    levy: timesRatio(person.levy, people),
    annualNI: person.annualNI && timesRatio(person.annualNI, people),
    person,
  };
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
 * rounded, times the number of people. A whole month's figure is kept with the person's year
 * figures, so posts on the same rate card work it out once.
 */
function monthlyNI(person: PersonYearFigures, people: number, months: readonly ActiveMonth[]): Pennies[] {
  const amounts = new Array<Pennies>(months.length);
  for (let i = 0; i < months.length; i++) {
    const month = months[i] as ActiveMonth;
    const whole = month.units === UNITS_PER_MONTH;
    let amount = whole ? person.wholeMonthNI[month.index] : undefined;
    if (amount === undefined) {
      const terms = person.monthTerms[month.index] as MonthlyNiTerms;
      amount = monthlyEmployerNI(shareOf(person.earnings, month.units, UNITS_PER_YEAR), terms);
      // Every whole month under the same terms pays the same.
      if (whole) for (let m = 0; m < 12; m++) if (person.monthTerms[m] === terms) person.wholeMonthNI[m] = amount;
    }
    amounts[i] = amount * people;
  }
  return amounts;
}
