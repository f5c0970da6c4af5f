import { ActiveMonth, Day, UNITS_PER_YEAR, activeMonths, financialYearOf, monthIndexOf, totalUnits, yearStart } from "./calendar";
import type { Pennies } from "./pennies";
import type { FinancialYear } from "./financial-year";
import { LineYearCost, byMonth, lineYear, proRata } from "./line-cost";
import type { NonPayItem } from "./plan";
import { Ratio, exactRatio, ratioOf, shareOf, timesRatio } from "./ratio";
import { roundRatioPenny } from "./rounding";

/**
 * Costs a non-pay / OD item in one financial year. The item's total (quantity × unit cost, plus
 * irrecoverable VAT) is spread over its whole period: evenly by calendar days ("even": a full
 * month carries the same as any other full month, a part month pro rata), or in the start month
 * ("lump"). Years are phased by cumulative rounding from the item's start, so the years of an
 * item add up to its rounded total.
 */
export function costNonPayYear(line: NonPayItem, year: FinancialYear, months: readonly ActiveMonth[]): LineYearCost {
  const item = itemFigures(line);
  if (line.phasing === "lump") {
    const startIndex = financialYearOf(line.start) === year ? monthIndexOf(line.start) : -1;
    const inStartMonth = (pennies: Pennies) => months.map((month) => (month.index === startIndex ? pennies : 0));
    return lineYear(year, months, [byMonth("nonPay", inStartMonth(item.netPennies)), byMonth("vat", inStartMonth(item.vatPennies))]);
  }
  const before = unitsBefore(line.start, line.end, year);
  const units = totalUnits(months);
  return lineYear(year, months, [proRata("nonPay", item.net, units, item.lineUnits, before), proRata("vat", item.vat, units, item.lineUnits, before)]);
}

/**
 * Full-year effect of a non-pay item: a lump recurs whole each year; an even item's monthly rate
 * × 12 (its total over its days, for a whole year of them). Each component to the penny.
 */
export function nonPayFullYear(line: NonPayItem): Pennies {
  const item = itemFigures(line);
  if (line.phasing === "lump") return item.netPennies + item.vatPennies;
  return roundRatioPenny(shareOf(item.net, UNITS_PER_YEAR, item.lineUnits)) + roundRatioPenny(shareOf(item.vat, UNITS_PER_YEAR, item.lineUnits));
}

interface ItemFigures {
  readonly net: Ratio;
  readonly vat: Ratio;
  readonly netPennies: Pennies;
  readonly vatPennies: Pennies;
  readonly lineUnits: number;
}

// An item's totals do not change from year to year: worked out once per item.
const figuresOf = new WeakMap<NonPayItem, ItemFigures>();

function itemFigures(line: NonPayItem): ItemFigures {
  let figures = figuresOf.get(line);
  if (!figures) {
    const net = nonPayTotal(line);
    const vat = timesRatio(net, ratioOf(line.vat));
    figures = { net, vat, netPennies: roundRatioPenny(net), vatPennies: roundRatioPenny(vat), lineUnits: unitsOfPeriod(line.start, line.end) };
    figuresOf.set(line, figures);
  }
  return figures;
}

/** Quantity × unit cost, before VAT, exactly. */
export function nonPayTotal(line: NonPayItem): Ratio {
  return timesRatio(exactRatio(line.quantity), exactRatio(line.unitCost));
}

/** Units of active time over a whole period, across every financial year it touches. */
export function unitsOfPeriod(start: Day, end: Day): number {
  let units = 0;
  for (let year = financialYearOf(start); year <= financialYearOf(end); year++) units += totalUnits(activeMonths(year, start, end));
  return units;
}

/** Units of the period that fall before the given financial year. */
function unitsBefore(start: Day, end: Day, year: FinancialYear): number {
  if (start >= yearStart(year)) return 0;
  return unitsOfPeriod(start, Math.min(end, yearStart(year) - 1));
}
