import { varianceShare } from "../engine/check-ask";
import { FLAG_CATALOGUE, FlagCode } from "../engine/flags";
import { FinancialYear, formatFinancialYear } from "../engine/financial-year";
import { displayPercent } from "../engine/money";
import { Pennies, absPennies, displayPennies, sumPennies } from "../engine/pennies";
import { LINE_KINDS, LineKind, Plan } from "../engine/plan";
import type { PlanResult } from "../engine/result";
import type { Figures } from "../engine/totals";
import { FLAG_CODES, LEVEL_LABEL, flagLevel } from "./flag-severity";
import { ISSUES_SHEET, SUMMARY_SHEET } from "./owned-sheets";
import { RowList, a1, headerRow, moneyCell, poundsNumber, sheetRange, styled, sumCell, titleCell } from "./owned-sheet-cells";
import { ChartSpec, ColumnSpec, MONEY_FORMAT, OWNED_TAB_COLOR, PERCENT_FORMAT, RichCell, SheetModel } from "./sheet-model";
import { quoteSheet } from "./tables";

/** How each kind of line is named for people (as the CLI names them). */
export const KIND_LABEL: Readonly<Record<LineKind, string>> = { post: "Posts", "gp-backfill": "GP backfill", "non-pay": "Non-pay" };

const FIGURE_HEADERS = ["Cost", "Funded", "In kind", "Unfunded"] as const;
const MONEY_WIDTH = 16;
/** The chart sits to the right of the tables (which use columns A to G), clear of a spacer column. */
const CHART_COLUMN = 8;

/**
 * The Summary sheet: what the plan costs and how it is met, in the same terms as the CLI's
 * summary: the ask check, totals by year and funding status, by kind (with a chart), by
 * workstream, employer and funding source, the flags by code, and every assumption. Totals of
 * figures shown on the sheet are live SUMs with the engine's total as the cached result.
 */
export function renderSummarySheet(result: PlanResult): SheetModel {
  const { plan } = result;
  const out = new RowList();
  out.add(titleCell(plan.name || "Resourcing plan"));
  out.add(styled(subtitleOf(result), "subtitle"));

  addAskCheck(out, result);
  addByYear(out, result);
  const chart = addByKind(out, result);
  addFiguresTable(
    out,
    "By workstream",
    "Workstream",
    [...result.totals.byWorkstream].map(([workstream, figures]) => [workstream || "(no workstream)", figures] as const),
    result.totals.all,
  );
  addFiguresTable(
    out,
    "By employer",
    "Employer",
    [...result.totals.byEmployer].map(([employer, figures]) => [employerLabel(plan, employer), figures] as const),
    result.totals.all,
  );
  addSources(out, result);
  addInKind(out, result);
  addFlags(out, result);
  addAssumptions(out, result);
  out.add();
  out.add(styled(`Costed ${result.lines.length} line${result.lines.length === 1 ? "" : "s"} over ${result.years.length} year${result.years.length === 1 ? "" : "s"}.`, "note"));

  const columns: ColumnSpec[] = [{ width: 44 }, ...Array.from({ length: 6 }, () => ({ width: MONEY_WIDTH })), { width: 3 }];
  return { name: SUMMARY_SHEET, owned: true, rows: out.rows, columns, charts: [chart], tabColor: OWNED_TAB_COLOR };
}

