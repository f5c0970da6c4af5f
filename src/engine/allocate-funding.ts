import type { Decimal } from "./decimal";
import type { FinancialYear } from "./financial-year";
import { Pennies, penniesOf, poundsOf, wholePennies } from "./pennies";
import type { FundingClaim, FundingSource, FundingStatus, Line, LineKind } from "./plan";
import { exactRatio, ratioOf, timesRatio } from "./ratio";
import { roundPenny, roundRatioPenny, scaleByLargestRemainder, splitByLargestRemainder } from "./rounding";

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

/** Allocates the sources to lines whose year costs (aligned with `years`) are given. */
export function allocateFunding(
  lines: readonly { readonly line: Line; readonly yearCosts: readonly Pennies[] }[],
  sources: readonly FundingSource[],
  years: readonly FinancialYear[],
): FundingAllocation {
  const yearCount = years.length;
  const sourceIndex = new Map(sources.map((source, s) => [source.id, s]));
  const claims: ClaimStore = { source: [], amount: [], granted: [], eligible: [] };
  const firstClaim = new Int32Array(lines.length * yearCount).fill(-1); // -1: a year the line is not active
  // Each line-year's cash cost and seconded in-kind part (step 1): whole pennies, held exactly.
  const cash = new Float64Array(lines.length * yearCount);
  const secondedInKind = new Float64Array(lines.length * yearCount);
  const claimed: Pennies[] = new Array(sources.length * yearCount).fill(0);
  const eligibleByKind = new Map<LineKind, boolean[]>();

  // Steps 1–3: each line's cash cost and its claims, summed by source and year.
  for (let i = 0; i < lines.length; i++) {
    const { line, yearCosts } = lines[i] as (typeof lines)[number];
    let eligible = eligibleByKind.get(line.kind);
    if (!eligible) eligibleByKind.set(line.kind, (eligible = sources.map((source) => source.eligible.has(line.kind))));
    const lineSources = sourceIndicesOf(line, sourceIndex);
    const parts = claimsAllOnOne(line) ? undefined : claimParts(line); // undefined: all on one source
    for (let y = 0; y < yearCount; y++) {
      const cost = yearCosts[y] as Pennies;
      if (cost === 0) continue; // nothing to claim
      const k = i * yearCount + y;
      const lineCash = cashCost(line, cost);
      cash[k] = lineCash;
      secondedInKind[k] = cost - lineCash;
      firstClaim[k] = claims.amount.length;
      if (!parts) addClaim(claims, claimed, lineSources[0] as number, y, yearCount, lineCash, eligible);
      else {
        const amounts = claimAmounts(parts, lineCash);
        for (let c = 0; c < amounts.length; c++) addClaim(claims, claimed, lineSources[c] as number, y, yearCount, amounts[c] as Pennies, eligible);
      }
    }
  }

  // Step 4: per source and year, scale claims down to what is available.
  const available = sources.flatMap((source) => years.map((year) => (source.amounts.has(year) ? wholePennies(source.amounts.get(year) as Decimal) : 0)));
  const overClaimed = new Map<number, number[]>();
  claimed.forEach((sum, k) => {
    if (sum > (available[k] as Pennies)) overClaimed.set(k, []);
  });
  if (overClaimed.size > 0) {
    // Lines in id order, so each source-year lists its claims in the order its ties go by.
    for (const i of linesInIdOrder(lines.map(({ line }) => line.id))) {
      const claimCount = (lines[i] as (typeof lines)[number]).line.funding.length;
      for (let y = 0; y < yearCount; y++) {
        const first = firstClaim[i * yearCount + y] as number;
        if (first < 0) continue;
        for (let c = first; c < first + claimCount; c++) {
          if (claims.eligible[c] && claims.amount[c] !== 0) overClaimed.get((claims.source[c] as number) * yearCount + y)?.push(c);
        }
      }
    }
    for (const [k, onSource] of overClaimed) {
      const granted = scaleByLargestRemainder(onSource.map((c) => claims.amount[c] as Pennies), available[k] as Pennies);
      onSource.forEach((c, n) => (claims.granted[c] = granted[n] as Pennies));
    }
  }
  const sourceYears = sources.map((source, s) =>
    years.map((year, y): SourceYear => {
      const k = s * yearCount + y;
      const allocated = overClaimed.has(k) ? (available[k] as Pennies) : (claimed[k] as Pennies);
      return { year, fundsYear: source.amounts.has(year), available: available[k] as Pennies, claimed: claimed[k] as Pennies, allocated, remaining: (available[k] as Pennies) - allocated };
    }),
  );

  const lineFunding = new Array<LineYearFunding[]>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const { line, yearCosts } = lines[i] as (typeof lines)[number];
    const funding = new Array<LineYearFunding>(yearCount);
    let inactive: LineYearFunding | undefined;
    for (let y = 0; y < yearCount; y++) {
      const k = i * yearCount + y;
      const first = firstClaim[k] as number;
      funding[y] = first >= 0 ? fundingOf(line, yearCosts[y] as Pennies, cash[k] as Pennies, secondedInKind[k] as Pennies, first, claims, sources) : (inactive ??= fundingOfNothing(line));
    }
    lineFunding[i] = funding;
  }
  return { lines: lineFunding, sources: sourceYears };
}

/** The index of each source a line claims on, in its order of claims. */
function sourceIndicesOf(line: Line, sourceIndex: ReadonlyMap<string, number>): number[] {
  const indices = new Array<number>(line.funding.length);
  for (let c = 0; c < line.funding.length; c++) {
    const claim = line.funding[c] as FundingClaim;
    const s = sourceIndex.get(claim.source);
    if (s === undefined) throw new Error(`allocateFunding(): unknown source ${claim.source} on line ${line.id}`);
    indices[c] = s;
  }
  return indices;
}

