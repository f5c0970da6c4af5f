import { readFileSync } from "node:fs";
import { EXIT } from "./exit-codes";
import { run } from "./main";

/** Entry point for the `resourcing` binary: real files and streams, and the exit code. */
export function main(args: readonly string[], version: string): void {
  let code: number;
  try {
    code = run(args, { readFile: (path) => readFileSync(path, "utf8"), out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }, version);
  } catch (error) {
    // A bug, not bad input: say so plainly; the stack only on request.
    process.stderr.write(`resourcing: unexpected failure: ${(error as Error).message}\nThis is a bug; please report it with the plan that caused it.\n`);
    if (process.env.RESOURCING_DEBUG) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
    code = EXIT.unexpected;
  }
  process.exitCode = code;
}
