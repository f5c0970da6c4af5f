import { FinancialYear } from "./financial-year";

/**
 * Dates as whole days since 1970-01-01 (UTC, no time of day), and the calendar arithmetic the
 * costing needs: months of a financial year and the share of each month a line is active.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date from year, month (1–12) and day of month. */
export function dayOf(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** "2021-07-01" → Day; undefined unless it is a real calendar date. */
export function parseIsoDate(text: string): Day | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, dayOfMonth);
}

/** Day → "2021-07-01". */
export function formatIsoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days in a calendar month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of a financial year (1 April). */
export function yearStart(year: FinancialYear): Day {
  return (monthSpans(year)[0] as MonthSpan).first;
}

/** Last day of a financial year (31 March). */
export function yearEnd(year: FinancialYear): Day {
  return (monthSpans(year)[11] as MonthSpan).last;
}

/** The financial year a day falls in. */
export function financialYearOf(day: Day): FinancialYear {
  const calendarYear = new Date(day * MS_PER_DAY).getUTCFullYear();
  return day >= dayOf(calendarYear, 4, 1) ? calendarYear : calendarYear - 1;
}

/** The financial-year month index of a day (0 = April … 11 = March). */
export function monthIndexOf(day: Day): number {
  return (new Date(day * MS_PER_DAY).getUTCMonth() + 9) % 12;
}

/** A calendar month of a financial year: index 0 is April, 11 is March. */
export interface YearMonth {
  readonly year: number;
  readonly month: number; // 1–12
}

/** The calendar month of a financial year's month index (0 = April … 11 = March). */
export function monthOfYear(year: FinancialYear, index: number): YearMonth {
  const month = ((index + 3) % 12) + 1;
  return { year: month >= 4 ? year : year + 1, month };
}

/** "2021-07" for people and the result format. */
export function formatYearMonth({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Month shares are counted in units of 1/4,530,960 of a year, so that a part month pro rata by
 * calendar days is a whole number of units for every month length:
 * 4,530,960 = 12 × lcm(28, 29, 30, 31). A whole month is 377,580 units.
 */
export const UNITS_PER_YEAR = 4_530_960;
export const UNITS_PER_MONTH = UNITS_PER_YEAR / 12;

/** Units of a month for `days` of its `monthDays` days. Exact: 377,580 is divisible by 28–31. */
export function monthUnits(days: number, monthDays: number): number {
  return (days * UNITS_PER_MONTH) / monthDays;
}

/** How much of one month a line is active: days in post and the month's share in units. */
export interface ActiveMonth {
  readonly index: number; // 0 = April … 11 = March
  readonly days: number;
  readonly monthDays: number;
  readonly units: number;
}

interface MonthSpan {
  readonly index: number;
  readonly first: Day;
  readonly last: Day;
  readonly monthDays: number;
}

// The calendar does not change: each year's months are worked out once.
const spansByYear = new Map<FinancialYear, readonly MonthSpan[]>();
const wholeYears = new Map<FinancialYear, readonly ActiveMonth[]>();
const NO_MONTHS: readonly ActiveMonth[] = Object.freeze([]);

function monthSpans(year: FinancialYear): readonly MonthSpan[] {
  let spans = spansByYear.get(year);
  if (!spans) {
    spans = Array.from({ length: 12 }, (_, index) => {
      const { year: calendarYear, month } = monthOfYear(year, index);
      const monthDays = daysInMonth(calendarYear, month);
      const first = dayOf(calendarYear, month, 1);
      return { index, first, last: first + monthDays - 1, monthDays };
    });
    spansByYear.set(year, spans);
  }
  return spans;
}

/** The twelve whole months of a year, made once and shared. */
function wholeMonths(year: FinancialYear, spans: readonly MonthSpan[]): readonly ActiveMonth[] {
  let whole = wholeYears.get(year);
  if (!whole) {
    whole = Object.freeze(spans.map(({ index, monthDays }) => Object.freeze({ index, days: monthDays, monthDays, units: UNITS_PER_MONTH })));
    wholeYears.set(year, whole);
  }
  return whole;
}

/**
 * The months of a financial year in which [start, end] (inclusive) is active, with the share of
 * each month pro rata by calendar days. Empty if the period misses the year. The list is shared:
 * callers must not change it.
 */
export function activeMonths(year: FinancialYear, start: Day, end: Day): readonly ActiveMonth[] {
  const spans = monthSpans(year);
  const yearFirst = (spans[0] as MonthSpan).first;
  const yearLast = (spans[11] as MonthSpan).last;
  if (end < yearFirst || start > yearLast) return NO_MONTHS;
  const whole = wholeMonths(year, spans);
  if (start <= yearFirst && end >= yearLast) return whole;
  const from = Math.max(start, yearFirst);
  const to = Math.min(end, yearLast);
  const key = from * 100_000 + to; // days since 1970 are under 100,000 until 2243
  let months = partYears.get(key);
  if (!months) {
    const active: ActiveMonth[] = [];
    for (const { index, first, last, monthDays } of spans) {
      const days = Math.min(last, to) - Math.max(first, from) + 1;
      if (days === monthDays) active.push(whole[index] as ActiveMonth);
      else if (days > 0) active.push(Object.freeze({ index, days, monthDays, units: monthUnits(days, monthDays) }));
    }
    if (partYears.size >= MAX_PART_YEARS) partYears.clear();
    partYears.set(key, (months = Object.freeze(active)));
  }
  return months;
}

// Part years, made once and shared: many lines start or end on the same day. Bounded, as a
// long-running task pane costs plan after plan.
const partYears = new Map<number, readonly ActiveMonth[]>();
const MAX_PART_YEARS = 50_000;

/** Total units of a set of months. */
export function totalUnits(months: readonly ActiveMonth[]): number {
  let units = 0;
  for (let i = 0; i < months.length; i++) units += (months[i] as ActiveMonth).units;
  return units;
}
