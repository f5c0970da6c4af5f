import { yearStart } from "../engine/calendar";
import { formatFinancialYear } from "../engine/financial-year";
import { unitsOfPeriod } from "../engine/cost-non-pay";
import type { ComponentName } from "../engine/line-cost";
import type { Pennies } from "../engine/pennies";
import { phaseMonths } from "../engine/phase-months";
import type { LineKind } from "../engine/plan";
import type { PlanResult } from "../engine/result";
import { COSTING_SHEET, PHASING_SHEET } from "./owned-sheets";
import { headerRow, poundsNumber, styled, titleCell } from "./owned-sheet-cells";
import { absoluteA1ToR1C1, sameRowR1C1 } from "./r1c1";
import type { RatesRefs } from "./render-rates";
import { Cell, FormulaFill, MONEY_FORMAT, OWNED_TAB_COLOR, SheetModel } from "./sheet-model";
import { quoteSheet } from "./tables";
import { CostingRef, exactAmount, monthNI, shownBetween } from "./traceable-amounts";
import { penny, text, unitsBetween } from "./traceable-formulas";
import {
  PHASING_FIGURES,
  PHASING_FIRST_MONTH_COLUMN,
  PHASING_GROUP_ROW,
  PHASING_HEADER_ROW,
  PHASING_YEAR_TOTAL_COLUMN,
  PhasingFigure,
  TraceableLayout,
  UNITS_FORMAT,
  componentsOf,
  costingColumn,
  phasingColumn,
} from "./traceable-layout";

const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];

/** This row of Costing, in R1C1: Phasing's rows are Costing's rows. */
const costing: CostingRef = (key) => `${quoteSheet(COSTING_SHEET)}!${sameRowR1C1(costingColumn(key))}`;
/** This row of Phasing, a figure's month. */
const here = (figure: PhasingFigure, month: number) => sameRowR1C1(phasingColumn(figure, month));

/**
 * The Phasing sheet: one row per Costing row (each line in each year, on the same sheet row),
 * with cumulative units and each component month by month from April to March, by cumulative
 * rounding (a month is the running figure to its end less the running figure to the month
 * before), employer NI by the monthly method per pay month, the month totals and the year's.
 * Every cell is a live formula over the same row of Costing, so the figures add up exactly to
 * Costing's years. Lines of a kind sit together, so each month of each figure is one formula
 * filled down the kind's rows.
 */
export function renderPhasingSheet(result: PlanResult, rates: RatesRefs, layout: TraceableLayout): SheetModel {
  const { plan } = result;
  const { niMethod } = plan.settings;
  const rows: Cell[][] = [];
  rows[0] = [titleCell("Phasing: each line's months in each year, as live formulas adding up to the Costing sheet")];
  rows[1] = [
    styled(
      "One row per Costing row, on the same row. Units: cumulative active time to the month's end (1/4,530,960 of a year) within the year, or from the line's start for non-pay. Each month is the running figure to its end less the running figure to the month before.",
      "note",
    ),
  ];
  const group: Cell[] = [null, null, null];
  const header: Cell[] = headerRow(["Line", "Kind", "Year"]);
  for (const figure of PHASING_FIGURES) {
    group[phasingColumn(figure, 0)] = styled(FIGURE_LABELS[figure], "header");
    MONTHS.forEach((month, m) => (header[phasingColumn(figure, m)] = styled(month, "header")));
  }
  header[PHASING_YEAR_TOTAL_COLUMN] = styled("Year total", "header");
  rows[PHASING_GROUP_ROW] = group;
  rows[PHASING_HEADER_ROW] = header;

  const figures = new RowFigures(result, layout);
  const fills: FormulaFill[] = [];
  for (const run of kindRuns(result, layout)) {
    const fill = (column: number, formula: string, numberFormat?: string) =>
      fills.push({ block: { row: run.first, column, rows: run.rows, columns: 1 }, formulaR1C1: `=${formula}`, result: (row, col) => figures.at(row, col), ...(numberFormat ? { numberFormat } : {}) });
    fill(0, costing("line"));
    fill(1, costing("kind"));
    fill(2, costing("year"));
    const components = componentsOf(run.kind);
    for (let m = 0; m < 12; m++) {
      fill(phasingColumn("units", m), unitsFormula(run.kind, m), UNITS_FORMAT);
      for (const component of components) fill(phasingColumn(component, m), monthFormula(component, niMethod, m, rates, plan.startYear));
      fill(phasingColumn("total", m), penny(components.map((component) => here(component, m)).join("+")));
    }
    fill(PHASING_YEAR_TOTAL_COLUMN, penny(`SUM(${here("total", 0)}:${here("total", 11)})`));
  }

  return {
    name: PHASING_SHEET,
    owned: true,
    rows,
    fills,
    columns: Array.from({ length: PHASING_YEAR_TOTAL_COLUMN + 1 }, (_, column) =>
      column === 0 ? { width: 8 } : column === 1 ? { width: 11 } : column === 2 ? { width: 9 } : { width: 12, numberFormat: MONEY_FORMAT },
    ),
    frozen: { rows: PHASING_HEADER_ROW + 1, columns: PHASING_FIRST_MONTH_COLUMN },
    tabColor: OWNED_TAB_COLOR,
  };
}

