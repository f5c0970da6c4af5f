import { aBackfill, aNonPayItem, aPlan, aPost } from "../support/builders";
import { runCli, tempFile } from "../support/run-cli";

/**
 * Bad plans, each written to a file and run through the built CLI: every one must exit 1 with a
 * message naming the field at fault, and never a stack trace.
 */
const plan = (overrides: Record<string, unknown>) => JSON.stringify(aPlan(overrides));
const post = (overrides: Record<string, unknown>) => plan({ posts: [aPost(overrides)] });

const BAD_PLANS: readonly [string, string, string, RegExp][] = [
  // [what is wrong, file contents, the path named, what the message says]
  ["FTE as words", post({ fte: "full time" }), "posts[0].fte", /FTE must be a number .*found "full time"/],
  ["negative FTE", post({ fte: "-1" }), "posts[0].fte", /FTE must be more than 0 and at most 1\.5/],
  ["absurd FTE", post({ fte: "40" }), "posts[0].fte", /FTE must be more than 0 and at most 1\.5; found "40"/],
  ["zero FTE", post({ fte: 0 }), "posts[0].fte", /FTE must be more than 0/],
  ["missing FTE", post({ fte: undefined }), "posts[0].fte", /FTE is required/],
  ["fractional count", post({ count: 2.5 }), "posts[0].count", /Count .* must be a whole number/],
  ["end before start", post({ start: "2021-09-01", end: "2021-08-01" }), "posts[0].end", /End \(2021-08-01\) is before start \(2021-09-01\)/],
  ["date in the wrong format", post({ start: "01/07/2021" }), "posts[0].start", /Start must be a real date written YYYY-MM-DD/],
  ["impossible date", post({ start: "2021-02-30" }), "posts[0].start", /found "2021-02-30"/],
  ["unknown band", post({ pay: { band: "10" } }), "posts[0].pay.band", /Band must be an Agenda for Change band/],
  ["unknown point", post({ pay: { band: "7", point: "max" } }), "posts[0].pay.point", /Pay point must be one of entry, intermediate, top, mid/],
  ["point the band lacks that year", post({ pay: { band: "8b", point: "intermediate" } }), "posts[0].pay.point", /band 8b has no intermediate point in 2021\/22/],
  ["missing pay", post({ pay: undefined }), "posts[0].pay", /Pay is required/],
  ["band and salary both", post({ pay: { band: "7", salary: "40000" } }), "posts[0].pay", /either an Agenda for Change band or a spot salary/],
  ["unknown employer", post({ employer: "NOPE" }), "posts[0].employer", /Employer "NOPE" is not in the employers list/],
  ["unknown funding source", post({ funding: "XYZ" }), "posts[0].funding", /Funding source "XYZ" is not in the funding list/],
  ["shares over 100%", plan({ funding: [{ id: "A", status: "confirmed", amounts: {} }, { id: "B", status: "confirmed", amounts: {} }], posts: [aPost({ funding: [{ source: "A", share: "60%" }, { source: "B", share: "50%" }] })] }), "posts[0].funding", /shares add up to 110%/],
  ["share and amount both", post({ funding: [{ source: "F1", share: "50%", amount: "100" }] }), "posts[0].funding[0]", /either a share .* or an amount/],
  ["duplicate line ids", plan({ posts: [aPost()], nonPay: [aNonPayItem({ id: "P1" })] }), "nonPay[0].id", /ID "P1" is already used by posts\[0\]/],
  ["duplicate source ids", plan({ funding: [{ id: "F1", status: "confirmed", amounts: {} }, { id: "F1", status: "requested", amounts: {} }] }), "funding[1].id", /Funding source ID "F1" is used twice/],
  ["duplicate employer ids", plan({ employers: [{ id: "E", pension: "NHS" }, { id: "E", pension: "none" }] }), "employers[1].id", /Employer ID "E" is used twice/],
  ["missing start year", plan({ startYear: undefined }), "startYear", /Start year is required/],
  ["start year not a financial year", plan({ startYear: "2021" }), "startYear", /Start year must be a financial year such as "2021\/22"/],
  ["start year before the reference data", plan({ startYear: "2015/16" }), "startYear", /Start year must be from 2021\/22/],
  ["six-year horizon", plan({ years: 6 }), "years", /Years \(the horizon\) must be at least 1 and at most 5/],
  ["malformed money", plan({ nonPay: [aNonPayItem({ unitCost: "12,50.0" })] }), "nonPay[0].unitCost", /Unit cost must be an amount in pounds/],
  ["money with three decimals", plan({ gpBackfill: [aBackfill({ ratePerSession: "309.125" })] }), "gpBackfill[0].ratePerSession", /at most two decimal places/],
  ["negative money", plan({ nonPay: [aNonPayItem({ unitCost: "-100" })] }), "nonPay[0].unitCost", /Unit cost must be at least £0/],
  ["money as an object", plan({ nonPay: [aNonPayItem({ unitCost: { pounds: 5 } })] }), "nonPay[0].unitCost", /found an object/],
  ["VAT over 100%", plan({ nonPay: [aNonPayItem({ vat: "150%" })] }), "nonPay[0].vat", /Irrecoverable VAT must be between 0% and 100%/],
  ["ambiguous VAT", plan({ nonPay: [aNonPayItem({ vat: "20" })] }), "nonPay[0].vat", /percentage such as "15%"/],
  ["no sessions", plan({ gpBackfill: [aBackfill({ sessionsPerWeek: "0" })] }), "gpBackfill[0].sessionsPerWeek", /Sessions per week must be more than 0/],
  ["sixty weeks a year", plan({ gpBackfill: [aBackfill({ weeksPerYear: 60 })] }), "gpBackfill[0].weeksPerYear", /Weeks per year must be more than 0 and at most 53/],
  ["LGPS without a rate", plan({ employers: [{ id: "LA", pension: { scheme: "LGPS" } }] }), "employers[0].pension.rate", /Pension rate is required for the LGPS scheme/],
  ["unknown pension scheme", plan({ employers: [{ id: "LA", pension: { scheme: "USS" } }] }), "employers[0].pension.scheme", /Pension scheme must be one of NHS, LGPS, other, none/],
  ["funding status missing", plan({ funding: [{ id: "F1", amounts: { "2021/22": "1" } }] }), "funding[0].status", /Funding status is required/],
  ["amounts keyed by a calendar year", plan({ funding: [{ id: "F1", status: "confirmed", amounts: { "2021": "1000" } }] }), "funding[0].amounts.2021", /keyed by a financial year/],
  ["unknown eligible kind", plan({ funding: [{ id: "F1", status: "confirmed", amounts: {}, eligible: ["salaries"] }] }), "funding[0].eligible[0]", /Eligible line kind must be one of post, gp-backfill, non-pay/],
  ["ask year outside the horizon", plan({ ask: { amount: "270000", year: "2023/24" } }), "ask.year", /Ask year must be one of the plan's years \(2021\/22\)/],
  ["secondment without recharge", post({ secondment: { from: "NHS1" } }), "posts[0].secondment.recharge", /Recharge is required for a secondment/],
  ["secondment from an unknown employer", post({ secondment: { from: "ZZZ", recharge: "0%" } }), "posts[0].secondment.from", /Employer "ZZZ" is not in the employers list/],
  ["unknown NI method", plan({ settings: { niMethod: "weekly" } }), "settings.niMethod", /NI method must be one of monthly, annual; found "weekly"/],
  ["recurrent as maybe", post({ recurrent: "maybe" }), "posts[0].recurrent", /Recurrent must be yes or no/],
  ["posts not a list", plan({ posts: { id: "P1" } }), "posts", /Posts must be a list; found an object/],
  ["another format version", plan({ format: "resourcing-plan/2" }), "format", /Format must be "resourcing-plan\/1"/],
  ["amounts beyond £90 trillion", plan({ nonPay: [aNonPayItem({ quantity: "1000000", unitCost: "1000000000" })] }), "", /more than £90 trillion, beyond what can be costed to the penny/],
  ["a list, not a plan", JSON.stringify([aPost()]), "", /A plan must be a JSON object/],
  ["not JSON at all", "{ startYear: 2021/22 ", "", /is not valid JSON/],
  ["an empty file", "", "", /is not valid JSON/],
];

describe("resourcing calculate on bad plans", () => {
  it("has at least 25 bad plans", () => {
    expect(BAD_PLANS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(BAD_PLANS)("%s: exit 1 naming the field", (_what, text, path, message) => {
    const file = tempFile("plan.json", text);
    const run = runCli(["calculate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^The plan has \d+ errors?:/);
    const line = run.stderr.split("\n").find((l) => (path ? l.trim().startsWith(`${path}: `) : message.test(l)));
    expect(line).toBeDefined();
    expect(line).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  });

  it("gives the errors as the result format with --json", () => {
    const run = runCli(["calculate", tempFile("plan.json", post({ fte: "full time" })), "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      format: "resourcing-result/1",
      errors: [{ code: "INVALID_NUMBER", path: "posts[0].fte", message: 'FTE must be a number more than 0 and at most 1.5; found "full time"' }],
    });
  });
});
