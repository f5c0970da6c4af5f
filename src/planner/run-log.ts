import type { PlanResult } from "../engine/result";
import { formatFinancialYear } from "../engine/financial-year";
import { poundsNumber } from "../workbook/owned-sheet-cells";
import { RUN_LOG_SHEET } from "../workbook/owned-sheets";
import { type Literal, MONEY_FORMAT, OWNED_TAB_COLOR, type SheetModel } from "../workbook/sheet-model";

/**
 * The Run log sheet: one row per calculation, oldest first, so a finance lead can see what
 * changed between runs. It is an owned sheet regenerated whole: the rows already there are read
 * back and the new one appended. Times are the only thing in the workbook that depends on the
 * clock, and they stay on this sheet.
 */
export const RUN_LOG_COLUMNS = ["When", "Inputs fingerprint", "Outcome", "Lines", "Cost", "Funded", "In kind", "Unfunded", "Ask year", "Calculated ask", "Stated ask", "Ask status", "Errors", "Flags"] as const;

/** How many runs the log keeps (the oldest drop off): enough history without growing forever. */
export const RUN_LOG_LIMIT = 500;

export interface RunRecord {
  readonly when: string;
  readonly fingerprint: string;
}

/** A row for a costed plan. Money as numbers for the sheet (display only), from the engine's pennies. */
export function costedRunRow(record: RunRecord, result: PlanResult): Literal[] {
  const { all } = result.totals;
  const ask = result.ask;
  return [
    record.when,
    record.fingerprint,
    "costed",
    result.lines.length,
    poundsNumber(all.cost),
    poundsNumber(all.funded),
    poundsNumber(all.inKind),
    poundsNumber(all.unfunded),
    ask ? formatFinancialYear(ask.year) : "",
    ask ? poundsNumber(ask.calculated) : "",
    ask ? poundsNumber(ask.stated) : "",
    ask ? (ask.withinTolerance ? "within tolerance" : "outside tolerance") : "no ask stated",
    0,
    result.flags.length,
  ];
}

/** A row for inputs with errors: nothing costed. */
export function errorsRunRow(record: RunRecord, errorCount: number): Literal[] {
  return [record.when, record.fingerprint, "input errors", "", "", "", "", "", "", "", "", "", errorCount, ""];
}

/** The sheet: the header, then the earlier rows and the new one (the oldest dropped past the limit). */
export function renderRunLogSheet(earlier: readonly (readonly Literal[])[], latest: readonly Literal[]): SheetModel {
  const rows = [...earlier, latest].slice(-RUN_LOG_LIMIT).map((row) => RUN_LOG_COLUMNS.map((_, c) => row[c] ?? null));
  return {
    name: RUN_LOG_SHEET,
    owned: true,
    rows: [[...RUN_LOG_COLUMNS], ...rows],
    columns: RUN_LOG_COLUMNS.map((header) => ({
      width: header === "When" ? 17 : header === "Inputs fingerprint" ? 17 : header === "Ask status" ? 17 : 12,
      ...(["Cost", "Funded", "In kind", "Unfunded", "Calculated ask", "Stated ask"].includes(header) ? { numberFormat: MONEY_FORMAT } : {}),
    })),
    frozen: { rows: 1, columns: 1 },
    tabColor: OWNED_TAB_COLOR,
  };
}

/** "2026-11-23 09:14" in the user's local time. */
export function runTime(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