const FIGURE_LABELS: Readonly<Record<PhasingFigure, string>> = {
  units: "Units to month end",
  basic: "Basic",
  hcas: "HCAS",
  employerNI: "Employer NI",
  pension: "Pension",
  levy: "Levy",
  backfill: "Backfill",
  onCost: "On-cost",
  nonPay: "Non-pay",
  vat: "VAT",
  total: "Month total",
};

/** Consecutive rows of lines of one kind (a year's posts, then its GP backfill, …): each month of each figure is one formula down them. */
function kindRuns(result: PlanResult, layout: TraceableLayout): { kind: LineKind; first: number; rows: number }[] {
  const runs: { kind: LineKind; first: number; rows: number }[] = [];
  for (let row = layout.costingRow(0, 0); row < layout.costingTotalsRow; row++) {
    const kind = result.lines[layout.lineYearOf(row).line]?.line.kind;
    if (kind === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.first + last.rows === row) last.rows++;
    else runs.push({ kind, first: row, rows: 1 });
  }
  return runs;
}

/** The last day of month m of the row's year (0 = April). */
const monthEnd = (m: number) => `EOMONTH(${costing("yearStart")},${m})`;
/** The first day of month m of the row's year. */
const monthStart = (m: number) => (m === 0 ? costing("yearStart") : `EOMONTH(${costing("yearStart")},${m - 1})+1`);

/** Cumulative units to the end of month m: within the year, or from the line's start for non-pay. */
function unitsFormula(kind: LineKind, m: number): string {
  if (kind === "non-pay") return unitsBetween(costing("start"), `MIN(${costing("end")},${monthEnd(m)})`);
  return unitsBetween(costing("from"), `MIN(${costing("to")},${monthEnd(m)})`);
}

/** One month of one component: the running figure to its end less the running figure before it. */
function monthFormula(component: ComponentName, niMethod: "monthly" | "annual", m: number, rates: RatesRefs, startYear: number): string {
  const upTo = here("units", m);
  const previous = m === 0 ? undefined : here("units", m - 1);
  if (component === "employerNI" && niMethod === "monthly") {
    // The month's row of Rates' NI table: twelve rows a horizon year, from the first.
    const index = `12*(YEAR(${costing("yearStart")})-${startYear})+${m + 1}`;
    const threshold = `INDEX(${absoluteA1ToR1C1(rates.niMonths.threshold)},${index})`;
    const rate = `INDEX(${absoluteA1ToR1C1(rates.niMonths.rate)},${index})`;
    return monthNI(costing, previous === undefined ? upTo : `(${upTo}-${previous})`, threshold, rate);
  }
  const amount = exactAmount(component, costing, niMethod) as string;
  if (component !== "nonPay" && component !== "vat") return shownBetween(amount, previous, upTo);
  // Non-pay runs on from the line's start across years; a lump falls whole in the start month.
  const before = previous ?? costing("unitsBefore");
  const lump = `IF(AND(${costing("start")}>=${monthStart(m)},${costing("start")}<=${monthEnd(m)}),${penny(amount)},0)`;
  return `IF(${costing("phasing")}=${text("lump")},${lump},${shownBetween(amount, before, upTo, costing("lineUnits"))})`;
}

/**
 * The engine's figure for any Phasing cell, as its cached result: a row's figures are worked out
 * when first asked for, and the last row's kept, since writers go row by row.
 */
class RowFigures {
  private row = -1;
  private figures: ReadonlyMap<number, number | string> = new Map();

  constructor(
    private readonly result: PlanResult,
    private readonly layout: TraceableLayout,
  ) {}

  at(row: number, column: number): number | string {
    if (row !== this.row) {
      this.figures = this.work(row);
      this.row = row;
    }
    return this.figures.get(column) ?? 0;
  }

  private work(row: number): Map<number, number | string> {
    const { result, layout } = this;
    const { line: i, year: y } = layout.lineYearOf(row);
    const lineResult = result.lines[i];
    const year = result.years[y];
    const yearResult = lineResult?.years[y];
    const out = new Map<number, number | string>();
    if (!lineResult || year === undefined || !yearResult) return out;
    const line = lineResult.line;
    out.set(0, line.id);
    out.set(1, line.kind === "post" && line.fill === "secondment" ? "secondment" : line.kind);
    out.set(2, formatFinancialYear(year));
    const { cost } = yearResult;
    const units = new Map(cost.months.map((month) => [month.index, month.units]));
    let cumulative = line.kind === "non-pay" && line.start < yearStart(year) ? unitsOfPeriod(line.start, Math.min(line.end, yearStart(year) - 1)) : 0;
    const phased = new Map(phaseMonths(cost).map((figures, k) => [cost.months[k]?.index as number, figures]));
    let yearTotal = 0;
    for (let m = 0; m < 12; m++) {
      cumulative += units.get(m) ?? 0;
      out.set(phasingColumn("units", m), cumulative);
      const month = phased.get(m);
      let total = 0;
      for (const component of componentsOf(line.kind)) {
        const amount: Pennies = month?.components[component] ?? 0;
        total += amount;
        out.set(phasingColumn(component, m), poundsNumber(amount));
      }
      yearTotal += total;
      out.set(phasingColumn("total", m), poundsNumber(total));
    }
    out.set(PHASING_YEAR_TOTAL_COLUMN, poundsNumber(yearTotal));
    return out;
  }
}
