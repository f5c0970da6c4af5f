import { YearMonth, monthOfYear } from "./calendar";
import { ComponentCost, ComponentName, LineYearCost, shownUpTo } from "./line-cost";
import type { Pennies } from "./pennies";

/** One active month of a line: each component and the total, to the penny. */
export interface MonthFigures {
  readonly month: YearMonth;
  readonly components: Readonly<Partial<Record<ComponentName, Pennies>>>;
  readonly total: Pennies;
}

/**
 * The active months of a line-year, each component phased by cumulative rounding (documented
 * rounding step 3), so every component's months add up exactly to its year figure and the
 * month totals to the year total.
 */
export function phaseMonths(cost: LineYearCost): MonthFigures[] {
  const perComponent = cost.components.map((component) => ({ name: component.name, months: phaseComponent(component, cost) }));
  return cost.months.map((active, i) => {
    const components: Partial<Record<ComponentName, Pennies>> = {};
    let total = 0;
    for (const { name, months } of perComponent) {
      const amount = months[i] as Pennies;
      components[name] = amount;
      total += amount;
    }
    return { month: monthOfYear(cost.year, active.index), components, total };
  });
}

function phaseComponent(component: ComponentCost, cost: LineYearCost): readonly Pennies[] {
  if (component.kind === "by-month") return component.months;
  const phasing = component;
  if (phasing.amount.numerator === 0n) return cost.months.map(() => 0);
  // Cumulative rounding by units into the year at the end of each month; it carries on from earlier years.
  let units = 0;
  let previous = shownUpTo(phasing, 0);
  return cost.months.map((active) => {
    units += active.units;
    const shownToHere = shownUpTo(phasing, units);
    const amount = shownToHere - previous;
    previous = shownToHere;
    return amount;
  });
}
