import type { Decimal } from "./decimal";
import { Pennies, penniesOf } from "./pennies";
import { Ratio, exactRatio } from "./ratio";

/**
 * The rounding steps the product documents (docs/rounding.md). Nothing else in the engine
 * rounds. Each turns an exact amount (a Decimal, or a fraction from ratio.ts) into whole pennies.
 */

/** To the penny, ties away from zero (Excel's ROUND: 0.005 → 0.01, -0.005 → -0.01). */
export function roundPenny(amount: Decimal): Pennies {
  return roundRatioPenny(exactRatio(amount));
}

/** An exact fraction to the penny, ties away from zero: pro-rata components (documented step 2) and months (step 3). */
export function roundRatioPenny(amount: Ratio): Pennies {
  return ratioToPennies(amount, true);
}

/**
 * Employer NI for one person and one pay period, to the penny with a halfpenny or less
 * disregarded: SI 2001/1004 (Social Security (Contributions) Regulations) reg. 12(1), the rule
 * behind HMRC's exact percentage method (documented step 1). Earnings are not rounded first.
 */
export function roundNationalInsurance(amount: Ratio): Pennies {
  return ratioToPennies(amount, false);
}

function ratioToPennies({ numerator, denominator }: Ratio, tieAwayFromZero: boolean): Pennies {
  const negative = numerator < 0n;
  const hundredths = (negative ? -numerator : numerator) * 100n;
  const whole = hundredths / denominator;
  const twiceRemainder = (hundredths - whole * denominator) * 2n;
  const up = tieAwayFromZero ? twiceRemainder >= denominator : twiceRemainder > denominator;
  const pennies = penniesOf(up ? whole + 1n : whole);
  return negative && pennies !== 0 ? -pennies : pennies; // never -0: a negative amount under a halfpenny is 0
}

/**
 * Splits `whole` pennies between parts whose exact shares are `numerators[i] / denominator`
 * pennies, by largest remainder: each part gets its share rounded down, then the pennies left
 * over go one each to the parts with the largest remainders (ties to the earlier part in
 * `order`). The parts add up exactly to `whole`, which must be within a penny a part of the
 * shares' sum. Integer arithmetic throughout (the shares as bigints), so it is exact.
 */
export function splitByLargestRemainder(whole: Pennies, numerators: readonly bigint[], denominator: bigint, order?: readonly number[]): Pennies[] {
  const count = numerators.length;
  const parts = new Array<Pennies>(count);
  // Each remainder is less than the denominator: a number, exactly, for any denominator of pennies.
  const exactAsNumber = denominator <= BigInt(Number.MAX_SAFE_INTEGER);
  const remainders = new Array<bigint | number>(count);
  let leftover = whole;
  for (let i = 0; i < count; i++) {
    const n = numerators[i] as bigint;
    const floor = n / denominator;
    parts[i] = penniesOf(floor);
    const remainder = n - floor * denominator;
    remainders[i] = exactAsNumber ? Number(remainder) : remainder;
    leftover -= parts[i] as Pennies;
  }
  if (leftover < 0 || leftover > count) {
    throw new Error(`largest remainder: the parts do not make up the whole (${leftover} pennies left)`);
  }
  if (leftover === 0) return parts;
  // Largest remainders first; the sort is stable, so ties keep `order`.
  const ranking = order ? order.slice() : Array.from({ length: count }, (_, i) => i);
  ranking.sort((a, b) => {
    const ra = remainders[a] as bigint | number;
    const rb = remainders[b] as bigint | number;
    return rb > ra ? 1 : rb < ra ? -1 : 0;
  });
  for (let k = 0; leftover > 0; k++, leftover--) {
    const index = ranking[k] as number;
    parts[index] = (parts[index] as Pennies) + 1;
  }
  return parts;
}

/**
 * Scales amounts in proportion so they add up exactly to `to` (a source's money shared between
 * the lines claiming more than it has), by largest remainder, ties to the earlier part in `order`.
 */
export function scaleByLargestRemainder(amounts: readonly Pennies[], to: Pennies, order?: readonly number[]): Pennies[] {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (total === 0) return amounts.map(() => 0);
  const scaleTo = BigInt(to);
  return splitByLargestRemainder(to, amounts.map((amount) => BigInt(amount) * scaleTo), BigInt(total), order);
}
