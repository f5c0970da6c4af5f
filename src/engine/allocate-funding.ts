import type { FinancialYear } from "./financial-year";
import { Pennies, poundsOf, wholePennies } from "./pennies";
import type { FundingSource, FundingStatus, Line } from "./plan";
import { roundPenny, scaleByLargestRemainder, splitByLargestRemainder } from "./rounding";

/**
 * Allocates funding to lines, year by year.
 * 1. A secondment's unrecharged share of its cost is the releasing partner's in-kind
 *    contribution; the rest is the line's cash cost.
 * 2. Each line claims from its sources: a share of its cash cost, or an amount per year, in the
 *    order listed, never more than the cash cost in all (the pennies split by largest remainder).
 * 3. A claim on a source not eligible for the line's kind is not allocated.
 * 4. A source with less in a year than its lines claim (nothing, for a year it does not fund)
 *    scales every claim down in proportion; the pennies go by largest remainder, ties to the
 *    lowest line id, so the order of lines never changes who gets what.
 */
export interface Allocation {
  readonly source: string;
  readonly claimed: Pennies;
  readonly allocated: Pennies;
  readonly ineligible: boolean;
}

export interface LineYearFunding {
  readonly cost: Pennies;
  /** The unrecharged part of a secondment: the releasing partner's in-kind contribution. */
  readonly secondedInKind: Pennies;
  /** What funding sources must cover: cost less the seconded in-kind part. */
  readonly cash: Pennies;
  readonly allocations: readonly Allocation[];
  /** Cash sources' allocations by status. */
  readonly byStatus: Readonly<Record<FundingStatus, Pennies>>;
  readonly funded: Pennies;
  readonly inKind: Pennies;
  readonly unfunded: Pennies;
}

export interface SourceYear {
  readonly year: FinancialYear;
  /** Whether the source has an amount for the year at all. */
  readonly fundsYear: boolean;
  readonly available: Pennies;
  readonly claimed: Pennies;
  readonly allocated: Pennies;
  readonly remaining: Pennies;
}

export interface FundingAllocation {
  /** Per line (in the order given), per year of the horizon. */
  readonly lines: readonly (readonly LineYearFunding[])[];
  /** Per source (in plan order), per year of the horizon. */
  readonly sources: readonly (readonly SourceYear[])[];
}

/** One claim of one line on one source in one year, and what it is granted. */
interface Claim {
  readonly lineIndex: number;
  readonly amount: Pennies;
  readonly ineligible: boolean;
  granted: Pennies;
}

/** Allocates the sources to lines whose year costs (aligned with `years`) are given. */
export function allocateFunding(
  lines: readonly { readonly line: Line; readonly yearCosts: readonly Pennies[] }[],
  sources: readonly FundingSource[],
  years: readonly FinancialYear[],
): FundingAllocation {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const lineOrder = lineIdOrder(lines.map(({ line }) => line.id));
  const onSource = new Map(sources.map((source) => [source.id, years.map((): Claim[] => [])]));

  // Steps 1–3: each line's cash cost and its claims, filed under their sources.
  const perLine = lines.map(({ line, yearCosts }, lineIndex) =>
    yearCosts.map((cost, y) => {
      if (cost === 0n) return undefined; // a year the line is not active: nothing to claim
      const split = splitCost(line, cost);
      const claims = claimAmounts(line, split.cash).map((amount, i): Claim => {
        const claim = line.funding[i];
        const source = claim && sourceById.get(claim.source);
        if (!source) throw new Error(`allocateFunding(): unknown source on line ${line.id}`);
        const ineligible = !source.eligible.has(line.kind);
        const made: Claim = { lineIndex, amount, ineligible, granted: ineligible ? 0n : amount };
        if (!ineligible && amount !== 0n) onSource.get(source.id)?.[y]?.push(made);
        return made;
      });
      return { split, claims };
    }),
  );

  // Step 4: per source and year, scale claims down to what is available.
  const sourceYears = sources.map((source) =>
    years.map((year, y): SourceYear => {
      const claims = onSource.get(source.id)?.[y] ?? [];
      const fundsYear = source.amounts.has(year);
      const amount = source.amounts.get(year);
      const available = amount === undefined ? 0n : wholePennies(amount);
      let claimed = 0n;
      for (const claim of claims) claimed += claim.amount;
      let allocated = claimed;
      if (claimed > available) {
        const order = claims.map((_, i) => i).sort((a, b) => (lineOrder[(claims[a] as Claim).lineIndex] as number) - (lineOrder[(claims[b] as Claim).lineIndex] as number));
        const granted = scaleByLargestRemainder(claims.map((c) => c.amount), available, order);
        claims.forEach((claim, i) => (claim.granted = granted[i] as Pennies));
        allocated = available;
      }
      return { year, fundsYear, available, claimed, allocated, remaining: available - allocated };
    }),
  );

  const lineFunding = perLine.map((lineYears, lineIndex) => {
    const line = (lines[lineIndex] as (typeof lines)[number]).line;
    let nothing: LineYearFunding | undefined;
    return lineYears.map((yearClaims) => {
      if (yearClaims) return fundingOf(line, yearClaims.split, yearClaims.claims, sourceById);
      return (nothing ??= fundingOf(line, NO_COST, line.funding.map((): Claim => ({ lineIndex, amount: 0n, ineligible: false, granted: 0n })), sourceById));
    });
  });
  return { lines: lineFunding, sources: sourceYears };
}

