import type { Decimal } from "./decimal";
import type { Pennies } from "./pennies";

/**
 * An exact amount in pounds as a fraction of two bigints, for the one step decimal.js is slow
 * at: spreading an annual amount over calendar days (× days / days in the year) and rounding the
 * result to the penny, thousands of times a plan. Built from a Decimal without loss; the
 * rounding follows the same documented rules as rounding.ts, exactly, with no 40-digit cut-off.
 */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint; // > 0
}

/** A Decimal as an exact ratio (its digits over a power of ten). */
export function ratioOf(amount: Decimal): Ratio {
  const places = amount.decimalPlaces();
  return { numerator: BigInt(amount.toFixed(places).replace(".", "")), denominator: 10n ** BigInt(places) };
}

/** amount × part / whole, exactly. */
export function shareOf(amount: Ratio, part: number, whole: number): Ratio {
  return { numerator: amount.numerator * BigInt(part), denominator: amount.denominator * BigInt(whole) };
}

/** a − b, exactly. */
export function minusRatio(a: Ratio, b: Ratio): Ratio {
  if (a.denominator === b.denominator) return { numerator: a.numerator - b.numerator, denominator: a.denominator };
  return { numerator: a.numerator * b.denominator - b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

/** a × b, exactly. */
export function timesRatio(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** To the penny, ties away from zero (as roundPenny). */
export function ratioToPennyHalfUp(amount: Ratio): Pennies {
  return toPennies(amount, true);
}

/** To the penny, a halfpenny or less disregarded (as roundNationalInsurance); for amounts ≥ 0. */
export function ratioToPennyHalfDown(amount: Ratio): Pennies {
  return toPennies(amount, false);
}

function toPennies({ numerator, denominator }: Ratio, tieAway: boolean): Pennies {
  const negative = numerator < 0n;
  const hundredths = (negative ? -numerator : numerator) * 100n;
  const whole = hundredths / denominator;
  const twiceRemainder = (hundredths - whole * denominator) * 2n;
  const up = tieAway ? twiceRemainder >= denominator : twiceRemainder > denominator;
  const pennies = up ? whole + 1n : whole;
  return negative ? -pennies : pennies;
}
