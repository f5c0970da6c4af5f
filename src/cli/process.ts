import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CliIo } from "./cli-io";
import { EXIT } from "./exit-codes";
import { run } from "./main";

/** Real files and streams for the CLI. */
const processIo: CliIo = {
  readFile: (path) => readFileSync(path, "utf8"),
  readBytes: (path) => readFileSync(path),
  writeBytes: (path, data) => writeFileSync(path, data),
  exists: (path) => existsSync(path),
  sameFile: (a, b) => {
    if (!existsSync(a) || !existsSync(b)) return resolve(a) === resolve(b);
    const [sa, sb] = [statSync(a), statSync(b)];
    return (sa.ino === sb.ino && sa.dev === sb.dev) || realpathSync(a) === realpathSync(b);
  },
  describeFileError,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Entry point for the `resourcing` binary: real files and streams, and the exit code. */
export function main(args: readonly string[], version: string): void {
  run(args, processIo, version).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // A bug, not bad input: say so plainly; the stack only on request.
      process.stderr.write(`resourcing: unexpected failure: ${(error as Error).message}\nThis is a bug; please report it with the plan that caused it.\n`);
      if (process.env.RESOURCING_DEBUG) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
      process.exitCode = EXIT.unexpected;
    },
  );
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}
