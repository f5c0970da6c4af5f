/** What the CLI needs from the outside world, so it can be run and tested without a process. */
export interface CliIo {
  readFile(path: string): string;
  readBytes(path: string): Uint8Array;
  writeBytes(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
  /** Whether two paths name the same file (so --out can never be the input). */
  sameFile(a: string, b: string): boolean;
  /** A file-system error in words: "no such file". */
  describeFileError(error: unknown): string;
  out(text: string): void;
  err(text: string): void;
}
