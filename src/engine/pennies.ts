import { Decimal } from "./decimal";
import { exactRatio } from "./ratio";

/**
 * Money once it has been through a named rounding step: a whole number of pennies, held as a
 * bigint. Exact like the Decimals it comes from (and never a floating-point number), and an
 * order of magnitude faster to add up: allocation and totals over a whole establishment are
 * sums of these. Money before rounding, and every rate, stays Decimal.
 */
export type Pennies = bigint;

/** Pennies of an amount already in whole pennies (validated input money); throws (a bug) otherwise. */
export function wholePennies(amount: Decimal): Pennies {
  const { numerator, denominator } = exactRatio(amount);
  if (denominator > 100n) throw new Error(`wholePennies(): ${amount.toString()} is not whole pennies`);
  return numerator * (100n / denominator);
}

/** The Decimal value of pennies, in pounds, for exact arithmetic with rates. */
export function poundsOf(pennies: Pennies): Decimal {
  return new Decimal(formatPennies(pennies));
}

/** Sum of pennies; zero for none. */
export function sumPennies(amounts: Iterable<Pennies>): Pennies {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/** The absolute amount. */
export function absPennies(amount: Pennies): Pennies {
  return amount < 0n ? -amount : amount;
}

/** Pounds with exactly two decimals, as the result format prints money: "45839.00", "-0.01". */
export function formatPennies(amount: Pennies): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Pounds for people: "£45,839.00", "-£12.50". */
export function displayPennies(amount: Pennies): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const pounds = groupThousands((abs / 100n).toString());
  return `${negative ? "-" : ""}£${pounds}.${(abs % 100n).toString().padStart(2, "0")}`;
}

function groupThousands(digits: string): string {
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = (end > 3 ? "," : "") + digits.slice(Math.max(0, end - 3), end) + grouped;
  return grouped;
}
