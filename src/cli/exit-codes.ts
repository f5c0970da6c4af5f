/**
 * The CLI's exit codes, decided in one place.
 * 0: it ran (flags are findings, not failures); 1: the input has errors; 2: bad usage;
 * 3: an unexpected failure (a bug).
 */
export const EXIT = { ran: 0, inputErrors: 1, usage: 2, unexpected: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
