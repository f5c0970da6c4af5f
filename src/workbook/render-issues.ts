import { formatFinancialYear } from "../engine/financial-year";
import type { Flag } from "../engine/flags";
import type { PlanResult } from "../engine/result";
import type { InputError } from "../plan-format/input-error";
import { IssueLevel, LEVEL_LABEL, LEVEL_ORDER, flagLevel } from "./flag-severity";
import { flagCell, sourceCell } from "./flag-cell";
import type { InputCells } from "./input-cells";
import { ISSUES_SHEET } from "./owned-sheets";
import { RowList, headerRow, poundsNumber, styled, titleCell } from "./owned-sheet-cells";
import { Cell, ColumnSpec, ConditionalFormat, MONEY_FORMAT, OWNED_TAB_COLOR, SheetModel } from "./sheet-model";

/** The columns of the Issues sheet, left to right. */
export const ISSUES_COLUMNS = ["Severity", "Code", "Where", "About", "Source", "Year", "Amount", "Message"] as const;

const WIDTHS = [10, 28, 16, 40, 10, 9, 14, 100];
/** The Amount column, in money. */
const AMOUNT_COLUMN = 6;

/**
 * The Issues sheet: every input error (with a link to its cell) and, when the plan was costed,
 * every flag (with a link to the line's or source's input row), errors and problems first.
 * Titles and messages from the workbook are string literals, so they stay text whatever they
 * look like.
 */
export function renderIssuesSheet(result: PlanResult | undefined, errors: readonly InputError[], inputs: InputCells): SheetModel {
  const out = new RowList();
  out.add(titleCell("Issues"));
  out.add(styled(subtitleOf(result, errors), "subtitle"));
  const header = out.add(...headerRow(ISSUES_COLUMNS));
  const first = out.next;

  for (const error of errors) out.add(...errorRow(error));
  if (result) {
    const titles = new Map(result.lines.map(({ line }) => [line.id, line.title]));
    const names = new Map(result.plan.funding.map((source) => [source.id, source.name]));
    // Stable sort: within a level the engine's order (line by line, then sources, then the ask) stands.
    const flags = [...result.flags].sort((a, b) => LEVEL_ORDER[flagLevel(a.code)] - LEVEL_ORDER[flagLevel(b.code)]);
    const years = result.years.map(formatFinancialYear);
    for (const flag of flags) out.add(...flagRow(flag, titles, names, years, inputs));
  }
  const last = out.next - 1;

  const conditionalFormats: ConditionalFormat[] = [];
  if (last < first) {
    out.add(styled("No problems found", "good"), "", "", styled(result ? "Every line is funded, no source is over-allocated and the ask is within tolerance." : "The plan has no input errors.", "good"));
  } else {
    const block = { row: first, column: 0, rows: last - first + 1, columns: ISSUES_COLUMNS.length };
    const severity = `$A${first + 1}`;
    conditionalFormats.push(
      { block, formula: `OR(${severity}="${LEVEL_LABEL.error}",${severity}="${LEVEL_LABEL.problem}")`, style: "bad" },
      { block, formula: `${severity}="${LEVEL_LABEL.warning}"`, style: "warning" },
    );
  }

  const columns: ColumnSpec[] = WIDTHS.map((width, i) => (i === AMOUNT_COLUMN ? { width, numberFormat: MONEY_FORMAT } : { width }));
  return { name: ISSUES_SHEET, owned: true, rows: out.rows, columns, frozen: { rows: header + 1, columns: 0 }, conditionalFormats, tabColor: OWNED_TAB_COLOR };
}

function subtitleOf(result: PlanResult | undefined, errors: readonly InputError[]): string {
  if (errors.length > 0) {
    const count = plural(errors.length, "input error");
    return result ? `${count}: fix each cell (the link in Where takes you there) and calculate again` : `${count}, so the plan was not costed: fix each cell (the link in Where takes you there) and calculate again`;
  }
  if (!result) return "No input errors";
  const problems = result.flags.filter((f) => flagLevel(f.code) === "problem").length;
  const warnings = result.flags.length - problems;
  if (result.flags.length === 0) return "No problems found";
  return `${plural(problems, "problem")} and ${plural(warnings, "warning")} in the costed plan; each links to its input row`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// Plain text: the conditional formats colour the whole row by it, so it follows the Severity
// cell and a sheet of thousands of issues carries no style per row.
function levelCell(level: IssueLevel): Cell {
  return LEVEL_LABEL[level];
}

function linked(text: string, address: string | undefined): Cell {
  return address ? { value: text, link: { cell: address } } : text;
}

function errorRow(error: InputError): Cell[] {
  const where = error.cell ? linked(error.cell, error.cell) : error.path;
  return [levelCell("error"), error.code, where, error.cell ? error.path : "", "", "", "", error.message];
}

function flagRow(flag: Flag, titles: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>, years: readonly string[], inputs: InputCells): Cell[] {
  const sourceAddress = (id: string) => sourceCell(id, flag.year, inputs, years);
  let where: Cell = "";
  let about = "";
  let source: Cell = "";
  if (flag.lineId !== undefined) {
    where = linked(flag.lineId, flagCell(flag, inputs, years));
    about = titles.get(flag.lineId) ?? "";
    if (flag.sourceId !== undefined) source = linked(flag.sourceId, sourceAddress(flag.sourceId));
  } else if (flag.sourceId !== undefined) {
    where = linked(flag.sourceId, flagCell(flag, inputs, years));
    about = names.get(flag.sourceId) ?? "";
    source = flag.sourceId;
  } else if (flag.code === "ASK_OUTSIDE_TOLERANCE") {
    where = linked("Ask", flagCell(flag, inputs, years));
    about = "The ask";
  }
  return [levelCell(flagLevel(flag.code)), flag.code, where, about, source, flag.year ?? "", flag.amount === undefined ? "" : poundsNumber(flag.amount), flag.message];
}
