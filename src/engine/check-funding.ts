import type { Allocation, LineYearFunding, SourceYear } from "./allocate-funding";
import { Flag, flag, lazyFlag } from "./flags";
import { FinancialYear, formatFinancialYear } from "./financial-year";
import { Pennies, displayPennies } from "./pennies";
import type { FundingSource, Line, LineKind } from "./plan";

const KIND_NAMES: Record<LineKind, string> = { post: "posts", "gp-backfill": "GP backfill", "non-pay": "non-pay items" };

// Year labels, spelt once: a large plan has thousands of flags about a few years.
const labels = new Map<FinancialYear, string>();

function yearLabel(year: FinancialYear): string {
  let label = labels.get(year);
  if (label === undefined) labels.set(year, (label = formatFinancialYear(year)));
  return label;
}

/** How a line or source is named in a message: "Data analyst (P3)". */
export function describeLine(line: Line): string {
  return line.title ? `${line.title} (${line.id})` : line.id;
}

function describeSource(source: FundingSource): string {
  return source.name ? `${source.name} (${source.id})` : source.id;
}

/** Flags for one line: unfunded or partly funded years, ineligible sources, years a source does not fund, recurrent cost on one-off money. */
export function checkLineFunding(
  line: Line,
  years: readonly FinancialYear[],
  funding: readonly LineYearFunding[],
  sources: ReadonlyMap<string, FundingSource>,
  sourceYears: ReadonlyMap<string, readonly SourceYear[]>,
): Flag[] {
  const flags: Flag[] = [];
  let ineligibleReported: Set<string> | undefined;
  let fundedByRecurrent = false;
  let fundedAtAll = false;

  // No closures in these loops: the flags' messages are made by the functions below, when read.
  for (let y = 0; y < funding.length; y++) {
    const yearFunding = funding[y] as LineYearFunding;
    if (yearFunding.unfunded > 0) flags.push(unfundedFlag(line, yearLabel(years[y] as FinancialYear), yearFunding, sourceYears, y));
    const allocations = yearFunding.allocations;
    for (let a = 0; a < allocations.length; a++) {
      const allocation = allocations[a] as Allocation;
      const source = sources.get(allocation.source) as FundingSource;
      if (allocation.allocated > 0) {
        fundedAtAll = true;
        if (source.recurrent) fundedByRecurrent = true;
      }
      if (allocation.claimed === 0) continue;
      if (allocation.ineligible) {
        ineligibleReported ??= new Set();
        if (!ineligibleReported.has(source.id)) {
          ineligibleReported.add(source.id);
          flags.push(ineligibleFlag(line, source));
        }
      } else if (!sourceYears.get(source.id)?.[y]?.fundsYear) {
        flags.push(yearNotFundedFlag(line, source, yearLabel(years[y] as FinancialYear), allocation.claimed));
      }
    }
  }

  if (line.recurrent && fundedAtAll && !fundedByRecurrent) {
    flags.push(lazyFlag("RECURRENT_ON_NON_RECURRENT", () => `${describeLine(line)} is recurrent but funded only by non-recurrent money: its full-year effect needs a recurrent source`, { lineId: line.id }));
  }
  return flags;
}

/** An unfunded or partly funded line-year. */
function unfundedFlag(line: Line, year: string, funding: LineYearFunding, sourceYears: ReadonlyMap<string, readonly SourceYear[]>, y: number): Flag {
  const { cash, unfunded } = funding;
  const about = { lineId: line.id, year, amount: unfunded };
  if (unfunded === cash) {
    const why = line.funding.length === 0 ? "has no funding source" : "has none of its funding available";
    return lazyFlag("UNFUNDED", () => `${describeLine(line)} ${why} in ${year}: ${displayPennies(unfunded)} unfunded`, about);
  }
  return lazyFlag("PARTLY_FUNDED", () => partlyFunded(describeLine(line), year, funding, sourceYears, y), about);
}

function ineligibleFlag(line: Line, source: FundingSource): Flag {
  return lazyFlag("INELIGIBLE_SOURCE", () => `${describeSource(source)} cannot fund ${KIND_NAMES[line.kind]}, so it is not counted towards ${describeLine(line)}`, {
    lineId: line.id,
    sourceId: source.id,
  });
}

function yearNotFundedFlag(line: Line, source: FundingSource, year: string, claimed: Pennies): Flag {
  return lazyFlag("YEAR_NOT_FUNDED", () => `${describeLine(line)} claims ${displayPennies(claimed)} from ${describeSource(source)} in ${year}, a year it does not fund`, {
    lineId: line.id,
    sourceId: source.id,
    year,
    amount: claimed,
  });
}

function partlyFunded(name: string, year: string, funding: LineYearFunding, sourceYears: ReadonlyMap<string, readonly SourceYear[]>, y: number): string {
  const scaled = funding.allocations.filter((a) => !a.ineligible && a.allocated < a.claimed && sourceYears.get(a.source)?.[y]?.fundsYear).map((a) => a.source);
  const why = scaled.length > 0 ? ` (its claim on ${scaled.join(", ")} is scaled down: the source is over-allocated)` : "";
  return `${name} is only partly funded in ${year}: ${displayPennies(funding.unfunded)} of ${displayPennies(funding.cash)} unfunded${why}`;
}

/** A flag for each year a source's lines claim more than it has (years it does not fund are flagged on the lines). */
export function checkSourceAllocation(source: FundingSource, sourceYears: readonly SourceYear[]): Flag[] {
  return sourceYears
    .filter((sy) => sy.fundsYear && sy.claimed > sy.available)
    .map((sy) => {
      const year = formatFinancialYear(sy.year);
      const over = sy.claimed - sy.available;
      return flag(
        "SOURCE_OVER_ALLOCATED",
        `${describeSource(source)} is over-allocated in ${year}: lines claim ${displayPennies(sy.claimed)} against ${displayPennies(sy.available)} (${displayPennies(over)} over); each claim is scaled down in proportion`,
        { sourceId: source.id, year, amount: over },
      );
    });
}
