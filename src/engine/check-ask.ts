import type { LineYearFunding } from "./allocate-funding";
import { Flag, flag } from "./flags";
import { FinancialYear, formatFinancialYear } from "./financial-year";
import { displayPercent } from "./money";
import { Pennies, absPennies, displayPennies, poundsOf, wholePennies } from "./pennies";
import type { Ask } from "./plan";
import { roundPenny } from "./rounding";

/**
 * The ask check: the calculated ask is the cash cost in the ask year that confirmed or indicative
 * cash sources and in-kind contributions do not cover (what is requested plus what is unfunded).
 * Requested sources, the ask itself, do not count as funding here.
 */
export interface AskCheck {
  readonly year: FinancialYear;
  readonly stated: Pennies;
  readonly calculated: Pennies;
  /** Calculated minus stated: positive when the costs need more than the stated ask. */
  readonly variance: Pennies;
  /** The tolerance in pounds (a percentage tolerance applied to the stated ask, to the penny). */
  readonly tolerance: Pennies;
  readonly withinTolerance: boolean;
}

/** Checks the calculated ask against the stated one, given every line's funding in the ask year. */
export function checkAsk(ask: Ask, fundingInAskYear: readonly LineYearFunding[]): { check: AskCheck; flags: Flag[] } {
  let calculated = 0;
  for (const funding of fundingInAskYear) calculated += funding.byStatus.requested + funding.unfunded;
  const stated = wholePennies(ask.amount);
  const variance = calculated - stated;
  const tolerance = ask.tolerance.kind === "amount" ? wholePennies(ask.tolerance.amount) : roundPenny(ask.amount.times(ask.tolerance.rate));
  const withinTolerance = absPennies(variance) <= tolerance;
  const check: AskCheck = { year: ask.year, stated, calculated, variance, tolerance, withinTolerance };
  const flags: Flag[] = [];
  if (!withinTolerance) {
    const year = formatFinancialYear(ask.year);
    const direction = variance > 0 ? "more" : "less";
    const allowed = ask.tolerance.kind === "percent" ? `${displayPercent(ask.tolerance.rate)} (${displayPennies(tolerance)})` : displayPennies(tolerance);
    flags.push(
      flag(
        "ASK_OUTSIDE_TOLERANCE",
        `The costs need ${displayPennies(calculated)} from the ask in ${year}, ${displayPennies(absPennies(variance))} ${direction} than the stated ask of ${displayPennies(stated)}; the tolerance is ${allowed}`,
        { year, amount: variance },
      ),
    );
  }
  return { check, flags };
}

/** The variance as a fraction of the stated ask (undefined for a stated ask of nothing). */
export function varianceShare(check: AskCheck) {
  return check.stated === 0 ? undefined : poundsOf(check.variance).div(poundsOf(check.stated));
}
