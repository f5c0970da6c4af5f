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
  it("takes the same number of requests for 10 lines as for 10,000, none over 4 MB", async () => {
    const small = await writeRequests(10);
    const large = await writeRequests(10_000);
    const report = (name: string, run: { requests: number[]; bytes: number; readResponse: number }) =>
      `${name}: ${run.requests.length} syncs, ${(run.bytes / 1e6).toFixed(1)} MB written, largest request ${(Math.max(...run.requests) / 1e6).toFixed(2)} MB; reading the tables: largest response ${(run.readResponse / 1e6).toFixed(2)} MB`;
    process.stdout.write(`${report("10 lines", small)}\n${report("10,000 lines", large)}\n`);

    // Two requests look (which sheets and tables there are; which of them are owned), then one
    // request writes each of the six owned sheets, whatever the number of lines.
    expect(small.requests.length).toBe(8);
    expect(large.requests.length).toBe(small.requests.length);
    expect(Math.max(...small.requests)).toBeLessThan(FOUR_MB);
    expect(Math.max(...large.requests)).toBeLessThan(FOUR_MB);
    // The budget is kept with room to spare, so a somewhat bigger plan still fits.
    expect(Math.max(...large.requests)).toBeLessThan(REQUEST_BYTES);
  }, 900_000);
});
