import { formatIsoDate } from "../../src/engine/calendar";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { aBackfill, aNonPayItem, aPlan, aPost, planOf } from "../support/builders";

const errorsOf = (raw: unknown) => parsePlan(raw).errors.map((e) => `${e.path}: ${e.message}`);

describe("parsePlan", () => {
  it("fills in the documented defaults", () => {
    const plan = planOf({ startYear: "2021/22", posts: [{ id: "P1", employer: "E", pay: { band: "7" }, fte: 1 }], employers: [{ id: "E", pension: "NHS" }] });
    expect(plan.years).toBe(1);
    expect(plan.settings).toMatchObject({ niMethod: "monthly", pensionCharge: "employer", apprenticeshipLevy: true, hcasZone: "none", payDay: 25 });
    const post = plan.posts[0];
    expect(post?.pay).toEqual({ kind: "scale", band: "7", point: "top" });
    expect(post?.count).toBe(1);
    expect([formatIsoDate(post?.start ?? 0), formatIsoDate(post?.end ?? 0)]).toEqual(["2021-04-01", "2022-03-31"]);
    expect(post?.fill).toBe("new");
    expect(post?.funding).toEqual([]);
  });

  it("accepts what people type: band names, grouped pounds, JSON numbers, yes/no, percentages", () => {
    const plan = planOf(
      aPlan({
        settings: { apprenticeshipLevy: "no", payAward: "2.5%", hcasZone: "Outer" },
        posts: [aPost({ pay: { band: "Band 8A", point: "Entry" }, fte: 0.6, recurrent: "yes" })],
        gpBackfill: [aBackfill({ ratePerSession: "£309.50", onCost: 0.3 })],
        nonPay: [aNonPayItem({ unitCost: "£12,500", vat: "20%" })],
      }),
    );
    expect(plan.settings.apprenticeshipLevy).toBe(false);
    expect(plan.settings.payAward.toString()).toBe("0.025");
    expect(plan.posts[0]?.pay).toEqual({ kind: "scale", band: "8a", point: "entry" });
    expect(plan.posts[0]?.hcasZone).toBe("outer");
    expect(plan.posts[0]?.fte.toString()).toBe("0.6");
    expect(plan.posts[0]?.recurrent).toBe(true);
    expect(plan.gpBackfill[0]?.ratePerSession.toString()).toBe("309.5");
    expect(plan.gpBackfill[0]?.onCost.toString()).toBe("0.3");
    expect(plan.nonPay[0]?.unitCost.toString()).toBe("12500");
  });

  it("reports every problem in one pass", () => {
    const errors = errorsOf(aPlan({ posts: [aPost({ fte: "full time", start: "2021-13-01", employer: "NOPE" })] }));
    expect(errors).toEqual([
      'posts[0].start: Start must be a real date written YYYY-MM-DD (e.g. "2021-07-01"); found "2021-13-01"',
      'posts[0].fte: FTE must be a number more than 0 and at most 1.5; found "full time"',
      'posts[0].employer: Employer "NOPE" is not in the employers list (known: NHS1, LA1)',
    ]);
  });

  it("makes a line's employer the releasing employer of a secondment", () => {
    const plan = planOf(aPlan({ posts: [aPost({ employer: undefined, secondment: { from: "LA1", recharge: "0%" } })] }));
    expect(plan.posts[0]).toMatchObject({ employer: "LA1", fill: "secondment" });
  });

  it("refuses a bare number above 1 for a percentage rather than guessing", () => {
    expect(errorsOf(aPlan({ nonPay: [aNonPayItem({ vat: "20" })] }))).toEqual([
      'nonPay[0].vat: Irrecoverable VAT must be a percentage such as "15%" or a fraction such as 0.15; found "20"',
    ]);
  });

  it("refuses an intermediate point in a year the band has none", () => {
    expect(errorsOf(aPlan({ posts: [aPost({ pay: { band: "8a", point: "intermediate" } })] }))).toEqual([
      "posts[0].pay.point: Pay point: band 8a has no intermediate point in 2021/22; use entry, mid or top",
    ]);
  });

  it("accepts an intermediate point for band 8a from 2024/25", () => {
    expect(errorsOf(aPlan({ startYear: "2024/25", funding: [], posts: [aPost({ pay: { band: "8a", point: "intermediate" } })] }))).toEqual([]);
  });
  it("reports a source or employer with errors once, not again on every line that names it", () => {
    const errors = errorsOf(
      aPlan({
        employers: [{ id: "LA1", name: "A council", pension: { scheme: "LGPS" } }],
        funding: [{ id: "F1", name: "Fund", status: "maybe", amounts: { "2021/22": "1000" } }],
        posts: [aPost({ id: "P1", employer: "LA1", funding: "F1" }), aPost({ id: "P2", employer: "LA1", funding: "F1" })],
        gpBackfill: [aBackfill({ funding: "F1" })],
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/^employers\[0\]\.pension\.rate: /), expect.stringMatching(/^funding\[0\]\.status: Funding status must be one of/)]);
  });

  it("still reports a source or employer that is not listed at all", () => {
    const errors = errorsOf(aPlan({ posts: [aPost({ employer: "NOPE", funding: "NONE" })] }));
    expect(errors).toEqual([
      'posts[0].funding: Funding source "NONE" is not in the funding list (known: F1)',
      'posts[0].employer: Employer "NOPE" is not in the employers list (known: NHS1, LA1)',
    ]);
  });
});
