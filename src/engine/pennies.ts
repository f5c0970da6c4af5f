import { Decimal } from "./decimal";
import { exactRatio } from "./ratio";

/**
 * Money once it has been through a named rounding step: a whole number of pennies, held as a
 * number that is always a safe integer (as dinero.js holds minor units). Whole numbers up to
 * 2^53 pennies (about £90 trillion) add and subtract exactly, so sums of these are exact, with
 * no allocation per sum: allocation and totals over a whole establishment are millions of them.
 * Money before rounding, and every rate, stays exact (Decimal, or a fraction in ratio.ts); only
 * the rounding steps make pennies, through penniesOf().
 */
export type Pennies = number;

/** The largest amount of pennies held exactly: 2^53 - 1, about £90 trillion. */
export const MAX_PENNIES = Number.MAX_SAFE_INTEGER;

/**
 * A plan whose amounts go beyond MAX_PENNIES (no real plan comes near: it is hundreds of times
 * the NHS budget). Thrown by costPlan() and caught where a plan is costed, which refuse the plan
 * in words, as they do an input error.
 */
export class BeyondExactRange extends Error {
  constructor() {
    super("the plan's amounts add up to more than £90 trillion, beyond what can be costed to the penny: check for a mistyped quantity, cost, count or amount");
    this.name = "BeyondExactRange";
  }
}

/** A whole number of pennies worked out exactly (a bigint) as Pennies; BeyondExactRange if it cannot be held exactly. */
export function penniesOf(amount: bigint): Pennies {
  const pennies = Number(amount);
  if (!Number.isSafeInteger(pennies)) throw new BeyondExactRange();
  return pennies;
}

/** Pennies of an amount already in whole pennies (validated input money); throws (a bug) otherwise. */
export function wholePennies(amount: Decimal): Pennies {
  const { numerator, denominator } = exactRatio(amount);
  if (denominator > 100n) throw new Error(`wholePennies(): ${amount.toString()} is not whole pennies`);
  return penniesOf(numerator * (100n / denominator));
}

/** The Decimal value of pennies, in pounds, for exact arithmetic with rates. */
export function poundsOf(pennies: Pennies): Decimal {
  return new Decimal(formatPennies(pennies));
}

/** Sum of pennies; zero for none. */
export function sumPennies(amounts: Iterable<Pennies>): Pennies {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}

/** The absolute amount. */
export function absPennies(amount: Pennies): Pennies {
  return amount < 0 ? -amount : amount;
}

/** Pounds with exactly two decimals, as the result format prints money: "45839.00", "-0.01". */
export function formatPennies(amount: Pennies): string {
  const negative = amount < 0;
  const abs = negative ? -amount : amount;
  const pence = abs % 100;
  return `${negative ? "-" : ""}${(abs - pence) / 100}.${pence.toString().padStart(2, "0")}`;
}

/** Pounds for people: "£45,839.00", "-£12.50". */
export function displayPennies(amount: Pennies): string {
  const negative = amount < 0;
  const abs = negative ? -amount : amount;
  const pence = abs % 100;
  const pounds = groupThousands(((abs - pence) / 100).toString());
  return `${negative ? "-" : ""}£${pounds}.${pence.toString().padStart(2, "0")}`;
}

function groupThousands(digits: string): string {
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = (end > 3 ? "," : "") + digits.slice(Math.max(0, end - 3), end) + grouped;
  return grouped;
}
