import type { Decimal } from "./decimal";

/**
 * Exact amounts and rates as fractions of two bigints, for the costing arithmetic that divides
 * by calendar days. decimal.js divides to 40 significant digits, so an amount that is exactly a
 * halfpenny can come out a hair above or below it and round the wrong way: in the 100,000-line
 * benchmark plan that happened to 3 of 1.86 million employer NI months (an exact £89.585 came
 * out as £89.58500…005). Fractions have no cut-off: every amount stays exact until one of the
 * documented rounding steps in rounding.ts.
 */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint; // > 0
}

export const NO_RATIO: Ratio = { numerator: 0n, denominator: 1n };

const POWERS_OF_TEN = Array.from({ length: 64 }, (_, i) => 10n ** BigInt(i));
const converted = new WeakMap<Decimal, Ratio>();

/** A Decimal as an exact ratio (its digits over a power of ten); each Decimal is converted once. */
export function ratioOf(amount: Decimal): Ratio {
  let ratio = converted.get(amount);
  if (!ratio) {
    ratio = exactRatio(amount);
    converted.set(amount, ratio);
  }
  return ratio;
}

/**
 * A Decimal's digits over the power of ten of its decimal places, read from its documented
 * representation (digits in base 10^7 words, the exponent of its first digit, the sign): many
 * times faster than formatting it, and the same fraction.
 */
export function exactRatio(amount: Decimal): Ratio {
  const { d: words, e: exponent, s: sign } = amount as unknown as { readonly d: readonly number[] | null; readonly e: number; readonly s: number };
  if (!words) throw new Error(`exactRatio(): ${amount.toString()} is not finite`);
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(7, "0");
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--; // trailing zeros are not decimal places
  // The value is 0.digits × 10^(exponent + 1): digits × 10^(exponent + 1 − number of digits).
  const shift = exponent + 1 - end;
  let numerator = BigInt(digits.slice(0, end));
  if (sign < 0) numerator = -numerator;
  if (shift >= 0) return { numerator: numerator * powerOfTen(shift), denominator: 1n };
  return { numerator, denominator: powerOfTen(-shift) };
}

function powerOfTen(places: number): bigint {
  return POWERS_OF_TEN[places] ?? 10n ** BigInt(places);
}

/** A whole number as a ratio. */
export function wholeRatio(whole: number): Ratio {
  return { numerator: BigInt(whole), denominator: 1n };
}

/** amount × part / whole, exactly. */
export function shareOf(amount: Ratio, part: number, whole: number): Ratio {
  return { numerator: amount.numerator * BigInt(part), denominator: amount.denominator * BigInt(whole) };
}

export function plusRatio(a: Ratio, b: Ratio): Ratio {
  if (b.numerator === 0n) return a;
  if (a.numerator === 0n) return b;
  if (a.denominator === b.denominator) return { numerator: a.numerator + b.numerator, denominator: a.denominator };
  return { numerator: a.numerator * b.denominator + b.numerator * a.denominator, denominator: a.denominator * b.denominator };
}

export function minusRatio(a: Ratio, b: Ratio): Ratio {
  return plusRatio(a, { numerator: -b.numerator, denominator: b.denominator });
}

export function timesRatio(a: Ratio, b: Ratio): Ratio {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** Negative, zero or positive as a is less than, equal to or more than b. */
export function compareRatio(a: Ratio, b: Ratio): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The amount held between a minimum and a maximum. */
export function clampRatio(amount: Ratio, minimum: Ratio, maximum: Ratio): Ratio {
  if (compareRatio(amount, minimum) < 0) return minimum;
  if (compareRatio(amount, maximum) > 0) return maximum;
  return amount;
}

/** The larger of zero and the amount. */
export function atLeastNothing(amount: Ratio): Ratio {
  return amount.numerator < 0n ? NO_RATIO : amount;
}
