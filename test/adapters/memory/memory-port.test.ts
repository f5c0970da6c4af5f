import { MemoryWorkbookPort } from "../../../src/adapters/memory/memory-port";
import { costPlan } from "../../../src/engine/cost-plan";
import { haveringExample } from "../../../src/example/havering";
import { describeInputError } from "../../../src/plan-format/input-error";
import { parsePlan } from "../../../src/plan-format/parse-plan";
import { planWorkbook, templateWorkbook } from "../../../src/workbook/input-sheets";
import { renderOwnedWorkbook } from "../../../src/workbook/owned-workbook";
import { readPlan } from "../../../src/workbook/read-plan";
import type { SheetModel } from "../../../src/workbook/sheet-model";

function examplePort(): MemoryWorkbookPort {
  return new MemoryWorkbookPort(planWorkbook(haveringExample()));
}

async function ownedModel(port: MemoryWorkbookPort) {
  const read = readPlan(await port.readTables());
  if (!read.plan) throw new Error(read.errors.map(describeInputError).join("\n"));
  return renderOwnedWorkbook(costPlan(read.plan), read.inputs);
}

describe("MemoryWorkbookPort", () => {
  it("reads the example's tables into the plan its JSON gives", async () => {
    const read = readPlan(await examplePort().readTables());
    if (!read.plan) throw new Error(read.errors.map(describeInputError).join("\n"));
    const fromJson = parsePlan(haveringExample());
    if (!fromJson.plan) throw new Error("the example does not parse");
    expect(costPlan(read.plan).totals).toEqual(costPlan(fromJson.plan).totals);
  });

  it("writes the owned sheets after the input sheets, and a second run replaces them", async () => {
    const port = examplePort();
    const model = await ownedModel(port);
    expect(await port.writeOwnedSheets(model)).toEqual({ ok: true, written: model.sheets.map((sheet) => sheet.name) });
    const names = port.sheetNames();
    expect(await port.writeOwnedSheets(model)).toEqual({ ok: true, written: model.sheets.map((sheet) => sheet.name) });
    expect(port.sheetNames()).toEqual(names);
    expect(names.slice(-model.sheets.length)).toEqual(model.sheets.map((sheet) => sheet.name));
    expect(port.isOwned("Summary")).toBe(true);
    // The owned sheets are not input tables: the plan still reads the same.
    expect(readPlan(await port.readTables()).errors).toEqual([]);
  });

  it("refuses, changing nothing, when a user's sheet has an owned sheet's name", async () => {
    const port = new MemoryWorkbookPort({ sheets: [{ name: "Summary", owned: false, rows: [["Mine"]] }] });
    const owned: SheetModel = { name: "Summary", owned: true, rows: [["Output"]] };
    const outcome = await port.writeOwnedSheets({ sheets: [owned] });
    expect(outcome.ok).toBe(false);
    expect(port.cell("Summary!A1")?.value).toBe("Mine");
  });

  it("adds only the input sheets the workbook lacks", async () => {
    const port = new MemoryWorkbookPort({ sheets: [{ name: "Posts", owned: false, rows: [["Mine"]] }] });
    const outcome = await port.addInputSheets(templateWorkbook());
    if (!outcome.ok) throw new Error(outcome.problem);
    expect(outcome.skipped).toEqual(["Posts"]);
    expect(port.cell("Posts!A1")?.value).toBe("Mine");
    expect(port.sheetNames()).toContain("Plan");
  });

  it("records the selection and tells listeners", async () => {
    const port = examplePort();
    const seen: (string | undefined)[] = [];
    const stop = port.onSelect((address) => seen.push(address));
    expect(port.selection()).toBeUndefined();
    expect(await port.select("Posts!F7")).toEqual({ ok: true, selected: "Posts!F7" });
    expect(port.selection()).toBe("Posts!F7");
    expect((await port.select("Nowhere!A1")).ok).toBe(false);
    stop();
    await port.select("Plan!B2");
    expect(seen).toEqual(["Posts!F7"]);
  });

  it("writes input cells the reader then sees, and reads the run log", async () => {
    const port = examplePort();
    expect(await port.writeInputCells([{ address: "Plan!B2", value: "Changed name" }])).toEqual({ ok: true, written: 1 });
    expect(port.cell("Plan!B2")?.value).toBe("Changed name");
    expect(await port.readRunLog()).toEqual([]);
    await port.writeOwnedSheets({ sheets: [{ name: "Run log", owned: true, rows: [["When", "Outcome"], ["2026-11-23 09:14", "costed"], ["2026-11-23 10:00", null]] }] });
    expect(await port.readRunLog()).toEqual([
      ["2026-11-23 09:14", "costed"],
      ["2026-11-23 10:00", null],
    ]);
    expect((await port.writeInputCells([{ address: "Run log!A2", value: 1 }])).ok).toBe(false);
  });
});
