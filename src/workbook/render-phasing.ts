import { dayOf, daysInMonth, formatYearMonth, monthOfYear, yearStart } from "../engine/calendar";
import { unitsOfPeriod } from "../engine/cost-non-pay";
import { formatFinancialYear } from "../engine/financial-year";
import type { ComponentName } from "../engine/line-cost";
import type { Pennies } from "../engine/pennies";
import { phaseMonths } from "../engine/phase-months";
import type { PlanResult } from "../engine/result";
import { PHASING_SHEET } from "./owned-sheets";
import { headerRow, poundsNumber, styled, titleCell } from "./owned-sheet-cells";
import type { RatesRefs } from "./render-rates";
import { Cell, DATE_FORMAT, MONEY_FORMAT, OWNED_TAB_COLOR, PERCENT_FORMAT, SheetModel } from "./sheet-model";
import { columnLetters } from "./tables";
import { CostingRef, exactAmount, monthNI, shownBetween } from "./traceable-amounts";
import { dateSerial, formulaCell, lookup, penny, text, unitsBetween, valueCell } from "./traceable-formulas";
import {
  PHASING_FIRST_MONTH_COLUMN,
  PHASING_HEADER_ROW,
  PHASING_MONTH_END_ROW,
  PHASING_MONTH_START_ROW,
  PHASING_NI_RATE_ROW,
  PHASING_NI_THRESHOLD_ROW,
  TraceableLayout,
  UNITS_FORMAT,
  componentsOf,
  costingCell,
} from "./traceable-layout";

/** "D$4": a helper-row cell of a month's column. */
const helper = (row: number, column: number) => `${columnLetters(column + 1)}$${row + 1}`;
/** "D9": a cell of this sheet. */
const here = (row: number, column: number) => `${columnLetters(column + 1)}${row + 1}`;

/**
 * The Phasing sheet: every line's months across the horizon, each component by cumulative
 * rounding (a month is the running figure to its end less the running figure to the month
 * before), employer NI by the monthly method per pay month, and each year's months summed beside
 * them, adding up exactly to the Costing sheet's year figures.
 */
export function renderPhasingSheet(result: PlanResult, rates: RatesRefs, layout: TraceableLayout): SheetModel {
  const { years, plan } = result;
  const { niMethod } = plan.settings;
  const width = layout.yearTotalColumn(years.length - 1) + 1;
  const rows: Cell[][] = Array.from({ length: layout.phasingEndRow }, () => []);
  const put = (row: number, column: number, cell: Cell) => {
    (rows[row] as Cell[])[column] = cell;
  };
  put(0, 0, titleCell("Phasing: each line's months, as live formulas adding up to the Costing sheet's years"));
  put(1, 0, styled("Units: cumulative active time to the month's end (1/4,530,960 of a year) within the year, or from the line's start for non-pay. Each month is the running figure to its end less the running figure to the month before.", "note"));
  put(PHASING_MONTH_START_ROW, 2, styled("Month starts", "header"));
  put(PHASING_MONTH_END_ROW, 2, styled("Month ends", "header"));
  put(PHASING_NI_THRESHOLD_ROW, 2, styled("NI monthly threshold", "header"));
  put(PHASING_NI_RATE_ROW, 2, styled("NI rate on the pay date", "header"));
  headerRow(["Line", "Kind", "Figure"]).forEach((cell, column) => put(PHASING_HEADER_ROW, column, cell));
  years.forEach((year, y) => {
    for (let m = 0; m < 12; m++) {
      const column = layout.monthColumn(y, m);
      const month = monthOfYear(year, m);
      put(PHASING_HEADER_ROW, column, styled(formatYearMonth(month), "header"));
      put(PHASING_MONTH_START_ROW, column, valueCell(dateSerial(dayOf(month.year, month.month, 1)), DATE_FORMAT));
      put(PHASING_MONTH_END_ROW, column, valueCell(dateSerial(dayOf(month.year, month.month, daysInMonth(month.year, month.month))), DATE_FORMAT));
      const key = helper(PHASING_HEADER_ROW, column);
      put(PHASING_NI_THRESHOLD_ROW, column, formulaCell(lookup(rates.niMonths.threshold, rates.niMonths.keys, key), rates.niMonths.terms[y * 12 + m]?.threshold ?? 0, MONEY_FORMAT));
      put(PHASING_NI_RATE_ROW, column, formulaCell(lookup(rates.niMonths.rate, rates.niMonths.keys, key), rates.niMonths.terms[y * 12 + m]?.rate ?? 0, PERCENT_FORMAT));
    }
    put(PHASING_HEADER_ROW, layout.yearTotalColumn(y), styled(`Total ${formatFinancialYear(year)}`, "header"));
  });

  result.lines.forEach((lineResult, i) => {
    const line = lineResult.line;
    const costing = (y: number): CostingRef => (key) => costingCell(key, layout.costingRow(i, y));
    const unitsRow = layout.phasingRow(i, "units");
    const label = (row: number, figure: string, style?: "total") => {
      put(row, 0, line.id);
      put(row, 1, line.kind);
      put(row, 2, style ? styled(figure, style) : figure);
    };

    // Cumulative units to each month's end: within the year, or from the line's start for non-pay.
    label(unitsRow, "Units to month end");
    years.forEach((year, y) => {
      const cost = lineResult.years[y]?.cost;
      const byIndex = new Map((cost?.months ?? []).map((month) => [month.index, month.units]));
      let units = line.kind === "non-pay" && line.start < yearStart(year) ? unitsOfPeriod(line.start, Math.min(line.end, yearStart(year) - 1)) : 0;
      const first = costing(line.kind === "non-pay" ? 0 : y);
      for (let m = 0; m < 12; m++) {
        units += byIndex.get(m) ?? 0;
        const column = layout.monthColumn(y, m);
        const from = line.kind === "non-pay" ? first("start") : first("from");
        const to = line.kind === "non-pay" ? first("end") : first("to");
        put(unitsRow, column, formulaCell(unitsBetween(from, `MIN(${to},${helper(PHASING_MONTH_END_ROW, column)})`), units, UNITS_FORMAT));
      }
    });

    const components = componentsOf(line.kind);
    const months = years.map((_, y) => {
      const cost = lineResult.years[y]?.cost;
      const figures = cost ? phaseMonths(cost) : [];
      const byIndex = new Map<number, Readonly<Partial<Record<ComponentName, Pennies>>>>();
      (cost?.months ?? []).forEach((month, k) => byIndex.set(month.index, figures[k]?.components ?? {}));
      return byIndex;
    });
    for (const component of components) {
      const row = layout.phasingRow(i, component);
      label(row, componentLabel(component));
      years.forEach((_, y) => {
        const r = costing(y);
        for (let m = 0; m < 12; m++) {
          const column = layout.monthColumn(y, m);
          const upTo = here(unitsRow, column);
          const value = poundsNumber(months[y]?.get(m)?.[component] ?? 0n);
          put(row, column, formulaCell(monthFormula(component, r, niMethod, { y, m, column, upTo, unitsRow, lineUnits: costing(0)("lineUnits"), firstBefore: costing(0)("unitsBefore") }), value));
        }
        const shown = lineResult.years[y]?.cost.components.find((c) => c.name === component)?.shown ?? 0n;
        put(row, layout.yearTotalColumn(y), formulaCell(penny(`SUM(${here(row, layout.monthColumn(y, 0))}:${here(row, layout.monthColumn(y, 11))})`), poundsNumber(shown)));
      });
    }

    const totalRow = layout.phasingRow(i, "total");
    label(totalRow, "Total", "total");
    const firstComponent = layout.phasingRow(i, components[0] as ComponentName);
    const lastComponent = layout.phasingRow(i, components[components.length - 1] as ComponentName);
    years.forEach((_, y) => {
      for (let m = 0; m < 12; m++) {
        const column = layout.monthColumn(y, m);
        const figures = months[y]?.get(m);
        const total = figures ? Object.values(figures).reduce((sum: bigint, amount) => sum + (amount ?? 0n), 0n) : 0n;
        put(totalRow, column, formulaCell(penny(`SUM(${here(firstComponent, column)}:${here(lastComponent, column)})`), poundsNumber(total)));
      }
      const column = layout.yearTotalColumn(y);
      put(totalRow, column, formulaCell(penny(`SUM(${here(totalRow, layout.monthColumn(y, 0))}:${here(totalRow, layout.monthColumn(y, 11))})`), poundsNumber(lineResult.years[y]?.cost.total ?? 0n)));
    });
  });

  for (const row of rows) for (let column = 0; column < width; column++) if (row[column] === undefined) row[column] = null;
  return {
    name: PHASING_SHEET,
    owned: true,
    rows,
    columns: Array.from({ length: width }, (_, column) => (column === 0 ? { width: 8 } : column === 1 ? { width: 11 } : column === 2 ? { width: 20 } : { width: 12, numberFormat: MONEY_FORMAT })),
    frozen: { rows: PHASING_HEADER_ROW + 1, columns: PHASING_FIRST_MONTH_COLUMN },
    tabColor: OWNED_TAB_COLOR,
  };
}

