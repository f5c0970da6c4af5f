import { costPlanOrRefuse } from "../engine/cost-plan";
import { haveringExample } from "../example/havering";
import { planWorkbook, templateWorkbook } from "../workbook/input-sheets";
import { NO_INPUT_CELLS } from "../workbook/input-cells";
import { renderErrorsWorkbook, renderOwnedWorkbook } from "../workbook/owned-workbook";
import { readPlan } from "../workbook/read-plan";
import type { WorkbookModel } from "../workbook/sheet-model";
import type { WorkbookPort } from "../workbook/workbook-port";
import { fingerprintOf } from "./fingerprint";
import type { CalculationOutcome, CalculationStep, PlannerGateway, SaveOutcome, SetUpOutcome, SettingsOutcome } from "./gateway";
import { costedRunRow, errorsRunRow, renderRunLogSheet, runTime } from "./run-log";
import { notCostedSheets } from "./not-costed";
import { readSettingCells, settingWrites } from "./settings";
import { calculationView, errorIssues } from "./views";

export interface PlannerOptions {
  readonly host: PlannerGateway["host"];
  /** The clock, for the run log only. */
  readonly now?: () => Date;
}

/**
 * The planner behind the task pane: the same steps as `resourcing calculate --out`, against a
 * workbook port instead of files. Reads every input table, costs the plan with the engine,
 * writes the owned sheets (or only Issues when the inputs have errors) and a run log row.
 * Nothing here touches Excel: the port does.
 */
export function createPlanner(port: WorkbookPort, options: PlannerOptions): PlannerGateway {
  const now = options.now ?? (() => new Date());

  async function setUp(kind: "template" | "example"): Promise<SetUpOutcome> {
    const model = kind === "template" ? templateWorkbook() : planWorkbook(haveringExample());
    const added = await port.addInputSheets(model);
    if (!added.ok) return { kind: "failed", message: added.problem };
    return { kind: "done", added: added.added, skipped: added.skipped };
  }

  async function calculate(onProgress: (step: CalculationStep) => void = () => undefined): Promise<CalculationOutcome> {
    onProgress("reading");
    const snapshot = await port.readTables();
    const planned = readPlan(snapshot);
    const record = { when: runTime(now()), fingerprint: fingerprintOf(snapshot) };
    const earlier = await port.readRunLog();
    const inputs = planned.inputs ?? NO_INPUT_CELLS;
    if (!planned.plan) {
      onProgress("writing");
      // The last run's figures would be stale: their sheets are replaced by a pointer to Issues.
      const errors = renderErrorsWorkbook(planned.errors, inputs);
      const notCosted = notCostedSheets(planned.errors.length);
      const written = await write({ sheets: [...notCosted.slice(0, 1), ...errors.sheets, ...notCosted.slice(1)] }, renderRunLogSheet(earlier, errorsRunRow(record, planned.errors.length)));
      if (written) return { kind: "failed", message: written };
      onProgress("done");
      return { kind: "errors", issues: errorIssues(planned.errors) };
    }
    onProgress("costing");
    const costed = costPlanOrRefuse(planned.plan);
    if ("problem" in costed) return { kind: "failed", message: `The plan was not costed: ${costed.problem}.` };
    const { result } = costed;
    const model = renderOwnedWorkbook(result, inputs);
    onProgress("writing");
    const written = await write(model, renderRunLogSheet(earlier, costedRunRow(record, result)));
    if (written) return { kind: "failed", message: written };
    onProgress("done");
    return { kind: "costed", view: calculationView(result, inputs, record.when) };
  }

  /** Writes the owned sheets with the run log last; a problem in words, or undefined. */
  async function write(model: WorkbookModel, runLog: WorkbookModel["sheets"][number]): Promise<string | undefined> {
    const outcome = await port.writeOwnedSheets({ sheets: [...model.sheets, runLog] });
    return outcome.ok ? undefined : outcome.problem;
  }

  async function readSettings(): Promise<SettingsOutcome> {
    const read = readSettingCells(await port.readTables());
    return read.ok ? { kind: "settings", values: read.values } : { kind: "failed", message: read.problem };
  }

  async function saveSettings(changes: Parameters<PlannerGateway["saveSettings"]>[0]): Promise<SaveOutcome> {
    const read = readSettingCells(await port.readTables());
    if (!read.ok) return { kind: "failed", message: read.problem };
    const writes = settingWrites(changes, read.addresses);
    if (!writes.ok) return { kind: "failed", message: writes.problem };
    if (writes.cells.length === 0) return { kind: "saved", written: 0 };
    const written = await port.writeInputCells(writes.cells);
    return written.ok ? { kind: "saved", written: written.written } : { kind: "failed", message: written.problem };
  }

  return {
    host: options.host,
    setUp,
    calculate,
    select: async (address) => {
      const selected = await port.select(address);
      return selected.ok ? { ok: true } : { ok: false, problem: selected.problem };
    },
    readSettings,
    saveSettings,
  };
}
