import { costPlanOrRefuse } from "../engine/cost-plan";
import { haveringExample } from "../example/havering";
import { describeInputError, InputError } from "../plan-format/input-error";
import { parsePlan } from "../plan-format/parse-plan";
import { writeInputErrors, writeResult } from "../plan-format/write-result";
import type { PlanResult } from "../engine/result";
import type { CliIo } from "./cli-io";
import { EXIT, ExitCode } from "./exit-codes";
import { formatSummary } from "./format-summary";
import { calculateWorkbook, WorkbookRun, writeExample, writeTemplate } from "./workbook-commands";

export type { CliIo } from "./cli-io";

export const USAGE = `Usage:
  resourcing demo                                   cost the built-in Havering example and print a summary
  resourcing calculate <plan.json|plan.xlsx> [--json] [--out <result.xlsx>] [--force]
                                                    cost a plan; --json prints the result format;
                                                    --out writes a new workbook: your sheets as they were
                                                    plus the costing sheets (the input is never changed)
  resourcing template <plan.xlsx> [--force]         write an empty planning workbook
  resourcing example <plan.xlsx> [--force]          write the Havering example as a planning workbook
  resourcing --help | --version

--force replaces an existing output file. Exit codes: 0 ran (flags are findings, not failures),
1 the input has errors, 2 bad usage, 3 unexpected failure.
`;

/** Runs the CLI: the composition root for a terminal. */
export async function run(args: readonly string[], io: CliIo, version = "0.0.0"): Promise<ExitCode> {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ran;
  }
  if (command === "--version") {
    io.out(`${version}\n`);
    return EXIT.ran;
  }
  const options = readOptions(rest);
  if ("problem" in options) return usage(io, options.problem);
  switch (command) {
    case "demo":
      if (options.files.length > 0 || options.out !== undefined || options.force) return usage(io, "demo takes no arguments but --json");
      return costAndReport(haveringExample(), options.json, io);
    case "calculate":
      return calculate(options, io);
    case "template":
    case "example": {
      if (options.files.length !== 1 || options.json || options.out !== undefined) return usage(io, `${command} needs one output file, e.g. resourcing ${command} plan.xlsx`);
      const out = options.files[0] as string;
      if (!isWorkbookName(out)) return usage(io, `${command} writes an Excel workbook: give a file name ending .xlsx; found ${out}`);
      const failed = await (command === "template" ? writeTemplate : writeExample)(out, options.force, io);
      if (failed) return report(failed, false, io);
      io.out(`Wrote ${out}${command === "example" ? " (the Havering example)" : ""}.\n`);
      return EXIT.ran;
    }
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

interface Options {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly force: boolean;
  readonly out?: string;
}

function readOptions(args: readonly string[]): Options | { problem: string } {
  const files: string[] = [];
  let json = false;
  let force = false;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--out") {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("--")) return { problem: "--out needs a file name, e.g. --out result.xlsx" };
      if (out !== undefined) return { problem: "--out given twice" };
      out = next;
      i++;
    } else if (arg.startsWith("--")) return { problem: `unknown option ${arg}` };
    else files.push(arg);
  }
  return { files, json, force, ...(out !== undefined ? { out } : {}) };
}

async function calculate(options: Options, io: CliIo): Promise<ExitCode> {
  const { files, json, out, force } = options;
  if (files.length !== 1) return usage(io, files.length === 0 ? "calculate needs a plan file" : `calculate takes one plan file; found ${files.length}`);
  const file = files[0] as string;
  if (out !== undefined && !isWorkbookName(out)) return usage(io, `--out writes an Excel workbook: give a file name ending .xlsx; found ${out}`);
  if (isWorkbookName(file) || looksLikeWorkbook(file, io)) return report(await calculateWorkbook(file, out, force, io), json, io);
  if (out !== undefined) return usage(io, "--out needs a workbook as input: cost a JSON plan with calculate plan.json [--json]");

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return reportErrors([{ code: "NOT_A_PLAN", path: "", message: `cannot read ${file}: ${io.describeFileError(error)}` }], json, io);
  }
  let input: unknown;
  try {
    input = JSON.parse(stripBom(text));
  } catch (error) {
    return reportErrors([{ code: "INVALID_JSON", path: "", message: `${file} is not valid JSON: ${(error as Error).message}` }], json, io);
  }
  return costAndReport(input, json, io);
}

function report(run: WorkbookRun, json: boolean, io: CliIo): ExitCode {
  switch (run.kind) {
    case "failed":
      if (json && run.code === EXIT.inputErrors) io.out(`${JSON.stringify(writeInputErrors([{ code: "NOT_A_PLAN", path: "", message: run.message }]), null, 2)}\n`);
      io.err(`resourcing: ${run.message}\n`);
      return run.code;
    case "errors":
      if (run.wrote) io.err(`Wrote ${run.wrote}: its Issues sheet lists the errors, each linked to its cell.\n`);
      return reportErrors(run.errors, json, io);
    case "costed":
      showResult(run.result, json, io);
      if (run.wrote) (json ? io.err : io.out)(`Wrote ${run.wrote}: Summary, Issues, Costing, Phasing, Funding summary and Rates sheets.\n`);
      return EXIT.ran;
  }
}

function costAndReport(input: unknown, json: boolean, io: CliIo): ExitCode {
  const parsed = parsePlan(input);
  if (!parsed.plan) return reportErrors(parsed.errors, json, io);
  const costed = costPlanOrRefuse(parsed.plan);
  if ("problem" in costed) return reportErrors([{ code: "OUT_OF_RANGE", path: "", message: costed.problem }], json, io);
  showResult(costed.result, json, io);
  return EXIT.ran;
}

function showResult(result: PlanResult, json: boolean, io: CliIo): void {
  io.out(json ? `${JSON.stringify(writeResult(result), null, 2)}\n` : formatSummary(result));
}

function reportErrors(errors: readonly InputError[], json: boolean, io: CliIo): ExitCode {
  if (json) io.out(`${JSON.stringify(writeInputErrors(errors), null, 2)}\n`);
  io.err(`The plan has ${errors.length} error${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  ${describeInputError(e)}`).join("\n")}\n`);
  return EXIT.inputErrors;
}

function usage(io: CliIo, problem: string): ExitCode {
  io.err(`resourcing: ${problem}\n\n${USAGE}`);
  return EXIT.usage;
}

function isWorkbookName(file: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(file);
}

/** A workbook saved under another name (a zip, or an encrypted or old-style compound file). */
function looksLikeWorkbook(file: string, io: CliIo): boolean {
  try {
    const head = io.readBytes(file).subarray(0, 4);
    return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0);
  } catch {
    return false;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
