import type { Allocation, LineYearFunding } from "./allocate-funding";
import type { FinancialYear } from "./financial-year";
import type { Pennies } from "./pennies";
import type { Line, LineKind } from "./plan";

/** Cost and how it is met. funded + inKind + unfunded = cost. */
export interface Figures {
  readonly cost: Pennies;
  readonly funded: Pennies;
  readonly inKind: Pennies;
  readonly unfunded: Pennies;
}

/** Cost by funding status: cash by the status of its source, in kind, and unfunded. */
export interface StatusFigures {
  readonly confirmed: Pennies;
  readonly indicative: Pennies;
  readonly requested: Pennies;
  readonly inKind: Pennies;
  readonly unfunded: Pennies;
}

export interface PlanTotals {
  readonly all: Figures;
  readonly byYear: ReadonlyMap<FinancialYear, Figures>;
  readonly byKind: ReadonlyMap<LineKind, Figures>;
  readonly byWorkstream: ReadonlyMap<string, Figures>;
  /** Posts by employing organisation; other lines under "". */
  readonly byEmployer: ReadonlyMap<string, Figures>;
  readonly byStatus: StatusFigures;
  readonly byStatusYear: ReadonlyMap<FinancialYear, StatusFigures>;
  /** In-kind contributions by who gives them: the releasing employer of a secondment, or an in-kind source. */
  readonly inKindBy: ReadonlyMap<string, Pennies>;
}

/** A line's figures over the horizon: the sum of its years. */
export function totalOf(years: readonly LineYearFunding[]): Figures {
  const tally = new Tally();
  for (let y = 0; y < years.length; y++) tally.add(years[y] as LineYearFunding);
  return tally.figures();
}

/** A running total of figures, added to in place (totals over a whole establishment). */
class Tally {
  cost = 0;
  funded = 0;
  inKind = 0;
  unfunded = 0;
  confirmed = 0;
  indicative = 0;
  requested = 0;

  add(f: LineYearFunding): void {
    this.cost += f.cost;
    this.funded += f.funded;
    this.inKind += f.inKind;
    this.unfunded += f.unfunded;
    const { confirmed, indicative, requested } = f.byStatus;
    this.confirmed += confirmed;
    this.indicative += indicative;
    this.requested += requested;
  }

  addTally(t: Tally): void {
    this.addFigures(t);
    this.confirmed += t.confirmed;
    this.indicative += t.indicative;
    this.requested += t.requested;
  }

  addFigures(f: Figures): void {
    this.cost += f.cost;
    this.funded += f.funded;
    this.inKind += f.inKind;
    this.unfunded += f.unfunded;
  }

  figures(): Figures {
    return { cost: this.cost, funded: this.funded, inKind: this.inKind, unfunded: this.unfunded };
  }

  status(): StatusFigures {
    return { confirmed: this.confirmed, indicative: this.indicative, requested: this.requested, inKind: this.inKind, unfunded: this.unfunded };
  }
}

function tallyOf<K>(tallies: Map<K, Tally>, key: K): Tally {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = new Tally()));
  return tally;
}

function figuresBy<K>(tallies: ReadonlyMap<K, Tally>): Map<K, Figures> {
  return new Map([...tallies].map(([key, tally]) => [key, tally.figures()]));
}

/**
 * Totals of the figures shown: every total is a sum of line-year figures already rounded, so a
 * total always equals the sum of the rows beneath it.
 */
export function totalPlan(
  lines: readonly { readonly line: Line; readonly funding: readonly LineYearFunding[]; readonly totals: Figures }[],
  years: readonly FinancialYear[],
  inKindSources: ReadonlySet<string>,
): PlanTotals {
  const byYear = new Map<FinancialYear, Tally>(years.map((year) => [year, new Tally()]));
  const byKind = new Map<LineKind, Tally>();
  const byWorkstream = new Map<string, Tally>();
  const byEmployer = new Map<string, Tally>();
  const inKindBy = new Map<string, Pennies>();
  const addInKind = (who: string, amount: Pennies) => inKindBy.set(who, (inKindBy.get(who) ?? 0) + amount);
  const yearTallies = years.map((year) => byYear.get(year) as Tally);

  for (let i = 0; i < lines.length; i++) {
    const { line, funding, totals } = lines[i] as (typeof lines)[number];
    const secondedFrom = line.kind === "post" ? line.secondment?.from : undefined;
    for (let y = 0; y < funding.length; y++) {
      const yearFunding = funding[y] as LineYearFunding;
      (yearTallies[y] as Tally).add(yearFunding);
      if (secondedFrom !== undefined && yearFunding.secondedInKind !== 0) addInKind(secondedFrom, yearFunding.secondedInKind);
      const allocations = yearFunding.allocations;
      for (let a = 0; a < allocations.length; a++) {
        const allocation = allocations[a] as Allocation;
        if (allocation.allocated !== 0 && inKindSources.has(allocation.source)) addInKind(allocation.source, allocation.allocated);
      }
    }
    tallyOf(byKind, line.kind).addFigures(totals);
    tallyOf(byWorkstream, line.workstream).addFigures(totals);
    tallyOf(byEmployer, line.kind === "post" ? line.employer : "").addFigures(totals);
  }
  // The whole plan is the sum of its years.
  const all = new Tally();
  for (const tally of yearTallies) all.addTally(tally);
  return {
    all: all.figures(),
    byYear: figuresBy(byYear),
    byKind: figuresBy(byKind),
    byWorkstream: figuresBy(byWorkstream),
    byEmployer: figuresBy(byEmployer),
    byStatus: all.status(),
    byStatusYear: new Map([...byYear].map(([year, tally]) => [year, tally.status()])),
    inKindBy,
  };
}
