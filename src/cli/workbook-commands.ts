import { readWorkbookBuffer } from "../adapters/exceljs/read-workbook";
import { writeWorkbook } from "../adapters/exceljs/write-workbook";
import { costPlanOrRefuse } from "../engine/cost-plan";
import type { PlanResult } from "../engine/result";
import { haveringExample } from "../example/havering";
import type { InputError } from "../plan-format/input-error";
import { planWorkbook, templateWorkbook } from "../workbook/input-sheets";
import { NO_INPUT_CELLS } from "../workbook/input-cells";
import { renderErrorsWorkbook, renderOwnedWorkbook } from "../workbook/owned-workbook";
import { readPlan } from "../workbook/read-plan";
import type { WorkbookModel } from "../workbook/sheet-model";
import type { CliIo } from "./cli-io";
import { EXIT, ExitCode } from "./exit-codes";

/** What a workbook run produced, for the caller to report (summary, JSON or errors). */
export type WorkbookRun =
  | { readonly kind: "costed"; readonly result: PlanResult; readonly wrote?: string }
  | { readonly kind: "errors"; readonly errors: readonly InputError[]; readonly wrote?: string }
  | { readonly kind: "failed"; readonly code: ExitCode; readonly message: string };

/** `resourcing template <out.xlsx>`: an empty planning workbook. */
export async function writeTemplate(out: string, force: boolean, io: CliIo): Promise<WorkbookRun | undefined> {
  return writeNew(templateWorkbook(), out, force, io);
}

/** `resourcing example <out.xlsx>`: the Havering example as a planning workbook. */
export async function writeExample(out: string, force: boolean, io: CliIo): Promise<WorkbookRun | undefined> {
  return writeNew(planWorkbook(haveringExample()), out, force, io);
}

async function writeNew(model: WorkbookModel, out: string, force: boolean, io: CliIo): Promise<WorkbookRun | undefined> {
  if (!force && io.exists(out)) return { kind: "failed", code: EXIT.inputErrors, message: `${out} already exists: choose another name, or add --force to replace it` };
  const written = await writeWorkbook(model);
  if ("problem" in written) return { kind: "failed", code: EXIT.unexpected, message: written.problem };
  io.writeBytes(out, written.data);
  return undefined;
}

/**
 * `resourcing calculate <in.xlsx> [--out <out.xlsx>]`: reads the input tables, costs the plan
 * and, with --out, writes a new file: the user's sheets as they were plus the owned sheets
 * (only the Issues sheet when the inputs have errors). The input file is never written.
 */
export async function calculateWorkbook(file: string, out: string | undefined, force: boolean, io: CliIo): Promise<WorkbookRun> {
  let data: Uint8Array;
  try {
    data = io.readBytes(file);
  } catch (error) {
    return { kind: "failed", code: EXIT.inputErrors, message: `cannot read ${file}: ${io.describeFileError(error)}` };
  }
  if (out !== undefined) {
    if (io.sameFile(file, out)) return { kind: "failed", code: EXIT.usage, message: `--out must be a new file: ${out} is the input workbook, which is never changed` };
    if (!force && io.exists(out)) return { kind: "failed", code: EXIT.inputErrors, message: `${out} already exists: choose another name, or add --force to replace it` };
  }
  const read = await readWorkbookBuffer(Buffer.from(data));
  if ("problem" in read) return { kind: "failed", code: EXIT.inputErrors, message: `${file}: ${read.problem}` };
  const planned = readPlan(read.snapshot);
  const inputs = planned.inputs ?? NO_INPUT_CELLS;
  const costed = planned.plan ? costPlanOrRefuse(planned.plan) : undefined;
  if (costed && "problem" in costed) return { kind: "failed", code: EXIT.inputErrors, message: `${file}: ${costed.problem}` };
  const run: WorkbookRun = costed ? { kind: "costed", result: costed.result } : { kind: "errors", errors: planned.errors };
  if (out === undefined) return run;
  const model = run.kind === "costed" ? renderOwnedWorkbook(run.result, inputs) : renderErrorsWorkbook(planned.errors, inputs);
  const written = await writeWorkbook(model, Buffer.from(data));
  if ("problem" in written) return { kind: "failed", code: EXIT.inputErrors, message: `${file}: ${written.problem}` };
  io.writeBytes(out, written.data);
  return { ...run, wrote: out };
}
