import { ActiveMonth, UNITS_PER_YEAR } from "./calendar";
import type { FinancialYear } from "./financial-year";
import type { Pennies } from "./pennies";
import { NO_RATIO, Ratio, shareOf } from "./ratio";
import { roundRatioPenny } from "./rounding";

/** Cost components by line kind, in the order they are shown. */
export const POST_COMPONENTS = ["basic", "hcas", "employerNI", "pension", "levy"] as const;
export const BACKFILL_COMPONENTS = ["backfill", "onCost"] as const;
export const NON_PAY_COMPONENTS = ["nonPay", "vat"] as const;
export type ComponentName =
  | (typeof POST_COMPONENTS)[number]
  | (typeof BACKFILL_COMPONENTS)[number]
  | (typeof NON_PAY_COMPONENTS)[number];

/**
 * A component's year amount to the penny, and how it spreads over its months, kept exact so
 * months can be phased by cumulative rounding when they are shown.
 * - pro-rata: the exact amount for u units of active time is amount × (unitsBefore + u) / perUnits
 *   minus the same for unitsBefore (a post's annual cost over a year's units; a non-pay total
 *   over the whole line's units, some of which fall in earlier years);
 * - by-month: amounts per active month already in pennies (employer NI by the monthly method,
 *   rounded per person per month; a lump payment).
 */
export type ComponentCost = {
  readonly name: ComponentName;
  /** The year's amount to the penny, half-up (documented rounding step 2). */
  readonly shown: Pennies;
} & (
  | { readonly kind: "pro-rata"; readonly amount: Ratio; readonly perUnits: number; readonly unitsBefore: number }
  | { readonly kind: "by-month"; readonly months: readonly Pennies[] }
);

/** One line's cost in one financial year. */
export interface LineYearCost {
  readonly year: FinancialYear;
  readonly months: readonly ActiveMonth[];
  readonly components: readonly ComponentCost[];
  /** Sum of the components shown. */
  readonly total: Pennies;
}

type ProRata = Extract<ComponentCost, { kind: "pro-rata" }>;

/** A pro-rata component's amount up to `units` into the year (and its earlier years), to the penny: documented rounding step 2. */
export function shownUpTo(phasing: Pick<ProRata, "amount" | "perUnits" | "unitsBefore">, units: number): Pennies {
  const upTo = phasing.unitsBefore + units;
  if (upTo === 0) return 0;
  return roundRatioPenny(shareOf(phasing.amount, upTo, phasing.perUnits));
}

/** A component spread pro rata over `units` of active time in the year (amount: the whole year's, or the whole line's). */
export function proRata(name: ComponentName, amount: Ratio, units: number, perUnits: number = UNITS_PER_YEAR, unitsBefore = 0): ComponentCost {
  if (amount.numerator === 0n) {
    if (unitsBefore === 0 && perUnits === UNITS_PER_YEAR) return nothingOf(name);
    return { name, shown: 0, kind: "pro-rata", amount, perUnits, unitsBefore };
  }
  // Nothing is shown before the start of the line, so a line's first year is one rounding.
  const upTo = roundRatioPenny(shareOf(amount, unitsBefore + units, perUnits));
  const shown = unitsBefore === 0 ? upTo : upTo - shownUpTo({ amount, perUnits, unitsBefore }, 0);
  return { name, shown, kind: "pro-rata", amount, perUnits, unitsBefore };
}

/** The shown amount proRata() gives a component over `units` of a year, from the year's start. */
export function proRataShown(amount: Ratio, units: number): Pennies {
  return amount.numerator === 0n ? 0 : roundRatioPenny(shareOf(amount, units, UNITS_PER_YEAR));
}

// Components that cost nothing (no HCAS, no levy, a year the line is not active) are shared.
const nothing = new Map<ComponentName, ComponentCost>();

function nothingOf(name: ComponentName): ComponentCost {
  let component = nothing.get(name);
  if (!component) {
    component = Object.freeze({ name, shown: 0, kind: "pro-rata" as const, amount: NO_RATIO, perUnits: UNITS_PER_YEAR, unitsBefore: 0 });
    nothing.set(name, component);
  }
  return component;
}

/** A component whose months are already in pennies. */
export function byMonth(name: ComponentName, months: readonly Pennies[]): ComponentCost {
  let shown = 0;
  for (let i = 0; i < months.length; i++) shown += months[i] as Pennies;
  return { name, shown, kind: "by-month", months };
}

/** Puts components together as a line-year. */
export function lineYear(year: FinancialYear, months: readonly ActiveMonth[], components: ComponentCost[]): LineYearCost {
  let total = 0;
  for (let i = 0; i < components.length; i++) total += (components[i] as ComponentCost).shown;
  return { year, months, components, total };
}
