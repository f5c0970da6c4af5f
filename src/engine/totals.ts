import type { LineYearFunding } from "./allocate-funding";
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
  for (const year of years) tally.add(year);
  return tally.figures();
}

/** A running total of figures, added to in place (totals over a whole establishment). */
class Tally {
  cost = 0n;
  funded = 0n;
  inKind = 0n;
  unfunded = 0n;
  confirmed = 0n;
  indicative = 0n;
  requested = 0n;

  add(f: LineYearFunding): void {
    this.cost += f.cost;
    this.funded += f.funded;
    this.inKind += f.inKind;
    this.unfunded += f.unfunded;
    this.confirmed += f.byStatus.confirmed;
    this.indicative += f.byStatus.indicative;
    this.requested += f.byStatus.requested;
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
  const all = new Tally();
  const byYear = new Map<FinancialYear, Tally>(years.map((year) => [year, new Tally()]));
  const byKind = new Map<LineKind, Tally>();
  const byWorkstream = new Map<string, Tally>();
  const byEmployer = new Map<string, Tally>();
  const inKindBy = new Map<string, Pennies>();
  const addInKind = (who: string, amount: Pennies) => inKindBy.set(who, (inKindBy.get(who) ?? 0n) + amount);
  const yearTallies = years.map((year) => byYear.get(year) as Tally);

  for (const { line, funding, totals } of lines) {
    funding.forEach((yearFunding, y) => {
      (yearTallies[y] as Tally).add(yearFunding);
      all.add(yearFunding);
      if (line.kind === "post" && line.secondment && yearFunding.secondedInKind !== 0n) addInKind(line.secondment.from, yearFunding.secondedInKind);
      for (const allocation of yearFunding.allocations) {
        if (allocation.allocated !== 0n && inKindSources.has(allocation.source)) addInKind(allocation.source, allocation.allocated);
      }
    });
    tallyOf(byKind, line.kind).addFigures(totals);
    tallyOf(byWorkstream, line.workstream).addFigures(totals);
    tallyOf(byEmployer, line.kind === "post" ? line.employer : "").addFigures(totals);
  }
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
