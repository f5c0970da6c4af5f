import { haveringExample } from "../../src/example/havering";
import { createPlanner } from "../../src/planner/planner";
import type { CalculationStep } from "../../src/planner/gateway";
import { RUN_LOG_COLUMNS } from "../../src/planner/run-log";
import { planWorkbook } from "../../src/workbook/input-sheets";
import type { Literal, WorkbookModel } from "../../src/workbook/sheet-model";
import type { WorkbookSnapshot } from "../../src/workbook/tables";
import type { PortResult, WorkbookPort } from "../../src/workbook/workbook-port";
import { editable, setCell, snapshotOf } from "../support/workbook-snapshot";

/** A workbook port over a sheet model held in memory, recording what the planner asks of it. */
class RecordingPort implements WorkbookPort {
  written: WorkbookModel[] = [];
  cellWrites: { address: string; value: Literal }[] = [];
  selected: string[] = [];
  runLog: Literal[][] = [];
  refuse?: string;

  constructor(public inputs: WorkbookModel) {}

  async readTables(): Promise<WorkbookSnapshot> {
    return snapshotOf(this.inputs);
  }
  async addInputSheets(model: WorkbookModel): Promise<PortResult<{ added: string[]; skipped: string[] }>> {
    const existing = new Set(this.inputs.sheets.map((s) => s.name));
    return { ok: true, added: model.sheets.filter((s) => !existing.has(s.name)).map((s) => s.name), skipped: model.sheets.filter((s) => existing.has(s.name)).map((s) => s.name) };
  }
  async writeOwnedSheets(model: WorkbookModel): Promise<PortResult<{ written: string[] }>> {
    if (this.refuse) return { ok: false, problem: this.refuse };
    this.written.push(model);
    const log = model.sheets.find((s) => s.name === "Run log");
    this.runLog = (log?.rows.slice(1) ?? []) as Literal[][];
    return { ok: true, written: model.sheets.map((s) => s.name) };
  }
  async writeInputCells(cells: readonly { address: string; value: Literal }[]): Promise<PortResult<{ written: number }>> {
    this.cellWrites.push(...cells);
    return { ok: true, written: cells.length };
  }
  async readRunLog(): Promise<readonly (readonly Literal[])[]> {
    return this.runLog;
  }
  async select(address: string): Promise<PortResult<{ selected: string }>> {
    if (!/^[A-Za-z]+!/.test(address)) return { ok: false, problem: `no such cell ${address}` };
    this.selected.push(address);
    return { ok: true, selected: address };
  }
}

const example = () => planWorkbook(haveringExample());
const clock = () => new Date(2026, 10, 23, 9, 14);

