import type { ComponentName } from "../engine/line-cost";
import type { NiMethod } from "../engine/plan";
import type { CostingKey } from "./traceable-layout";
import { niPenny, penny, YEAR_UNITS } from "./traceable-formulas";

/**
 * The formula text of each component's exact amount, shared by Costing (same-row references)
 * and Phasing (references to the Costing row), so a year's months and the year itself are the
 * very same double arithmetic and add up to the penny.
 */
export type CostingRef = (key: CostingKey) => string;

/**
 * A component's exact amount before pro rata: a year's worth for posts and backfill (units of a
 * year: 4,530,960), the item's whole total for non-pay (units: the line's). Undefined for
 * employer NI by the monthly method, which is worked out month by month.
 */
export function exactAmount(component: ComponentName, r: CostingRef, niMethod: NiMethod): string | undefined {
  switch (component) {
    case "basic":
      return `${r("basicFullTime")}*${r("fte")}*${r("count")}`;
    case "hcas":
      return `${r("hcasFullTime")}*${r("fte")}*${r("count")}`;
    case "employerNI":
      return niMethod === "annual" ? `MAX(0,${r("pay")}-${r("niThreshold")})*${r("niRate")}*${r("count")}` : undefined;
    case "pension":
      return `${r("pay")}*${r("count")}*${r("pensionRate")}`;
    case "levy":
      return `${r("pay")}*${r("count")}*${r("levyRate")}`;
    case "backfill":
      return `${r("ratePerSession")}*${r("sessions")}*${r("weeks")}*${r("count")}`;
    case "onCost":
      return `${r("ratePerSession")}*${r("sessions")}*${r("weeks")}*${r("count")}*${r("onCostRate")}`;
    case "nonPay":
      return `${r("quantity")}*${r("unitCost")}`;
    case "vat":
      return `${r("quantity")}*${r("unitCost")}*${r("vatRate")}`;
  }
}

/** A year's amount to the penny after `units` of active time (cumulative rounding's running figure). */
export function shownAfter(amount: string, units: string, perUnits: string = YEAR_UNITS): string {
  return penny(`${amount}*${units}/${perUnits}`);
}

/** The part of a pro-rata amount between two cumulative points: the later running figure less the earlier one. */
export function shownBetween(amount: string, before: string | undefined, upTo: string, perUnits: string = YEAR_UNITS): string {
  return before === undefined ? shownAfter(amount, upTo, perUnits) : `${shownAfter(amount, upTo, perUnits)}-${shownAfter(amount, before, perUnits)}`;
}

/** Employer NI for one pay month, monthly method: per person on the month's pay above the threshold, halfpenny down, times the people. */
export function monthNI(r: CostingRef, monthUnits: string, threshold: string, rate: string): string {
  return `${r("count")}*MAX(0,${niPenny(`(${r("pay")}*${monthUnits}/${YEAR_UNITS}-${threshold})*${rate}`)})`;
}