/** "Havering Borough Partnership · 2021/22 · NI monthly · NHS pension employer share · levy on". */
function subtitleOf(result: PlanResult): string {
  const { plan } = result;
  return [
    plan.organisation,
    yearsText(result.years),
    `NI ${plan.settings.niMethod}`,
    `NHS pension ${plan.settings.pensionCharge === "full" ? "full rate" : "employer share"}`,
    `levy ${plan.settings.apprenticeshipLevy ? "on" : "off"}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

function yearsText(years: readonly FinancialYear[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return "";
  return first === last ? formatFinancialYear(first) : `${formatFinancialYear(first)} to ${formatFinancialYear(last)}`;
}

function section(out: RowList, title: string): void {
  out.add();
  out.add(styled(title, "subtitle"));
}

/** The ask check as a block of labelled figures, variance and the verdict as live formulas. */
function addAskCheck(out: RowList, result: PlanResult): void {
  const { ask } = result;
  if (!ask) {
    section(out, "Ask check");
    out.add("The plan states no ask, so there is nothing to check.");
    return;
  }
  section(out, `Ask check ${formatFinancialYear(ask.year)}`);
  out.add("Year", formatFinancialYear(ask.year));
  const stated = out.add("Stated ask", moneyCell(ask.stated));
  const calculated = out.add("Calculated ask", moneyCell(ask.calculated), styled("The year's cash cost not met by confirmed or indicative funding or in kind", "note"));
  const variance = out.add(
    "Variance",
    { formula: `=${a1(calculated, 1)}-${a1(stated, 1)}`, result: poundsNumber(ask.variance), numberFormat: MONEY_FORMAT },
    styled(varianceText(ask.variance), "note"),
  );
  const share = varianceShare(ask);
  out.add("Variance %", {
    formula: `=IF(${a1(stated, 1)}=0,"",${a1(variance, 1)}/${a1(stated, 1)})`,
    result: share === undefined ? "" : Number(share.toString()),
    numberFormat: PERCENT_FORMAT,
  });
  const tolerance = out.add("Tolerance (±)", moneyCell(ask.tolerance), styled(toleranceText(result.plan), "note"));
  const within: RichCell = {
    // Rounded to the penny so a variance exactly at the tolerance is within it, as the engine says.
    formula: `=IF(ROUND(ABS(${a1(variance, 1)}),2)<=${a1(tolerance, 1)},"Yes","No")`,
    result: ask.withinTolerance ? "Yes" : "No",
    style: ask.withinTolerance ? "good" : "bad",
  };
  out.add(styled("Within tolerance", ask.withinTolerance ? "good" : "bad"), within);
}

function varianceText(variance: Pennies): string {
  if (variance === 0) return "The costs need exactly the stated ask";
  return `The costs need ${displayPennies(absPennies(variance))} ${variance > 0 ? "more" : "less"} than the stated ask`;
}

function toleranceText(plan: Plan): string {
  const tolerance = plan.ask?.tolerance;
  if (!tolerance) return "";
  return tolerance.kind === "percent" ? `${displayPercent(tolerance.rate)} of the stated ask` : "A fixed amount either side of the stated ask";
}

/** Cost and how it is met, per year and over the horizon, cash funding by the status of its source. */
function addByYear(out: RowList, result: PlanResult): void {
  section(out, "Cost and funding by year");
  out.add(...headerRow(["Year", "Cost", "Confirmed", "Indicative", "Requested", "In kind", "Unfunded"]));
  const first = out.next;
  for (const year of result.years) {
    const cost = result.totals.byYear.get(year)?.cost ?? 0;
    const status = result.totals.byStatusYear.get(year);
    const amounts = status ? [cost, status.confirmed, status.indicative, status.requested, status.inKind, status.unfunded] : [cost, 0, 0, 0, 0, 0];
    out.add(formatFinancialYear(year), ...amounts.map((amount) => moneyCell(amount)));
  }
  const last = out.next - 1;
  if (last < first) return;
  const { all, byStatus } = result.totals;
  const totals = [all.cost, byStatus.confirmed, byStatus.indicative, byStatus.requested, byStatus.inKind, byStatus.unfunded];
  out.add(styled(result.years.length === 1 ? "Total" : `Total ${yearsText(result.years)}`, "total"), ...totals.map((total, i) => sumCell(i + 1, first, last, total)));
}

/** Cost by kind of line, every kind shown (zero where the plan has none) so the chart keeps its shape. */
function addByKind(out: RowList, result: PlanResult): ChartSpec {
  const rows = LINE_KINDS.map((kind) => [KIND_LABEL[kind], result.totals.byKind.get(kind) ?? NO_FIGURES] as const);
  const { first, last, header } = addFiguresTable(out, "By kind", "Kind", rows, result.totals.all);
  const series = (column: number) => ({ name: FIGURE_HEADERS[column - 1] as string, values: sheetRange(SUMMARY_SHEET, column, first, last) });
  return {
    title: "Cost by kind: funded, in kind and unfunded",
    kind: "stacked-column",
    categories: sheetRange(SUMMARY_SHEET, 0, first, last),
    // Funded + in kind + unfunded = cost, so the stacks are the cost column.
    series: [series(2), series(3), series(4)],
    at: { row: Math.max(2, header - 2), column: CHART_COLUMN, columns: 8, rows: 16 },
  };
}

const NO_FIGURES: Figures = { cost: 0, funded: 0, inKind: 0, unfunded: 0 };

/** A table of cost, funded, in kind and unfunded by some key, with a total row of live SUMs. */
function addFiguresTable(out: RowList, title: string, keyHeader: string, rows: readonly (readonly [string, Figures])[], total: Figures): { header: number; first: number; last: number } {
  section(out, title);
  const header = out.add(...headerRow([keyHeader, ...FIGURE_HEADERS]));
  const first = out.next;
  for (const [label, figures] of rows) out.add(label, ...figuresOf(figures).map((amount) => moneyCell(amount)));
  const last = out.next - 1;
  if (last >= first) out.add(styled("Total", "total"), ...figuresOf(total).map((amount, i) => sumCell(i + 1, first, last, amount)));
  else out.add(styled("None", "note"));
  return { header, first, last };
}

function figuresOf(figures: Figures): Pennies[] {
  return [figures.cost, figures.funded, figures.inKind, figures.unfunded];
}

function employerLabel(plan: Plan, id: string): string {
  if (id === "") return "Not a post (GP backfill, non-pay)";
  const employer = plan.employers.find((e) => e.id === id);
  return employer?.name ? `${employer.name} (${id})` : id;
}

/** Each funding source over the horizon; the Funding summary sheet has them year by year. */
function addSources(out: RowList, result: PlanResult): void {
  section(out, "By funding source");
  out.add(...headerRow(["Funding source", "Available", "Claimed", "Allocated", "Remaining", "Status", "Type"]));
  const first = out.next;
  for (const { source, available, claimed, allocated, remaining } of result.sources) {
    out.add(source.name ? `${source.name} (${source.id})` : source.id, ...[available, claimed, allocated, remaining].map((amount) => moneyCell(amount)), source.status, source.type);
  }
  const last = out.next - 1;
  if (last < first) {
    out.add(styled("The plan has no funding sources", "note"));
    return;
  }
  const totals = [
    sumPennies(result.sources.map((s) => s.available)),
    sumPennies(result.sources.map((s) => s.claimed)),
    sumPennies(result.sources.map((s) => s.allocated)),
    sumPennies(result.sources.map((s) => s.remaining)),
  ];
  out.add(styled("Total", "total"), ...totals.map((total, i) => sumCell(i + 1, first, last, total)));
}

/** In-kind contributions by who gives them: a releasing employer or an in-kind source. */
function addInKind(out: RowList, result: PlanResult): void {
  const { inKindBy, byStatus } = result.totals;
  if (inKindBy.size === 0) return;
  section(out, "In kind, by contributor");
  out.add(...headerRow(["Contributor", "In kind"]));
  const first = out.next;
  for (const [who, amount] of inKindBy) out.add(contributorLabel(result.plan, who), moneyCell(amount));
  out.add(styled("Total", "total"), sumCell(1, first, out.next - 1, byStatus.inKind));
}

function contributorLabel(plan: Plan, id: string): string {
  const name = plan.employers.find((e) => e.id === id)?.name ?? plan.funding.find((s) => s.id === id)?.name;
  return name ? `${name} (${id})` : id;
}

/** How many flags of each code, with a pointer to the Issues sheet where each is listed. */
function addFlags(out: RowList, result: PlanResult): void {
  section(out, "Flags");
  if (result.flags.length === 0) {
    out.add(styled("No flags: every line is funded and nothing needs checking", "good"));
    return;
  }
  out.add(...headerRow(["Flag", "Severity", "Count", "What it means"]));
  const counts = new Map<FlagCode, number>();
  for (const flag of result.flags) counts.set(flag.code, (counts.get(flag.code) ?? 0) + 1);
  const first = out.next;
  for (const code of FLAG_CODES) {
    const count = counts.get(code);
    if (count === undefined) continue;
    const level = flagLevel(code);
    out.add(code, styled(LEVEL_LABEL[level], level === "problem" ? "bad" : "warning"), count, FLAG_CATALOGUE[code].summary);
  }
  const last = out.next - 1;
  out.add(styled("Total", "total"), "", { formula: `=SUM(${a1(first, 2)}:${a1(last, 2)})`, result: result.flags.length, numberFormat: "0", style: "total" });
  out.add({ value: "Each flag, with a link to its input row, is on the Issues sheet", link: { cell: `${quoteSheet(ISSUES_SHEET)}!A1` }, style: "note" });
}

/** What the engine assumed where no published figure exists, and what the plan itself states. */
function addAssumptions(out: RowList, result: PlanResult): void {
  section(out, "Rates assumed (no published figure)");
  if (result.assumptions.length === 0) out.add(styled("None: every rate used is a published figure or set in the plan", "note"));
  for (const assumption of result.assumptions) out.add(assumption.message);
  if (result.plan.notes.length === 0) return;
  section(out, "Assumptions stated in the plan");
  for (const note of result.plan.notes) out.add(note);
}

