import { Decimal, ZERO } from "./decimal";

/**
 * Money is a Decimal in pounds. Values that have been through a named rounding step hold whole
 * pennies; everything else is exact. These helpers never round unless their name says so.
 */
export type Money = Decimal;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Builds money from a plain decimal string ("45839", "309.50"). Throws on anything else: callers validate input first. */
export function money(text: string): Money {
  if (!PLAIN_DECIMAL.test(text)) throw new Error(`money(): not a plain decimal: ${JSON.stringify(text)}`);
  return new Decimal(text);
}

/** Sum of amounts; zero for none. */
export function sum(amounts: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** The larger of zero and the amount. */
export function atLeastZero(amount: Decimal): Decimal {
  return amount.isNegative() ? ZERO : amount;
}

/** Clamps an amount to [minimum, maximum]. */
export function clamp(amount: Decimal, minimum: Decimal, maximum: Decimal): Decimal {
  if (amount.lessThan(minimum)) return minimum;
  if (amount.greaterThan(maximum)) return maximum;
  return amount;
}

/** A fraction as a percentage for people: 0.1438 → "14.38%". */
export function displayPercent(fraction: Decimal): string {
  return `${fraction.times(100).toDecimalPlaces(4).toString()}%`;
}
