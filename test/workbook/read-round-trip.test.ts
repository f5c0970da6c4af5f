import fc from "fast-check";
import { readWorkbookBuffer } from "../../src/adapters/exceljs/read-workbook";
import { costPlan } from "../../src/engine/cost-plan";
import type { Plan } from "../../src/engine/plan";
import { haveringExample } from "../../src/example/havering";
import { describeInputError } from "../../src/plan-format/input-error";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { writeResult } from "../../src/plan-format/write-result";
import { planWorkbook } from "../../src/workbook/input-sheets";
import { readPlan } from "../../src/workbook/read-plan";
import type { WorkbookSnapshot } from "../../src/workbook/tables";
import { arbitraryPlan } from "../support/arbitrary-plan";
import { snapshotOf } from "../support/workbook-snapshot";
import { writeTestXlsx } from "../support/write-test-xlsx";

function fromJson(json: unknown): Plan {
  const parsed = parsePlan(json);
  if (!parsed.plan) throw new Error(parsed.errors.map(describeInputError).join("\n"));
  return parsed.plan;
}

function fromSnapshot(snapshot: WorkbookSnapshot): Plan {
  const read = readPlan(snapshot);
  if (!read.plan) throw new Error(read.errors.map(describeInputError).join("\n"));
  return read.plan;
}

/** The costed result as the result format writes it, the plan's notes aside. */
function costedJson(plan: Plan): unknown {
  return writeResult(costPlan(plan));
}

describe("planWorkbook → xlsx → readPlan", () => {
  it("costs the Havering example exactly as its JSON does", async () => {
    const json = haveringExample();
    const read = await readWorkbookBuffer(await writeTestXlsx(planWorkbook(json)));
    if ("problem" in read) throw new Error(read.problem);
    const fromWorkbook = costPlan(fromSnapshot(read.snapshot));
    const fromFile = costPlan(fromJson(json));
    expect(fromWorkbook.totals).toEqual(fromFile.totals);
    expect(fromWorkbook.ask).toEqual(fromFile.ask);
    expect(costedJson(fromSnapshot(read.snapshot))).toEqual(costedJson(fromJson(json)));
  });

  it("writes every input of the example in a clean cell", async () => {
    const read = await readWorkbookBuffer(await writeTestXlsx(planWorkbook(haveringExample())));
    if ("problem" in read) throw new Error(read.problem);
    const { inputs } = readPlan(read.snapshot);
    for (const field of ["fte", "count", "start", "end", "band", "point"]) expect(inputs?.line("P2", field)).toMatchObject({ clean: true });
    expect(inputs?.line("P5", "salary")).toEqual({ address: "Posts!G5", clean: true });
    expect(inputs?.line("N1", "vat")).toMatchObject({ clean: true });
    expect(inputs?.setting("settings.payAward")).toMatchObject({ clean: true });
    expect(inputs?.setting("ask.tolerance")).toMatchObject({ clean: true });
    expect(inputs?.employer("LBH", "pensionRate")).toMatchObject({ clean: true });
    expect(inputs?.source("ASK", "amount", "2021/22")).toEqual({ address: "Funding!F3", clean: true });
  });

  it("gives the same costing for generated plans", () => {
    fc.assert(
      fc.property(arbitraryPlan(), (json) => {
        expect(costedJson(fromSnapshot(snapshotOf(planWorkbook(json))))).toEqual(costedJson(fromJson(json)));
      }),
      { numRuns: 60 },
    );
  });
});
