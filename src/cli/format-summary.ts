import { FinancialYear, formatFinancialYear } from "../engine/financial-year";
import { varianceShare } from "../engine/check-ask";
import { displayPercent } from "../engine/money";
import { Pennies, absPennies, displayPennies } from "../engine/pennies";
import type { LineKind } from "../engine/plan";
import type { PlanResult } from "../engine/result";

const KIND_LABEL: Record<LineKind, string> = { post: "post", "gp-backfill": "GP backfill", "non-pay": "non-pay" };
const WIDTH = { id: 6, title: 34, kind: 11, money: 14 } as const;

/**
 * A readable summary of a costed plan for a terminal: the lines, the totals (each the sum of the
 * figures above it), funding status, the ask check, every flag and every assumption.
 */
export function formatSummary(result: PlanResult): string {
  const { plan } = result;
  const out: string[] = [];
  const yearsText = result.years.length === 1 ? formatFinancialYear(result.years[0] as FinancialYear) : `${formatFinancialYear(result.years[0] as FinancialYear)} to ${formatFinancialYear(result.years[result.years.length - 1] as FinancialYear)}`;
  out.push(plan.name || "Resourcing plan");
  out.push(
    [plan.organisation, yearsText, `NI ${plan.settings.niMethod}`, `NHS pension ${plan.settings.pensionCharge === "full" ? "full rate" : "employer share"}`, `levy ${plan.settings.apprenticeshipLevy ? "on" : "off"}`]
      .filter(Boolean)
      .join(" · "),
  );

  if (plan.notes.length > 0) {
    out.push("", "Assumptions stated in the plan");
    for (const note of plan.notes) out.push(...wrap(`- ${note}`, 100, "  "));
  }

  out.push("", row(["ID", "Line", "Kind", "Cost", "Funded", "In kind", "Unfunded"]));
  for (const { line, totals } of result.lines) {
    out.push(row([line.id, line.title, KIND_LABEL[line.kind], ...money([totals.cost, totals.funded, totals.inKind, totals.unfunded])]));
  }
  const { all } = result.totals;
  out.push(row(["", "Total", "", ...money([all.cost, all.funded, all.inKind, all.unfunded])]));

  if (result.years.length > 1) {
    out.push("", "By year");
    for (const [year, figures] of result.totals.byYear) out.push(row(["", formatFinancialYear(year), "", ...money([figures.cost, figures.funded, figures.inKind, figures.unfunded])]));
  }

  out.push("", "By kind");
  for (const [kind, figures] of result.totals.byKind) out.push(row(["", KIND_LABEL[kind], "", ...money([figures.cost, figures.funded, figures.inKind, figures.unfunded])]));

  const status = result.totals.byStatus;
  out.push(
    "",
    `Funding status: confirmed ${displayPennies(status.confirmed)} · indicative ${displayPennies(status.indicative)} · requested ${displayPennies(status.requested)} · in kind ${displayPennies(status.inKind)} · unfunded ${displayPennies(status.unfunded)}`,
  );
  out.push("", "Funding sources");
  for (const source of result.sources) {
    out.push(`  ${source.source.id}: ${source.source.name} (${source.source.status}, ${source.source.type}): available ${displayPennies(source.available)}, claimed ${displayPennies(source.claimed)}, allocated ${displayPennies(source.allocated)}, remaining ${displayPennies(source.remaining)}`);
  }

  if (result.ask) {
    const { ask } = result;
    const sign = ask.variance < 0 ? "-" : "+";
    const fraction = varianceShare(ask);
    const share = fraction === undefined ? "" : ` (${sign}${displayPercent(fraction.abs().toDecimalPlaces(6))})`;
    out.push(
      "",
      `Ask check ${formatFinancialYear(ask.year)}: stated ${displayPennies(ask.stated)}, calculated ${displayPennies(ask.calculated)}, variance ${sign}${displayPennies(absPennies(ask.variance))}${share}, tolerance ±${displayPennies(ask.tolerance)}: ${ask.withinTolerance ? "WITHIN TOLERANCE" : "OUTSIDE TOLERANCE"}`,
    );
  }

  out.push("", result.flags.length === 0 ? "Flags: none" : `Flags (${result.flags.length})`);
  for (const flag of result.flags) out.push(...wrap(`  ${flag.severity === "warning" ? "!" : "i"} ${flag.code}: ${flag.message}`, 100, "      "));

  if (result.assumptions.length > 0) {
    out.push("", "Rates assumed (no published figure)");
    for (const assumption of result.assumptions) out.push(...wrap(`  - ${assumption.message}`, 100, "    "));
  }
  out.push("", `Costed ${result.lines.length} line${result.lines.length === 1 ? "" : "s"} over ${result.years.length} year${result.years.length === 1 ? "" : "s"}.`);
  return out.join("\n") + "\n";
}

function money(amounts: Pennies[]): string[] {
  return amounts.map(displayPennies);
}

function row(cells: string[]): string {
  const [id = "", title = "", kind = "", ...amounts] = cells;
  return [fit(id, WIDTH.id), fit(title, WIDTH.title), fit(kind, WIDTH.kind), ...amounts.map((a) => a.padStart(WIDTH.money))].join(" ").trimEnd();
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    if (current.length + word.length + 1 > width && current.trim() !== "") {
      lines.push(current);
      current = indent + word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
