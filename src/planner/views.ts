import { varianceShare } from "../engine/check-ask";
import { formatFinancialYear } from "../engine/financial-year";
import { displayPercent } from "../engine/money";
import { absPennies, displayPennies } from "../engine/pennies";
import type { PlanResult } from "../engine/result";
import type { InputError } from "../plan-format/input-error";
import { flagCell } from "../workbook/flag-cell";
import { LEVEL_ORDER, flagLevel } from "../workbook/flag-severity";
import type { InputCells } from "../workbook/input-cells";
import type { AskView, CalculationView, IssueView, TotalsView } from "./gateway";

/** What the task pane shows of a result: every figure formatted here, so the UI does no arithmetic. */
export function calculationView(result: PlanResult, inputs: InputCells, ranAt: string): CalculationView {
  return {
    planName: result.plan.name,
    years: result.years.map(formatFinancialYear),
    lineCount: result.lines.length,
    ...(result.ask ? { ask: askView(result) } : {}),
    totals: totalsView(result),
    issues: flagIssues(result, inputs),
    ranAt,
  };
}

function askView(result: PlanResult): AskView {
  const ask = result.ask as NonNullable<PlanResult["ask"]>;
  const sign = ask.variance < 0 ? "-" : "+";
  const share = varianceShare(ask);
  return {
    year: formatFinancialYear(ask.year),
    stated: displayPennies(ask.stated),
    calculated: displayPennies(ask.calculated),
    variance: `${sign}${displayPennies(absPennies(ask.variance))}`,
    ...(share === undefined ? {} : { variancePercent: `${sign}${displayPercent(share.abs().toDecimalPlaces(4))}` }),
    tolerance: `±${displayPennies(ask.tolerance)}`,
    withinTolerance: ask.withinTolerance,
  };
}

const KIND_LABELS = [
  ["post", "Posts"],
  ["gp-backfill", "GP backfill"],
  ["non-pay", "Non-pay"],
] as const;

function totalsView(result: PlanResult): TotalsView {
  const { all, byKind, byStatus } = result.totals;
  return {
    cost: displayPennies(all.cost),
    funded: displayPennies(all.funded),
    inKind: displayPennies(all.inKind),
    unfunded: displayPennies(all.unfunded),
    byKind: KIND_LABELS.flatMap(([kind, label]) => {
      const figures = byKind.get(kind);
      return figures ? [{ label, cost: displayPennies(figures.cost), funded: displayPennies(figures.funded), inKind: displayPennies(figures.inKind), unfunded: displayPennies(figures.unfunded) }] : [];
    }),
    byStatus: [
      { label: "Confirmed", amount: displayPennies(byStatus.confirmed) },
      { label: "Indicative", amount: displayPennies(byStatus.indicative) },
      { label: "Requested", amount: displayPennies(byStatus.requested) },
      { label: "In kind", amount: displayPennies(byStatus.inKind) },
      { label: "Unfunded", amount: displayPennies(byStatus.unfunded) },
    ],
  };
}

/** Flags as issues, problems before warnings (each group in the engine's order), each with the cell to go to. */
export function flagIssues(result: PlanResult, inputs: InputCells): IssueView[] {
  const years = result.years.map(formatFinancialYear);
  return result.flags
    .map((flag, index) => ({ flag, index, level: flagLevel(flag.code) }))
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.index - b.index)
    .map(({ flag, level }) => {
      const cell = flagCell(flag, inputs, years);
      return { level, code: flag.code, message: flag.message, ...(cell ? { cell } : {}), ...(flag.lineId ? { lineId: flag.lineId } : {}) };
    });
}

/** Input errors as issues, each with its cell. */
export function errorIssues(errors: readonly InputError[]): IssueView[] {
  return errors.map((error) => ({ level: "error", code: error.code, message: error.message, ...(error.cell ? { cell: error.cell } : {}) }));
}
