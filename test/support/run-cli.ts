import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "resourcing.js");

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `resourcing` binary as a user would, recording stdout, stderr and exit code. */
export function runCli(args: readonly string[]): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes text to a new temporary file and gives its path. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "resourcing-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
