import type { ComponentName } from "../engine/line-cost";
import { BACKFILL_COMPONENTS, NON_PAY_COMPONENTS, POST_COMPONENTS } from "../engine/line-cost";
import type { LineKind } from "../engine/plan";
import { PHASING_SHEET } from "./owned-sheets";
import { DATE_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./sheet-model";
import { columnLetters, quoteSheet } from "./tables";

/**
 * Where everything sits on the Costing and Phasing sheets, worked out before either is built:
 * Costing's employer NI sums Phasing's NI months, and Phasing's months are worked out from
 * Costing's inputs, so each sheet's formulas need the other's positions. Rows and columns are
 * 0-based, as in the sheet model.
 */

export const UNITS_FORMAT = "#,##0";
const NUMBER_FORMAT = "0.####";

/** Costing's columns, in order: the line and year, the inputs used, then the figures. */
export const COSTING_COLUMNS = [
  { key: "line", header: "Line", width: 8 },
  { key: "kind", header: "Kind", width: 11 },
  { key: "title", header: "Title", width: 30 },
  { key: "year", header: "Year", width: 9 },
  { key: "yearStart", header: "Year start", width: 11, format: DATE_FORMAT },
  { key: "yearEnd", header: "Year end", width: 11, format: DATE_FORMAT },
  { key: "start", header: "Start", width: 11, format: DATE_FORMAT },
  { key: "end", header: "End", width: 11, format: DATE_FORMAT },
  { key: "from", header: "Active from", width: 11, format: DATE_FORMAT },
  { key: "to", header: "Active to", width: 11, format: DATE_FORMAT },
  { key: "units", header: "Units in year", width: 11, format: UNITS_FORMAT },
  { key: "employer", header: "Employer", width: 10 },
  { key: "count", header: "Count", width: 7, format: NUMBER_FORMAT },
  { key: "fte", header: "FTE", width: 7, format: NUMBER_FORMAT },
  { key: "band", header: "Band", width: 6 },
  { key: "point", header: "Point", width: 8 },
  { key: "salary", header: "Salary", width: 12, format: MONEY_FORMAT },
  { key: "salaryYear", header: "Salary year", width: 9 },
  { key: "zone", header: "HCAS zone", width: 9 },
  { key: "basicFullTime", header: "Full-time basic", width: 12, format: MONEY_FORMAT },
  { key: "hcasFullTime", header: "Full-time HCAS", width: 12, format: MONEY_FORMAT },
  { key: "pay", header: "Pay per person", width: 12, format: MONEY_FORMAT },
  { key: "pensionRate", header: "Pension rate", width: 9, format: PERCENT_FORMAT },
  { key: "levyRate", header: "Levy rate", width: 8, format: PERCENT_FORMAT },
  { key: "niThreshold", header: "Annual NI threshold", width: 11, format: MONEY_FORMAT },
  { key: "niRate", header: "Annual NI rate", width: 9, format: PERCENT_FORMAT },
  { key: "sessions", header: "Sessions per week", width: 9, format: NUMBER_FORMAT },
  { key: "weeks", header: "Weeks per year", width: 9, format: NUMBER_FORMAT },
  { key: "ratePerSession", header: "Rate per session", width: 11, format: MONEY_FORMAT },
  { key: "onCostRate", header: "On-cost rate", width: 9, format: PERCENT_FORMAT },
  { key: "quantity", header: "Quantity", width: 9, format: NUMBER_FORMAT },
  { key: "unitCost", header: "Unit cost", width: 12, format: MONEY_FORMAT },
  { key: "vatRate", header: "VAT rate", width: 8, format: PERCENT_FORMAT },
  { key: "phasing", header: "Phasing", width: 8 },
  { key: "unitsBefore", header: "Units before year", width: 11, format: UNITS_FORMAT },
  { key: "lineUnits", header: "Line units", width: 11, format: UNITS_FORMAT },
  { key: "basic", header: "Basic", width: 12, format: MONEY_FORMAT },
  { key: "hcas", header: "HCAS", width: 12, format: MONEY_FORMAT },
  { key: "employerNI", header: "Employer NI", width: 12, format: MONEY_FORMAT },
  { key: "pension", header: "Pension", width: 12, format: MONEY_FORMAT },
  { key: "levy", header: "Levy", width: 11, format: MONEY_FORMAT },
  { key: "backfill", header: "Backfill", width: 12, format: MONEY_FORMAT },
  { key: "onCost", header: "On-cost", width: 11, format: MONEY_FORMAT },
  { key: "nonPay", header: "Non-pay", width: 12, format: MONEY_FORMAT },
  { key: "vat", header: "VAT", width: 11, format: MONEY_FORMAT },
  { key: "total", header: "Total", width: 13, format: MONEY_FORMAT },
  { key: "funded", header: "Funded", width: 13, format: MONEY_FORMAT },
  { key: "inKind", header: "In kind", width: 13, format: MONEY_FORMAT },
  { key: "unfunded", header: "Unfunded", width: 13, format: MONEY_FORMAT },
  { key: "recurrent", header: "Recurrent", width: 9 },
  { key: "fye", header: "Full-year effect", width: 13, format: MONEY_FORMAT },
] as const;

export type CostingKey = (typeof COSTING_COLUMNS)[number]["key"];

const COSTING_INDEX = new Map<string, number>(COSTING_COLUMNS.map((column, i) => [column.key, i]));

/** 0-based column of a Costing field. */
export function costingColumn(key: CostingKey): number {
  return COSTING_INDEX.get(key) as number;
}

/** Costing's header row; data rows follow, one per line per horizon year. */
export const COSTING_HEADER_ROW = 3;

/**
 * Phasing has one row per Costing row, on the same sheet row (line-year by line-year), so each
 * of its formulas refers to "this row" of Costing and is the same R1C1 text all the way down a
 * block of lines of one kind: a block is written as one formula however many lines there are.
 */
export const PHASING_HEADER_ROW = COSTING_HEADER_ROW;
/** The row above the header naming each block of twelve months. */
export const PHASING_GROUP_ROW = PHASING_HEADER_ROW - 1;
/** Columns before the months: line, kind, year. */
export const PHASING_FIRST_MONTH_COLUMN = 3;

/** A block of twelve months on Phasing (April to March): cumulative units, a component, or the month totals. */
export type PhasingFigure = "units" | ComponentName | "total";

/** Phasing's blocks of months, left to right. */
export const PHASING_FIGURES: readonly PhasingFigure[] = ["units", ...POST_COMPONENTS, ...BACKFILL_COMPONENTS, ...NON_PAY_COMPONENTS, "total"];

/** 0-based Phasing column of a month (0 = April) of a figure. */
export function phasingColumn(figure: PhasingFigure, month: number): number {
  return PHASING_FIRST_MONTH_COLUMN + 12 * PHASING_FIGURES.indexOf(figure) + month;
}

/** Phasing's column of the year's total (the sum of the month totals), after every block. */
export const PHASING_YEAR_TOTAL_COLUMN = PHASING_FIRST_MONTH_COLUMN + 12 * PHASING_FIGURES.length;

/** The components of a kind of line, in the order shown. */
export function componentsOf(kind: LineKind): readonly ComponentName[] {
  return kind === "post" ? POST_COMPONENTS : kind === "gp-backfill" ? BACKFILL_COMPONENTS : NON_PAY_COMPONENTS;
}

export class TraceableLayout {
  readonly costingTotalsRow: number;

  constructor(
    readonly kinds: readonly LineKind[],
    readonly yearCount: number,
  ) {
    this.costingTotalsRow = COSTING_HEADER_ROW + 1 + kinds.length * yearCount;
  }

  /**
   * Costing's (and Phasing's) row for a line (by index in plan order) and a horizon year (by
   * index): year by year, each year's lines in plan order. A year's lines of a kind then sit in
   * the order of their input table's rows, so a formula referring to a line's input cells is the
   * same formula moved down, row after row, and a run of them is written as one.
   */
  costingRow(line: number, year: number): number {
    return COSTING_HEADER_ROW + 1 + year * this.kinds.length + line;
  }

  /** The line (index in plan order) and horizon year (index) of a Costing or Phasing data row. */
  lineYearOf(row: number): { readonly line: number; readonly year: number } {
    const index = row - (COSTING_HEADER_ROW + 1);
    return { line: index % this.kinds.length, year: Math.floor(index / this.kinds.length) };
  }
}

/** "$K5": a Costing cell in the same row (column fixed, row relative so a sort keeps rows whole). */
export function sameRow(key: CostingKey, row: number): string {
  return `$${columnLetters(costingColumn(key) + 1)}${row + 1}`;
}

/** "Phasing!$X5:$AI5": a figure's twelve months on Phasing, in a Costing row's own row. */
export function phasingMonths(figure: PhasingFigure, row: number): string {
  return `${quoteSheet(PHASING_SHEET)}!$${columnLetters(phasingColumn(figure, 0) + 1)}${row + 1}:$${columnLetters(phasingColumn(figure, 11) + 1)}${row + 1}`;
}