describe("the planner behind the task pane", () => {
  it("costs the workbook's tables and shows the ask check, totals and issues as the CLI does", async () => {
    const port = new RecordingPort(example());
    const steps: CalculationStep[] = [];
    const outcome = await createPlanner(port, { host: "preview", now: clock }).calculate((step) => steps.push(step));
    expect(steps).toEqual(["reading", "costing", "writing", "done"]);
    if (outcome.kind !== "costed") throw new Error(JSON.stringify(outcome));
    expect(outcome.view.ask).toEqual({ year: "2021/22", stated: "£270,000.00", calculated: "£272,058.33", variance: "+£2,058.33", variancePercent: "+0.76%", tolerance: "±£13,500.00", withinTolerance: true });
    expect(outcome.view.totals).toMatchObject({ cost: "£327,298.26", funded: "£325,239.93", inKind: "£0.00", unfunded: "£2,058.33" });
    expect(outcome.view.totals.byKind.map((k) => [k.label, k.cost])).toEqual([
      ["Posts", "£214,163.76"],
      ["GP backfill", "£68,134.50"],
      ["Non-pay", "£45,000.00"],
    ]);
    // Problems before warnings; each takes the user to the line's row or the source's row.
    expect(outcome.view.issues[0]).toMatchObject({ level: "problem", code: "SOURCE_OVER_ALLOCATED", cell: "Funding!A3" });
    expect(outcome.view.issues.filter((i) => i.level === "warning")).toHaveLength(9);
    expect(outcome.view.issues.find((i) => i.lineId === "P3")).toMatchObject({ cell: "Posts!A4" });
    expect(port.written[0]?.sheets.map((s) => s.name)).toEqual(["Summary", "Issues", "Costing", "Phasing", "Funding summary", "Rates", "Run log"]);
  });

  it("keeps a run log row per calculation, with the inputs' fingerprint changing when an input does", async () => {
    const port = new RecordingPort(example());
    const planner = createPlanner(port, { host: "preview", now: clock });
    await planner.calculate();
    await planner.calculate();
    const changed = editable(example());
    setCell(changed, "Posts", "J3", 0.5);
    port.inputs = changed;
    await planner.calculate();
    expect(port.runLog).toHaveLength(3);
    const column = (name: (typeof RUN_LOG_COLUMNS)[number]) => RUN_LOG_COLUMNS.indexOf(name);
    const [first, second, third] = port.runLog as [Literal[], Literal[], Literal[]];
    expect(first[column("When")]).toBe("2026-11-23 09:14");
    expect(first[column("Cost")]).toBe(327298.26);
    expect(first[column("Ask status")]).toBe("within tolerance");
    expect(second[column("Inputs fingerprint")]).toBe(first[column("Inputs fingerprint")]);
    expect(third[column("Inputs fingerprint")]).not.toBe(first[column("Inputs fingerprint")]);
    expect(third[column("Cost")]).not.toBe(327298.26);
  });

  it("writes Issues and replaces the figures sheets with a pointer when the inputs have errors", async () => {
    const broken = editable(example());
    setCell(broken, "Posts", "J3", "full time");
    const port = new RecordingPort(broken);
    const outcome = await createPlanner(port, { host: "excel", now: clock }).calculate();
    expect(outcome).toEqual({ kind: "errors", issues: [expect.objectContaining({ level: "error", code: "INVALID_NUMBER", cell: "Posts!J3" })] });
    const sheets = port.written[0]?.sheets ?? [];
    expect(sheets.map((s) => s.name)).toEqual(["Summary", "Issues", "Costing", "Phasing", "Funding summary", "Rates", "Run log"]);
    expect(JSON.stringify(sheets.find((s) => s.name === "Costing")?.rows)).toContain("not costed");
    expect(port.runLog[0]?.[RUN_LOG_COLUMNS.indexOf("Outcome")]).toBe("input errors");
  });

  it("reports a workbook it cannot write as a failure, not an exception", async () => {
    const port = new RecordingPort(example());
    port.refuse = 'Your sheet "Summary" has the name of a sheet this add-in writes: rename it';
    expect(await createPlanner(port, { host: "excel" }).calculate()).toEqual({ kind: "failed", message: port.refuse });
  });

  it("refuses, in words, a plan whose amounts are beyond what pennies hold exactly", async () => {
    const huge = editable(example());
    setCell(huge, "NonPay", "E3", 1000000);
    setCell(huge, "NonPay", "F3", 1000000000);
    const port = new RecordingPort(huge);
    const outcome = await createPlanner(port, { host: "excel" }).calculate();
    expect(outcome).toEqual({ kind: "failed", message: expect.stringMatching(/^The plan was not costed: the plan's amounts add up to more than £90 trillion/) });
    expect(port.written).toEqual([]); // nothing of the last run replaced
  });

  it("selects the cell an issue points at", async () => {
    const port = new RecordingPort(example());
    const planner = createPlanner(port, { host: "excel" });
    expect(await planner.select("Posts!J3")).toEqual({ ok: true });
    expect(port.selected).toEqual(["Posts!J3"]);
    expect(await planner.select("J3")).toEqual({ ok: false, problem: "no such cell J3" });
  });

  it("sets up the tables on sheets the workbook does not have, skipping those it has", async () => {
    const port = new RecordingPort({ sheets: [{ name: "Posts", owned: false, rows: [] }] });
    const outcome = await createPlanner(port, { host: "excel" }).setUp("template");
    expect(outcome).toMatchObject({ kind: "done", skipped: ["Posts"] });
    if (outcome.kind === "done") expect(outcome.added).toEqual(expect.arrayContaining(["Plan", "Employers", "GPBackfill", "NonPay", "Funding"]));
  });
});

describe("settings kept in the Plan table", () => {
  it("reads them as the table shows them", async () => {
    const outcome = await createPlanner(new RecordingPort(example()), { host: "preview" }).readSettings();
    expect(outcome).toEqual({
      kind: "settings",
      values: { startYear: "2021/22", years: "1", niMethod: "monthly", pensionCharge: "employer", apprenticeshipLevy: "Yes", payAward: "3%", askAmount: "270000", askTolerance: "5%", askYear: "2021/22" },
    });
  });

  it("writes changed settings into their Value cells in the form formulas can use", async () => {
    const port = new RecordingPort(example());
    const outcome = await createPlanner(port, { host: "preview" }).saveSettings({ payAward: "3%", years: "2", askTolerance: "£10,000", apprenticeshipLevy: "no" });
    expect(outcome).toEqual({ kind: "saved", written: 4 });
    expect(port.cellWrites).toEqual([
      { address: "Plan!B12", value: 0.03 },
      { address: "Plan!B5", value: 2 },
      { address: "Plan!B7", value: 10000 },
      { address: "Plan!B11", value: "No" },
    ]);
  });

  it("refuses a value that cannot be right, naming the setting, and writes nothing", async () => {
    const port = new RecordingPort(example());
    const outcome = await createPlanner(port, { host: "preview" }).saveSettings({ years: "9", payAward: "3%" });
    expect(outcome).toEqual({ kind: "failed", message: 'Years: a whole number of years from 1 to 5; found "9".' });
    expect(port.cellWrites).toEqual([]);
  });
});
