import { REQUEST_BYTES } from "../../../src/adapters/office/request-budget";
import { FOUR_MB, ownedModelOf, workbookOf } from "./office-support";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatePlan } = require("../../../bench/generate-plan.js") as { generatePlan(lines: number, years?: number, seed?: number): unknown };

/** The requests of writing a generated plan's owned sheets: planWorkbook → fake → readTables → readPlan → costPlan → renderOwnedWorkbook → writeOwnedSheets. */
async function writeRequests(lines: number): Promise<{ requests: number[]; bytes: number; readResponse: number }> {
  // A 10,000-line plan writes about half a gigabyte of formulas: the fake measures it but keeps no cells.
  const { fake, port } = workbookOf(generatePlan(lines, 3), { lean: lines > 1000 });
  const model = await ownedModelOf(port);
  const readResponse = Math.max(...fake.responses);
  const before = fake.syncs;
  const outcome = await port.writeOwnedSheets(model);
  if (!outcome.ok) throw new Error(outcome.problem);
  expect(fake.writesWhileCalculating).toBe(0);
  const requests = fake.requests.slice(before);
  return { requests, bytes: requests.reduce((sum, size) => sum + size, 0), readResponse };
}

describe("OfficeWorkbookPort.writeOwnedSheets at scale", () => {
  it("sends no request over 4 MB, with syncs a function of the bytes written, not of rows", async () => {
    const small = await writeRequests(10);
    const large = await writeRequests(10_000);
    const report = (name: string, run: { requests: number[]; bytes: number; readResponse: number }) =>
      `${name}: ${run.requests.length} syncs, ${(run.bytes / 1e6).toFixed(1)} MB written, largest request ${(Math.max(...run.requests) / 1e6).toFixed(2)} MB; reading the tables: largest response ${(run.readResponse / 1e6).toFixed(2)} MB`;
    process.stdout.write(`${report("10 lines", small)}\n${report("10,000 lines", large)}\n`);

    // 10 lines: two requests look, one writes everything.
    expect(small.requests.length).toBe(3);
    expect(Math.max(...small.requests)).toBeLessThan(FOUR_MB);
    // 10,000 lines: the same two looks, then one request per ~REQUEST_BYTES of data; none over 4 MB.
    expect(Math.max(...large.requests)).toBeLessThan(FOUR_MB);
    // The count follows the bytes: requests are on average at least half full (the adapter's
    // estimate of an action's overhead is on the safe side, so link-heavy requests measure smaller).
    const writes = large.requests.slice(2);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(large.bytes / (REQUEST_BYTES / 2)));
  }, 900_000);
});