interface CostSplit {
  readonly cost: Pennies;
  readonly cash: Pennies;
  readonly secondedInKind: Pennies;
}

const NO_COST: CostSplit = { cost: 0n, cash: 0n, secondedInKind: 0n };

/** Step 1: a secondment's cost split into the recharged cash and the in-kind remainder. */
function splitCost(line: Line, cost: Pennies): CostSplit {
  if (line.kind !== "post" || !line.secondment || cost === 0n) return { cost, cash: cost, secondedInKind: 0n };
  const cash = roundPenny(poundsOf(cost).times(line.secondment.recharge));
  return { cost, cash, secondedInKind: cost - cash };
}

/**
 * Step 2: the line's claims on its sources, in pennies, adding up to no more than the cash cost.
 * Exact claims are kept as whole multiples of 1/scale of a penny, scale being 10 to the power of
 * the most decimal places any share has, so the capping and the split are integer arithmetic.
 */
function claimAmounts(line: Line, cash: Pennies): Pennies[] {
  const claims = line.funding;
  if (claims.length === 0) return [];
  const only = claims[0];
  if (claims.length === 1 && only && "share" in only && only.share.equals(1)) return [cash]; // the common case: one source for all of it
  const { scale, parts } = claimParts(line);
  let left = cash * scale;
  const exact = parts.map((part) => {
    const wanted = part.share !== undefined ? cash * part.share : part.amount;
    const granted = wanted < left ? wanted : left;
    left -= granted;
    return granted;
  });
  const claimed = cash * scale - left;
  return splitByLargestRemainder((claimed + scale / 2n) / scale, exact, scale);
}

interface ClaimParts {
  readonly scale: bigint;
  /** Per claim: the share as a whole number of 1/scale, or the amount in 1/scale pennies. */
  readonly parts: readonly ({ readonly share: bigint; readonly amount?: undefined } | { readonly share?: undefined; readonly amount: bigint })[];
}

// A line's claims in integer form, worked out once per line.
const claimPartsOf = new WeakMap<Line, ClaimParts>();

function claimParts(line: Line): ClaimParts {
  let found = claimPartsOf.get(line);
  if (!found) {
    const places = Math.max(0, ...line.funding.map((claim) => ("share" in claim ? claim.share.decimalPlaces() : 0)));
    const scale = 10n ** BigInt(places);
    const parts = line.funding.map((claim) =>
      "share" in claim ? { share: BigInt(claim.share.times(scale.toString()).toFixed(0)) } : { amount: wholePennies(claim.amount) * scale },
    );
    found = { scale, parts };
    claimPartsOf.set(line, found);
  }
  return found;
}

/** Each line's rank when lines are sorted by id. */
function lineIdOrder(ids: readonly string[]): number[] {
  const sorted = ids.map((id, index) => ({ id, index })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Array<number>(ids.length);
  sorted.forEach((entry, position) => (rank[entry.index] = position));
  return rank;
}

function fundingOf(line: Line, split: CostSplit, claims: readonly Claim[], sources: ReadonlyMap<string, FundingSource>): LineYearFunding {
  let confirmed = 0n;
  let indicative = 0n;
  let requested = 0n;
  let inKindSources = 0n;
  const allocations = claims.map((claim, i): Allocation => {
    const id = (line.funding[i] as (typeof line.funding)[number]).source;
    const source = sources.get(id) as FundingSource;
    if (source.type === "in-kind") inKindSources += claim.granted;
    else if (source.status === "confirmed") confirmed += claim.granted;
    else if (source.status === "indicative") indicative += claim.granted;
    else requested += claim.granted;
    return { source: id, claimed: claim.amount, allocated: claim.granted, ineligible: claim.ineligible };
  });
  const funded = confirmed + indicative + requested;
  return {
    cost: split.cost,
    secondedInKind: split.secondedInKind,
    cash: split.cash,
    allocations,
    byStatus: { confirmed, indicative, requested },
    funded,
    inKind: split.secondedInKind + inKindSources,
    unfunded: split.cash - funded - inKindSources,
  };
}