/** Every claim of every line-year in flat lists (a plan can have hundreds of thousands); a line-year's claims are consecutive. */
interface ClaimStore {
  readonly source: number[];
  readonly amount: Pennies[];
  readonly granted: Pennies[];
  readonly eligible: boolean[];
}

/** Step 3: a claim, allocated in full for now if its source may fund the line's kind. */
function addClaim(claims: ClaimStore, claimed: Pennies[], s: number, y: number, yearCount: number, amount: Pennies, eligibleSources: readonly boolean[]): void {
  const eligible = eligibleSources[s] as boolean;
  claims.source.push(s);
  claims.amount.push(amount);
  claims.granted.push(eligible ? amount : 0);
  claims.eligible.push(eligible);
  if (eligible) claimed[s * yearCount + y] = (claimed[s * yearCount + y] as Pennies) + amount;
}


/** Step 1: the cash part of a line-year's cost: a secondment's recharged share; the rest is in kind. */
function cashCost(line: Line, cost: Pennies): Pennies {
  if (line.kind !== "post" || !line.secondment) return cost;
  const recharge = line.secondment.recharge;
  // Cost × recharge to the penny, half-up; exactly as decimal.js would at 40 digits, which a
  // rate of up to 20 significant digits times any cost in pennies never exceeds.
  return recharge.sd() <= 20 ? roundRatioPenny(timesRatio({ numerator: BigInt(cost), denominator: 100n }, ratioOf(recharge))) : roundPenny(poundsOf(cost).times(recharge));
}

/**
 * Step 2: the line's claims on its sources, in pennies, adding up to no more than the cash cost.
 * Exact claims are kept as whole multiples of 1/scale of a penny, scale being 10 to the power of
 * the most decimal places any share has, so the capping and the split are integer arithmetic.
 */
function claimAmounts({ scale, parts }: ClaimParts, cash: Pennies): Pennies[] {
  if (parts.length === 0) return [];
  const whole = BigInt(cash) * scale;
  let left = whole;
  const exact = parts.map((part) => {
    const wanted = part.share !== undefined ? BigInt(cash) * part.share : part.amount;
    const granted = wanted < left ? wanted : left;
    left -= granted;
    return granted;
  });
  return splitByLargestRemainder(penniesOf((whole - left + scale / 2n) / scale), exact, scale);
}

/** Whether the line claims all its cash cost from one source: the common case, with nothing to split. */
function claimsAllOnOne(line: Line): boolean {
  const only = line.funding[0];
  return line.funding.length === 1 && only !== undefined && "share" in only && only.share.equals(1);
}

interface ClaimParts {
  readonly scale: bigint;
  /** Per claim: the share as a whole number of 1/scale, or the amount in 1/scale pennies. */
  readonly parts: readonly ({ readonly share: bigint; readonly amount?: undefined } | { readonly share?: undefined; readonly amount: bigint })[];
}

/** A line's claims in integer form. */
function claimParts(line: Line): ClaimParts {
  let places = 0;
  for (const claim of line.funding) if ("share" in claim) places = Math.max(places, claim.share.decimalPlaces());
  const scale = 10n ** BigInt(places);
  const parts = line.funding.map((claim) => ("share" in claim ? { share: wholeShare(claim.share, scale) } : { amount: BigInt(wholePennies(claim.amount)) * scale }));
  return { scale, parts };
}

/** A share as a whole number of 1/scale (scale has a place for each of its decimals). */
function wholeShare(share: Decimal, scale: bigint): bigint {
  const { numerator, denominator } = exactRatio(share);
  return (numerator * scale) / denominator;
}

/** Line indices in the order of their ids. */
function linesInIdOrder(ids: readonly string[]): number[] {
  return ids.map((_, index) => index).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
}

/** A line-year's funding from its claims (the line's claims are consecutive in the store, from `first`). */
function fundingOf(line: Line, cost: Pennies, cash: Pennies, secondedInKind: Pennies, first: number, claims: ClaimStore, sources: readonly FundingSource[]): LineYearFunding {
  let confirmed = 0;
  let indicative = 0;
  let requested = 0;
  let inKindSources = 0;
  const allocations = new Array<Allocation>(line.funding.length);
  for (let n = 0; n < allocations.length; n++) {
    const c = first + n;
    const granted = claims.granted[c] as Pennies;
    if (granted !== 0) {
      const source = sources[claims.source[c] as number] as FundingSource;
      if (source.type === "in-kind") inKindSources += granted;
      else if (source.status === "confirmed") confirmed += granted;
      else if (source.status === "indicative") indicative += granted;
      else requested += granted;
    }
    allocations[n] = { source: (line.funding[n] as FundingClaim).source, claimed: claims.amount[c] as Pennies, allocated: granted, ineligible: !claims.eligible[c] };
  }
  const funded = confirmed + indicative + requested;
  return {
    cost,
    secondedInKind,
    cash,
    allocations,
    byStatus: { confirmed, indicative, requested },
    funded,
    inKind: secondedInKind + inKindSources,
    unfunded: cash - funded - inKindSources,
  };
}

/** A year the line is not active: nothing costed, claimed or allocated. */
function fundingOfNothing(line: Line): LineYearFunding {
  return {
    cost: 0,
    secondedInKind: 0,
    cash: 0,
    allocations: line.funding.map((claim) => ({ source: claim.source, claimed: 0, allocated: 0, ineligible: false })),
    byStatus: { confirmed: 0, indicative: 0, requested: 0 },
    funded: 0,
    inKind: 0,
    unfunded: 0,
  };
}
