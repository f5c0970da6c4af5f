import { formatIsoDate, formatYearMonth } from "../engine/calendar";
import { FinancialYear, formatFinancialYear } from "../engine/financial-year";
import type { Flag } from "../engine/flags";
import { Pennies, formatPennies } from "../engine/pennies";
import { phaseMonths } from "../engine/phase-months";
import type { Line } from "../engine/plan";
import type { LineResult, PlanResult, SourceResult } from "../engine/result";
import type { Figures, StatusFigures } from "../engine/totals";
import type { InputError } from "./input-error";

export const RESULT_FORMAT = "resourcing-result/1";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The result format (docs/plan-format.md): money as strings with exactly two decimals, years as
 * "2021/22", months as "2021-07". Every figure is one the engine rounded; nothing is rounded here.
 */
export function writeResult(result: PlanResult): JsonObject {
  const label = formatFinancialYear;
  return {
    format: RESULT_FORMAT,
    plan: { name: result.plan.name, organisation: result.plan.organisation, startYear: label(result.plan.startYear), years: result.plan.years },
    years: result.years.map(label),
    lines: result.lines.map((line) => writeLine(line, result.years)),
    sources: result.sources.map(writeSource),
    totals: writeTotals(result),
    ask: result.ask
      ? {
          year: label(result.ask.year),
          stated: formatPennies(result.ask.stated),
          calculated: formatPennies(result.ask.calculated),
          variance: formatPennies(result.ask.variance),
          tolerance: formatPennies(result.ask.tolerance),
          withinTolerance: result.ask.withinTolerance,
        }
      : null,
    flags: result.flags.map(writeFlag),
    assumptions: result.assumptions.map((a) => ({ year: label(a.year), subject: a.subject, message: a.message })),
    errors: [],
  };
}

/** The result format for a plan that could not be costed: its input errors and nothing else. */
export function writeInputErrors(errors: readonly InputError[]): JsonObject {
  return {
    format: RESULT_FORMAT,
    errors: errors.map((e) => ({ code: e.code, path: e.path, ...(e.cell ? { cell: e.cell } : {}), message: e.message })),
  };
}

function writeLine(result: LineResult, years: readonly FinancialYear[]): JsonObject {
  const { line } = result;
  const yearsJson: JsonObject = {};
  const months: Json[] = [];
  result.years.forEach(({ cost, funding }, y) => {
    const components: JsonObject = {};
    for (const component of cost.components) components[component.name] = formatPennies(component.shown);
    yearsJson[formatFinancialYear(years[y] as FinancialYear)] = {
      total: formatPennies(cost.total),
      ...components,
      funded: formatPennies(funding.funded),
      inKind: formatPennies(funding.inKind),
      unfunded: formatPennies(funding.unfunded),
      funding: funding.allocations.map((a) => ({ source: a.source, claimed: formatPennies(a.claimed), allocated: formatPennies(a.allocated) })),
    };
    for (const month of phaseMonths(cost)) {
      const figures: JsonObject = { month: formatYearMonth(month.month), total: formatPennies(month.total) };
      for (const [name, amount] of Object.entries(month.components)) figures[name] = formatPennies(amount as Pennies);
      months.push(figures);
    }
  });
  const fye: JsonObject = {};
  for (const [year, amount] of result.fye) fye[formatFinancialYear(year)] = formatPennies(amount);
  return {
    id: line.id,
    kind: line.kind,
    title: line.title,
    workstream: line.workstream,
    ...lineDetails(line),
    start: formatIsoDate(line.start),
    end: formatIsoDate(line.end),
    recurrent: line.recurrent,
    years: yearsJson,
    fye,
    months,
    cost: formatPennies(result.totals.cost),
    funded: formatPennies(result.totals.funded),
    inKind: formatPennies(result.totals.inKind),
    unfunded: formatPennies(result.totals.unfunded),
    flags: [...new Set(result.flags.map((f) => f.code))],
  };
}

function lineDetails(line: Line): JsonObject {
  if (line.kind !== "post") return {};
  return {
    employer: line.employer,
    fill: line.fill,
    ...(line.secondment ? { secondment: { from: line.secondment.from, recharge: line.secondment.recharge.toString() } } : {}),
  };
}

function writeSource(result: SourceResult): JsonObject {
  const years: JsonObject = {};
  for (const sy of result.years) {
    years[formatFinancialYear(sy.year)] = {
      available: formatPennies(sy.available),
      claimed: formatPennies(sy.claimed),
      allocated: formatPennies(sy.allocated),
      remaining: formatPennies(sy.remaining),
    };
  }
  const { source } = result;
  return {
    id: source.id,
    name: source.name,
    type: source.type,
    status: source.status,
    recurrent: source.recurrent,
    available: formatPennies(result.available),
    claimed: formatPennies(result.claimed),
    allocated: formatPennies(result.allocated),
    remaining: formatPennies(result.remaining),
    years,
  };
}

function writeFigures(figures: Figures): JsonObject {
  return { cost: formatPennies(figures.cost), funded: formatPennies(figures.funded), inKind: formatPennies(figures.inKind), unfunded: formatPennies(figures.unfunded) };
}

function writeStatus(figures: StatusFigures): JsonObject {
  return {
    confirmed: formatPennies(figures.confirmed),
    indicative: formatPennies(figures.indicative),
    requested: formatPennies(figures.requested),
    inKind: formatPennies(figures.inKind),
    unfunded: formatPennies(figures.unfunded),
  };
}

function mapOf<K>(map: ReadonlyMap<K, Figures>, key: (k: K) => string): JsonObject {
  const out: JsonObject = {};
  for (const [k, figures] of map) out[key(k)] = writeFigures(figures);
  return out;
}

function writeTotals(result: PlanResult): JsonObject {
  const { totals } = result;
  const byStatusYear: JsonObject = {};
  for (const [year, figures] of totals.byStatusYear) byStatusYear[formatFinancialYear(year)] = writeStatus(figures);
  const bySource: JsonObject = {};
  for (const source of result.sources) bySource[source.source.id] = formatPennies(source.allocated);
  const inKindBy: JsonObject = {};
  for (const [who, amount] of totals.inKindBy) inKindBy[who] = formatPennies(amount);
  return {
    ...writeFigures(totals.all),
    byYear: mapOf(totals.byYear, formatFinancialYear),
    byKind: mapOf(totals.byKind, String),
    byWorkstream: mapOf(totals.byWorkstream, (w) => w || "(none)"),
    byEmployer: mapOf(totals.byEmployer, (e) => e || "(not a post)"),
    bySource,
    byStatus: writeStatus(totals.byStatus),
    byStatusYear,
    inKindBy,
  };
}

function writeFlag(flag: Flag): JsonObject {
  return {
    code: flag.code,
    severity: flag.severity,
    message: flag.message,
    ...(flag.lineId ? { lineId: flag.lineId } : {}),
    ...(flag.sourceId ? { sourceId: flag.sourceId } : {}),
    ...(flag.year ? { year: flag.year } : {}),
    ...(flag.amount ? { amount: formatPennies(flag.amount) } : {}),
  };
}
