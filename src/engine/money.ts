import type { Decimal } from "./decimal";

/**
 * Money before rounding: an exact Decimal in pounds. (Rounded money is whole pennies: pennies.ts.)
 */
export type Money = Decimal;

/** A fraction as a percentage for people: 0.1438 → "14.38%". */
export function displayPercent(fraction: Decimal): string {
  return `${fraction.times(100).toDecimalPlaces(4).toString()}%`;
}
