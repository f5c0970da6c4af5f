import { costPlan } from "../engine/cost-plan";
import { haveringExample } from "../example/havering";
import { describeInputError, InputError } from "../plan-format/input-error";
import { parsePlan } from "../plan-format/parse-plan";
import { writeInputErrors, writeResult } from "../plan-format/write-result";
import { EXIT, ExitCode } from "./exit-codes";
import { formatSummary } from "./format-summary";

/** What the CLI needs from the outside world, so it can be run and tested without a process. */
export interface CliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = `Usage:
  resourcing demo                          cost the built-in Havering example and print a summary
  resourcing calculate <plan.json> [--json] cost a plan; --json prints the result format
  resourcing --help | --version

Exit codes: 0 ran (flags are findings, not failures), 1 the input has errors, 2 bad usage, 3 unexpected failure.
`;

/** Runs the CLI: the composition root for a terminal. */
export function run(args: readonly string[], io: CliIo, version = "0.0.0"): ExitCode {
  const [command, ...rest] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    (command === undefined ? io.err : io.out)(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ran;
  }
  if (command === "--version") {
    io.out(`${version}\n`);
    return EXIT.ran;
  }
  switch (command) {
    case "demo":
      return demo(rest, io);
    case "calculate":
      return calculate(rest, io);
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function demo(args: readonly string[], io: CliIo): ExitCode {
  const json = args.includes("--json");
  const unknown = args.filter((a) => a !== "--json");
  if (unknown.length > 0) return usage(io, `demo takes no arguments but --json; found ${unknown.join(" ")}`);
  return costAndReport(haveringExample(), json, io);
}

function calculate(args: readonly string[], io: CliIo): ExitCode {
  const options = args.filter((a) => a.startsWith("--"));
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = options.filter((o) => o !== "--json");
  if (unknown.length > 0) return usage(io, `unknown option ${unknown.join(" ")}`);
  if (files.length !== 1) return usage(io, files.length === 0 ? "calculate needs a plan file" : `calculate takes one plan file; found ${files.length}`);
  const file = files[0] as string;
  const json = options.includes("--json");

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return reportErrors([{ code: "NOT_A_PLAN", path: "", message: `cannot read ${file}: ${describeFileError(error)}` }], json, io);
  }
  let input: unknown;
  try {
    input = JSON.parse(stripBom(text));
  } catch (error) {
    return reportErrors([{ code: "INVALID_JSON", path: "", message: `${file} is not valid JSON: ${(error as Error).message}` }], json, io);
  }
  return costAndReport(input, json, io);
}

function costAndReport(input: unknown, json: boolean, io: CliIo): ExitCode {
  const parsed = parsePlan(input);
  if (!parsed.plan) return reportErrors(parsed.errors, json, io);
  const result = costPlan(parsed.plan);
  io.out(json ? `${JSON.stringify(writeResult(result), null, 2)}\n` : formatSummary(result));
  return EXIT.ran;
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

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
