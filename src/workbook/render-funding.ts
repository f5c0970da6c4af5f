import { formatFinancialYear } from "../engine/financial-year";
import { LINE_KINDS, LineKind } from "../engine/plan";
import type { SourceYear } from "../engine/allocate-funding";
import { Pennies, displayPennies, sumPennies } from "../engine/pennies";
import type { PlanResult } from "../engine/result";
import type { InputCells } from "./input-cells";
import { FUNDING_SUMMARY_SHEET } from "./owned-sheets";
import { RowList, a1, headerRow, moneyCell, poundsNumber, styled, sumCell, titleCell } from "./owned-sheet-cells";
import { Cell, ColumnSpec, ConditionalFormat, MONEY_FORMAT, OWNED_TAB_COLOR, SheetModel } from "./sheet-model";

/** The columns of the Funding summary, left to right. */
export const FUNDING_SUMMARY_COLUMNS = ["Source ID", "Name", "Type", "Status", "Recurrent", "Eligible for", "Year", "Available", "Claimed", "Allocated", "Remaining", "Note"] as const;

const COLUMN = { id: 0, available: 7, claimed: 8, allocated: 9, remaining: 10 } as const;
const WIDTHS = [12, 40, 9, 12, 11, 26, 9, 16, 16, 16, 16, 48];
const KIND_NAMES: Readonly<Record<LineKind, string>> = { post: "posts", "gp-backfill": "GP backfill", "non-pay": "non-pay" };

/**
 * The Funding summary sheet: each funding source year by year, with what it has, what lines
 * claim from it, what it gives them and what is left. Remaining is a live formula (available
 * less allocated); a year whose lines claim more than it has is highlighted. Named apart from
 * the user's own "Funding" sheet and table.
 */
export function renderFundingSheet(result: PlanResult, inputs: InputCells): SheetModel {
  const out = new RowList();
  out.add(titleCell("Funding summary"));
  out.add(styled("Each funding source, year by year: what it has, what lines claim from it, what it gives them and what is left", "subtitle"));
  const header = out.add(...headerRow(FUNDING_SUMMARY_COLUMNS));
  const first = out.next;

  for (const { source, years } of result.sources) {
    const eligible = LINE_KINDS.every((kind) => source.eligible.has(kind)) ? "all lines" : LINE_KINDS.filter((kind) => source.eligible.has(kind)).map((kind) => KIND_NAMES[kind]).join(", ") || "nothing";
    for (const sourceYear of years) {
      const year = formatFinancialYear(sourceYear.year);
      const row = out.next;
      const address = inputs.source(source.id, "id", year)?.address ?? inputs.source(source.id, "id")?.address;
      const id: Cell = address ? { value: source.id, link: { cell: address } } : source.id;
      out.add(
        id,
        source.name,
        source.type,
        source.status,
        source.recurrent ? "Yes" : "No",
        eligible,
        year,
        moneyCell(sourceYear.available),
        moneyCell(sourceYear.claimed),
        moneyCell(sourceYear.allocated),
        { formula: `=${a1(row, COLUMN.available)}-${a1(row, COLUMN.allocated)}`, result: poundsNumber(sourceYear.remaining), numberFormat: MONEY_FORMAT },
        noteOf(sourceYear),
      );
    }
  }
  const last = out.next - 1;

  const conditionalFormats: ConditionalFormat[] = [];
  if (last < first) {
    out.add(styled("The plan has no funding sources", "note"));
  } else {
    const total = (pick: (s: PlanResult["sources"][number]) => Pennies) => sumPennies(result.sources.map(pick));
    const totals: Cell[] = Array.from({ length: COLUMN.available }, (_, i) => (i === 0 ? styled("Total", "total") : styled("", "total")));
    totals.push(
      sumCell(COLUMN.available, first, last, total((s) => s.available)),
      sumCell(COLUMN.claimed, first, last, total((s) => s.claimed)),
      sumCell(COLUMN.allocated, first, last, total((s) => s.allocated)),
      sumCell(COLUMN.remaining, first, last, total((s) => s.remaining)),
    );
    out.add(...totals);
    // Over-allocated: the lines claim more than the source has that year (the engine scales the claims down).
    conditionalFormats.push({
      block: { row: first, column: 0, rows: last - first + 1, columns: FUNDING_SUMMARY_COLUMNS.length },
      formula: `$${a1(first, COLUMN.claimed)}>$${a1(first, COLUMN.available)}`,
      style: "bad",
    });
  }
  out.add();
  out.add(styled("Claimed counts only claims the source may fund. A highlighted row is over-allocated: every claim on it is scaled down in proportion (see the Issues sheet).", "note"));

  const columns: ColumnSpec[] = WIDTHS.map((width) => ({ width }));
  return {
    name: FUNDING_SUMMARY_SHEET,
    owned: true,
    rows: out.rows,
    columns,
    frozen: { rows: header + 1, columns: 1 },
    conditionalFormats,
    tabColor: OWNED_TAB_COLOR,
  };
}

/** Why a source-year needs a look, in words; blank when nothing does. */
function noteOf(sourceYear: SourceYear): string {
  if (!sourceYear.fundsYear) return sourceYear.claimed > 0 ? "No amount for this year: what lines claim from it is unfunded" : "No amount for this year";
  if (sourceYear.claimed > sourceYear.available) return `Over-allocated by ${displayPennies(sourceYear.claimed - sourceYear.available)}: each claim is scaled down in proportion`;
  return "";
}
