import type { LineYearFunding, SourceYear } from "./allocate-funding";
import { Flag, flag } from "./flags";
import { FinancialYear, formatFinancialYear } from "./financial-year";
import { displayPennies } from "./pennies";
import type { FundingSource, Line, LineKind } from "./plan";

const KIND_NAMES: Record<LineKind, string> = { post: "posts", "gp-backfill": "GP backfill", "non-pay": "non-pay items" };

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
  // Names and years are only spelt out for a line that has something to report.
  const named = { name: "" };
  const nameOf = () => named.name || (named.name = describeLine(line));
  let ineligibleReported: Set<string> | undefined;
  let fundedByRecurrent = false;
  let fundedAtAll = false;

  funding.forEach((yearFunding, y) => {
    const { cash, unfunded } = yearFunding;
    const yearOf = () => formatFinancialYear(years[y] as FinancialYear);
    if (unfunded > 0n) {
      const year = yearOf();
      const name = nameOf();
      const about = { lineId: line.id, year, amount: unfunded };
      if (unfunded === cash) {
        const why = line.funding.length === 0 ? "has no funding source" : "has none of its funding available";
        flags.push(flag("UNFUNDED", `${name} ${why} in ${year}: ${displayPennies(unfunded)} unfunded`, about));
      } else {
        const scaled = yearFunding.allocations
          .filter((a) => !a.ineligible && a.allocated < a.claimed && sourceYears.get(a.source)?.[y]?.fundsYear)
          .map((a) => a.source);
        const why = scaled.length > 0 ? ` (its claim on ${scaled.join(", ")} is scaled down: the source is over-allocated)` : "";
        flags.push(flag("PARTLY_FUNDED", `${name} is only partly funded in ${year}: ${displayPennies(unfunded)} of ${displayPennies(cash)} unfunded${why}`, about));
      }
    }
    for (const allocation of yearFunding.allocations) {
      const source = sources.get(allocation.source) as FundingSource;
      if (allocation.allocated > 0n) {
        fundedAtAll = true;
        if (source.recurrent) fundedByRecurrent = true;
      }
      if (allocation.claimed === 0n) continue;
      if (allocation.ineligible) {
        ineligibleReported ??= new Set();
        if (!ineligibleReported.has(source.id)) {
          ineligibleReported.add(source.id);
          flags.push(
            flag("INELIGIBLE_SOURCE", `${describeSource(source)} cannot fund ${KIND_NAMES[line.kind]}, so it is not counted towards ${nameOf()}`, {
              lineId: line.id,
              sourceId: source.id,
            }),
          );
        }
      } else if (!sourceYears.get(source.id)?.[y]?.fundsYear) {
        const year = yearOf();
        flags.push(
          flag("YEAR_NOT_FUNDED", `${nameOf()} claims ${displayPennies(allocation.claimed)} from ${describeSource(source)} in ${year}, a year it does not fund`, {
            lineId: line.id,
            sourceId: source.id,
            year,
            amount: allocation.claimed,
          }),
        );
      }
    }
  });

  if (line.recurrent && fundedAtAll && !fundedByRecurrent) {
    flags.push(flag("RECURRENT_ON_NON_RECURRENT", `${nameOf()} is recurrent but funded only by non-recurrent money: its full-year effect needs a recurrent source`, { lineId: line.id }));
  }
  return flags;
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