interface MonthPlace {
  readonly y: number;
  readonly m: number;
  readonly column: number;
  /** This month's cumulative units cell. */
  readonly upTo: string;
  readonly unitsRow: number;
  /** Non-pay: the line's units and its units before the horizon's first year, on Costing. */
  readonly lineUnits: string;
  readonly firstBefore: string;
}

/** One month of one component: the running figure to its end less the running figure before it. */
function monthFormula(component: ComponentName, r: CostingRef, niMethod: "monthly" | "annual", place: MonthPlace): string {
  const { y, m, column, upTo, unitsRow } = place;
  const previous = column > PHASING_FIRST_MONTH_COLUMN ? here(unitsRow, column - 1) : undefined;
  if (component === "employerNI" && niMethod === "monthly") {
    const units = m === 0 ? upTo : `(${upTo}-${previous as string})`;
    return monthNI(r, units, helper(PHASING_NI_THRESHOLD_ROW, column), helper(PHASING_NI_RATE_ROW, column));
  }
  const amount = exactAmount(component, r, niMethod) as string;
  if (component !== "nonPay" && component !== "vat") return shownBetween(amount, m === 0 ? undefined : previous, upTo);
  // Non-pay runs on from the line's start across years; a lump falls whole in the start month.
  const before = y === 0 && m === 0 ? place.firstBefore : (previous as string);
  const lump = `IF(AND(${r("start")}>=${helper(PHASING_MONTH_START_ROW, column)},${r("start")}<=${helper(PHASING_MONTH_END_ROW, column)}),${penny(amount)},0)`;
  return `IF(${r("phasing")}=${text("lump")},${lump},${shownBetween(amount, before, upTo, place.lineUnits)})`;
}

const LABELS: Readonly<Record<ComponentName, string>> = {
  basic: "Basic",
  hcas: "HCAS",
  employerNI: "Employer NI",
  pension: "Pension",
  levy: "Levy",
  backfill: "Backfill",
  onCost: "On-cost",
  nonPay: "Non-pay",
  vat: "VAT",
};

function componentLabel(component: ComponentName): string {
  return LABELS[component];
}
