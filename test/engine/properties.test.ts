import fc from "fast-check";
import { costPlan } from "../../src/engine/cost-plan";
import { phaseMonths } from "../../src/engine/phase-months";
import type { PlanResult } from "../../src/engine/result";
import type { Figures } from "../../src/engine/totals";
import { formatPennies } from "../../src/engine/pennies";
import { arbitraryPlan } from "../support/arbitrary-plan";
import { RawLine, RawPlan, planOf } from "../support/builders";

const RUNS = { numRuns: 150 };
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const text = (figures: Figures) => [figures.cost, figures.funded, figures.inKind, figures.unfunded].map(formatPennies).join(" ");
const cost = (raw: RawPlan) => costPlan(planOf(raw));

function everyAmount(result: PlanResult): number[] {
  const amounts: number[] = [];
  for (const line of result.lines) {
    for (const { cost: c, funding } of line.years) {
      amounts.push(c.total, ...c.components.map((x) => x.shown), funding.funded, funding.inKind, funding.unfunded, funding.cash);
      amounts.push(...funding.allocations.map((a) => a.allocated));
      for (const month of phaseMonths(c)) amounts.push(month.total, ...(Object.values(month.components) as number[]));
    }
    amounts.push(...line.fye.values());
  }
  for (const source of result.sources) amounts.push(source.allocated, ...source.years.map((y) => y.remaining));
  return amounts;
}

describe("engine properties", () => {
  it("every plan generated is valid", () => {
    fc.assert(fc.property(arbitraryPlan(), (raw) => expect(() => planOf(raw)).not.toThrow()), RUNS);
  });

  it("components sum to the line, and months to the year", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (raw) => {
        for (const line of cost(raw).lines) {
          for (const { cost: c } of line.years) {
            expect(sum(c.components.map((x) => x.shown))).toBe(c.total);
            const months = phaseMonths(c);
            expect(sum(months.map((m) => m.total))).toBe(c.total);
            for (const component of c.components) expect(sum(months.map((m) => m.components[component.name] ?? 0))).toBe(component.shown);
          }
        }
      }),
      RUNS,
    );
  });

  it("lines sum to every total", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (raw) => {
        const result = cost(raw);
        const { totals } = result;
        const lineSum = (pick: (f: Figures) => number) => sum(result.lines.map((l) => pick(l.totals)));
        expect(text(totals.all)).toBe(text({ cost: lineSum((f) => f.cost), funded: lineSum((f) => f.funded), inKind: lineSum((f) => f.inKind), unfunded: lineSum((f) => f.unfunded) }));
        for (const breakdown of [totals.byYear, totals.byKind, totals.byWorkstream, totals.byEmployer]) {
          const values = [...breakdown.values()];
          expect(text({ cost: sum(values.map((f) => f.cost)), funded: sum(values.map((f) => f.funded)), inKind: sum(values.map((f) => f.inKind)), unfunded: sum(values.map((f) => f.unfunded)) })).toBe(text(totals.all));
        }
        const status = totals.byStatus;
        expect(sum([status.confirmed, status.indicative, status.requested, status.inKind, status.unfunded])).toBe(totals.all.cost);
        const sources = sum(result.sources.map((s) => s.allocated));
        const secondedInKind = sum(result.lines.flatMap((l) => l.years.map((y) => y.funding.secondedInKind)));
        expect(sources + secondedInKind + totals.all.unfunded).toBe(totals.all.cost);
      }),
      RUNS,
    );
  });

  it("funded + in kind + unfunded = cost, for every line-year", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (raw) => {
        for (const line of cost(raw).lines) {
          for (const { funding } of line.years) expect(funding.funded + funding.inKind + funding.unfunded).toBe(funding.cost);
        }
      }),
      RUNS,
    );
  });

  it("no amount is negative, and every amount is a whole number of pennies held exactly", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (raw) => {
        for (const amount of everyAmount(cost(raw))) {
          expect(amount >= 0).toBe(true);
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(Object.is(amount, -0)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it("more FTE never costs less", () => {
    fc.assert(
      fc.property(arbitraryPlan().filter((raw) => (raw.posts as RawLine[]).length > 0), fc.integer({ min: 1, max: 50 }), (raw, extraHundredths) => {
        const posts = raw.posts as RawLine[];
        const bigger = posts.map((post, i) => (i === 0 ? { ...post, fte: Math.min(1.5, Number(post.fte) + extraHundredths / 100).toFixed(2) } : post));
        const before = cost(raw).lines[0];
        const after = cost({ ...raw, posts: bigger }).lines[0];
        before?.years.forEach((year, y) => expect((after?.years[y]?.cost.total ?? -1) >= year.cost.total).toBe(true));
      }),
      RUNS,
    );
  });

  it("a later end never costs less (posts and backfill)", () => {
    fc.assert(
      fc.property(arbitraryPlan().filter((raw) => (raw.posts as RawLine[]).length + (raw.gpBackfill as RawLine[]).length > 0), fc.integer({ min: 1, max: 400 }), (raw, extraDays) => {
        const later = (line: RawLine): RawLine => {
          if (!line.end) return line;
          const end = new Date(`${String(line.end)}T00:00:00Z`);
          end.setUTCDate(end.getUTCDate() + extraDays);
          return { ...line, end: end.toISOString().slice(0, 10) };
        };
        const before = cost(raw);
        const after = cost({ ...raw, posts: (raw.posts as RawLine[]).map(later), gpBackfill: (raw.gpBackfill as RawLine[]).map(later) });
        before.lines.forEach((line, i) => {
          if (line.line.kind === "non-pay") return; // a fixed total spread longer: its whole-life total is what stays the same
          line.years.forEach((year, y) => expect((after.lines[i]?.years[y]?.cost.total ?? -1) >= year.cost.total).toBe(true));
        });
      }),
      RUNS,
    );
  });

  it("line order does not change any total or any line's figures", () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.integer(), (raw, seed) => {
        const shuffle = <T>(list: T[]): T[] => {
          const copy = [...list];
          let s = seed;
          for (let i = copy.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (i + 1);
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
          }
          return copy;
        };
        const a = cost(raw);
        const b = cost({ ...raw, posts: shuffle(raw.posts as RawLine[]), gpBackfill: shuffle(raw.gpBackfill as RawLine[]), nonPay: shuffle(raw.nonPay as RawLine[]) });
        expect(text(b.totals.all)).toBe(text(a.totals.all));
        for (const key of ["byYear", "byKind", "byWorkstream", "byEmployer"] as const) {
          for (const [k, figures] of a.totals[key] as ReadonlyMap<unknown, Figures>) expect(text((b.totals[key] as ReadonlyMap<unknown, Figures>).get(k) as Figures)).toBe(text(figures));
        }
        expect(a.sources.map((s) => s.allocated)).toEqual(b.sources.map((s) => s.allocated));
        expect(a.ask?.calculated).toBe(b.ask?.calculated);
        for (const line of a.lines) {
          const other = b.lines.find((l) => l.line.id === line.line.id);
          expect(other && text(other.totals)).toBe(text(line.totals));
        }
      }),
      RUNS,
    );
  });
});
