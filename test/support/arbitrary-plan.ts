import fc from "fast-check";
import { dayOf, formatIsoDate } from "../../src/engine/calendar";
import { formatFinancialYear } from "../../src/engine/financial-year";
import type { RawLine, RawPlan } from "./builders";

/**
 * fast-check generators of valid plans in the plan format: every kind of line, part months,
 * secondments, split funding, sources that run out or skip years, any horizon from 2021/22.
 */
const SAFE_PAY = fc.oneof(
  fc.record({ band: fc.constantFrom("2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"), point: fc.constantFrom("entry", "top", "mid") }),
  fc.record({ band: fc.constantFrom("5", "6", "7"), point: fc.constant("intermediate") }),
  fc.integer({ min: 15_000_00, max: 150_000_00 }).map((pennies) => ({ salary: (pennies / 100).toFixed(2) })),
);
const PERCENT = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((hundredths) => `${(hundredths / 100).toFixed(2)}%`);
const MONEY = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((pennies) => (pennies / 100).toFixed(2));

interface Horizon {
  readonly startYear: number;
  readonly years: number;
}

/** Start and end within a year either side of the horizon, end not before start. */
function period(h: Horizon) {
  const first = dayOf(h.startYear - 1, 4, 1);
  const span = (h.years + 2) * 366;
  return fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 0, max: span }), fc.boolean()).map(([a, length, open]) => {
    const start = first + a;
    return open ? {} : { start: formatIsoDate(start), end: formatIsoDate(start + length) };
  });
}

function claims(sourceIds: readonly string[]) {
  if (sourceIds.length === 0) return fc.constant(undefined);
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...sourceIds),
    fc.shuffledSubarray([...sourceIds], { minLength: 1, maxLength: Math.min(3, sourceIds.length) }).chain((ids) =>
      fc.tuple(...ids.map((source) => fc.oneof(fc.integer({ min: 1, max: 100 }).map((pct) => ({ source, pct })), MONEY(60_000).map((amount) => ({ source, amount }))))).map((entries) => {
        let left = 100;
        return entries.map((entry) => {
          if ("amount" in entry) return { source: entry.source, amount: entry.amount };
          const pct = Math.min(entry.pct, left);
          left -= pct;
          return { source: entry.source, share: `${pct}%` };
        });
      }),
    ),
  );
}

export function arbitraryPlan(): fc.Arbitrary<RawPlan> {
  return fc.record({ startYear: fc.integer({ min: 2021, max: 2027 }), years: fc.integer({ min: 1, max: 3 }) }).chain((h) => {
    const labels = Array.from({ length: h.years }, (_, i) => formatFinancialYear(h.startYear + i));
    const source = (id: string) =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(`Source ${id}`),
        type: fc.constantFrom("cash", "cash", "in-kind"),
        status: fc.constantFrom("confirmed", "indicative", "requested"),
        recurrent: fc.boolean(),
        amounts: fc.subarray(labels).chain((years) => fc.tuple(...years.map(() => MONEY(400_000))).map((amounts) => Object.fromEntries(years.map((y, i) => [y, amounts[i]])))),
        eligible: fc.subarray(["post", "gp-backfill", "non-pay"], { minLength: 1 }),
      });
    return fc.integer({ min: 0, max: 4 }).chain((sourceCount) => {
      const sourceIds = Array.from({ length: sourceCount }, (_, i) => `S${i}`);
      const common = (id: string) => fc.record({ id: fc.constant(id), workstream: fc.constantFrom("Programme", "Data", "OD", ""), recurrent: fc.boolean(), funding: claims(sourceIds) });
      const post = (id: string): fc.Arbitrary<RawLine> =>
        fc
          .tuple(
            common(id),
            period(h),
            fc.record({
              title: fc.constant(`Post ${id}`),
              employer: fc.constantFrom("NHS1", "LA1", "NOPEN"),
              pay: SAFE_PAY,
              count: fc.integer({ min: 1, max: 4 }),
              fte: fc.integer({ min: 1, max: 150 }).map((n) => (n / 100).toString()),
              hcasZone: fc.constantFrom("none", "fringe", "outer", "inner"),
            }),
            fc.option(fc.record({ from: fc.constantFrom("NHS1", "LA1"), recharge: PERCENT(100) }), { nil: undefined }),
          )
          .map(([base, dates, fields, secondment]) => ({ ...base, ...dates, ...fields, ...(secondment ? { fill: "secondment", secondment } : {}) }));
      const backfill = (id: string): fc.Arbitrary<RawLine> =>
        fc.tuple(common(id), period(h), fc.record({ count: fc.integer({ min: 1, max: 8 }), sessionsPerWeek: fc.constantFrom("0.5", "1", "2", "4.5"), weeksPerYear: fc.constantFrom("42", "46", "52"), ratePerSession: MONEY(600).filter((m) => m !== "0.00"), onCost: PERCENT(40) })).map(([base, dates, fields]) => ({ ...base, ...dates, ...fields, title: `Backfill ${id}` }));
      const nonPay = (id: string): fc.Arbitrary<RawLine> =>
        fc.tuple(common(id), period(h), fc.record({ quantity: fc.constantFrom("1", "2", "0.5", "12"), unitCost: MONEY(80_000), vat: PERCENT(20), phasing: fc.constantFrom("even", "lump") })).map(([base, dates, fields]) => ({ ...base, ...dates, ...fields, title: `Item ${id}` }));
      const list = (prefix: string, make: (id: string) => fc.Arbitrary<RawLine>, max: number): fc.Arbitrary<RawLine[]> =>
        fc.integer({ min: 0, max }).chain((n) => (n === 0 ? fc.constant<RawLine[]>([]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(`${prefix}${i}`))).map((lines) => [...lines])));
      return fc
        .record({
          sources: sourceCount === 0 ? fc.constant<unknown[]>([]) : fc.tuple(...sourceIds.map(source)).map((list): unknown[] => [...list]),
          posts: list("P", post, 5),
          gpBackfill: list("G", backfill, 2),
          nonPay: list("N", nonPay, 3),
          settings: fc.record({
            niMethod: fc.constantFrom("monthly", "annual"),
            pensionCharge: fc.constantFrom("employer", "full"),
            apprenticeshipLevy: fc.boolean(),
            payAward: PERCENT(5),
            payDay: fc.integer({ min: 1, max: 31 }),
          }),
          ask: fc.option(fc.record({ amount: MONEY(500_000), tolerance: fc.constantFrom("5%", "1000", "0") }), { nil: undefined }),
        })
        .map(({ sources, posts, gpBackfill, nonPay, settings, ask }) => ({
          format: "resourcing-plan/1",
          name: "Generated plan",
          startYear: formatFinancialYear(h.startYear),
          years: h.years,
          settings,
          ...(ask ? { ask } : {}),
          employers: [
            { id: "NHS1", name: "Trust", pension: { scheme: "NHS" } },
            { id: "LA1", name: "Council", pension: { scheme: "LGPS", rate: "19.5%" } },
            { id: "NOPEN", name: "No pension", pension: { scheme: "none" }, apprenticeshipLevy: false },
          ],
          funding: sources,
          posts,
          gpBackfill,
          nonPay,
        }));
    });
  });
}
