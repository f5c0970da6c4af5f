import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbookPort } from "../../../src/adapters/office/office-workbook-port";
import type { RunBatch } from "../../../src/adapters/office/host";

/** A worksheet as the mock's methods hand it out: records what the adapter did to it. */
function recordingSheet(name: string) {
  const sheet = {
    name,
    isNullObject: false,
    activated: false,
    ranges: new Map<string, { selected: boolean; formulas?: unknown }>(),
    activate() {
      sheet.activated = true;
    },
    getRange(address: string) {
      const range = sheet.ranges.get(address) ?? { selected: false, select: () => (range.selected = true) };
      sheet.ranges.set(address, range);
      return range;
    },
  };
  return sheet;
}

/** Excel as office-addin-mock models it: a context with sync, a workbook, and `run`. */
function mockExcel(sheets: ReturnType<typeof recordingSheet>[]) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject(name: string) {
            return sheets.find((sheet) => sheet.name === name) ?? { isNullObject: true };
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  // The mock has no collections: give it the loaded sheet list the adapter reads after its sync.
  const worksheets = mock.context.workbook.worksheets;
  worksheets.items = sheets;
  worksheets.load = () => worksheets;
  return mock;
}

function portOver(mock: OfficeMockObject): OfficeWorkbookPort {
  const run = ((batch) => mock.run(batch)) as RunBatch;
  return new OfficeWorkbookPort(run, () => true);
}

describe("OfficeWorkbookPort with office-addin-mock", () => {
  it("select activates the sheet and selects the cell", async () => {
    const posts = recordingSheet("Posts");
    const outcome = await portOver(mockExcel([posts])).select("Posts!F7");
    expect(outcome).toEqual({ ok: true, selected: "Posts!F7" });
    expect(posts.activated).toBe(true);
    expect(posts.ranges.get("F7")?.selected).toBe(true);
  });

  it("select reports a sheet that is not there", async () => {
    const outcome = await portOver(mockExcel([recordingSheet("Posts")])).select("Issues!A2");
    expect(outcome).toEqual({ ok: false, problem: expect.stringMatching(/no sheet named "Issues"/) });
  });

  it("writeInputCells writes each cell as a one-cell formulas array, text with Excel's apostrophe", async () => {
    const plan = recordingSheet("Plan");
    const outcome = await portOver(mockExcel([plan])).writeInputCells([
      { address: "Plan!B4", value: "monthly" },
      { address: "Plan!B5", value: 0.03 },
    ]);
    expect(outcome).toEqual({ ok: true, written: 2 });
    expect(plan.ranges.get("B4")?.formulas).toEqual([["'monthly"]]);
    expect(plan.ranges.get("B5")?.formulas).toEqual([[0.03]]);
  });
});
