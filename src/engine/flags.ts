import type { Pennies } from "./pennies";

/**
 * The catalogue of findings the engine reports about a plan that costed cleanly. Findings are
 * not failures: the CLI exits 0 with them. Input errors are a separate catalogue
 * (plan-format/error-codes).
 */
export const FLAG_CATALOGUE = {
  UNFUNDED: { severity: "warning", summary: "No funding covers any of the line's cash cost in a year" },
  PARTLY_FUNDED: { severity: "warning", summary: "Funding covers only part of the line's cash cost in a year" },
  SOURCE_OVER_ALLOCATED: { severity: "warning", summary: "Lines claim more from a source than it has in a year" },
  INELIGIBLE_SOURCE: { severity: "warning", summary: "A line claims a source not eligible for its kind" },
  RECURRENT_ON_NON_RECURRENT: { severity: "warning", summary: "A recurrent line is funded only by non-recurrent money" },
  YEAR_NOT_FUNDED: { severity: "warning", summary: "A line's cost falls in a year its source does not fund" },
  ASK_OUTSIDE_TOLERANCE: { severity: "warning", summary: "The calculated ask differs from the stated ask by more than the tolerance" },
  OUTSIDE_HORIZON: { severity: "info", summary: "A line's dates fall outside the plan's horizon, so it costs nothing" },
} as const;

export type FlagCode = keyof typeof FLAG_CATALOGUE;
export type Severity = "warning" | "info";

export interface Flag {
  readonly code: FlagCode;
  readonly severity: Severity;
  readonly message: string;
  readonly lineId?: string;
  readonly sourceId?: string;
  readonly year?: string;
  /** The money the finding is about (unfunded amount, over-allocation, variance), to the penny. */
  readonly amount?: Pennies;
}

/** A flag of a catalogued code. */
export function flag(code: FlagCode, message: string, about: Omit<Flag, "code" | "severity" | "message"> = {}): Flag {
  return { code, severity: FLAG_CATALOGUE[code].severity, message, ...about };
}

/**
 * A flag whose message is worked out when first read: a large plan has thousands of findings,
 * and most are counted or filtered far more often than read.
 */
export function lazyFlag(code: FlagCode, describe: () => string, about: Omit<Flag, "code" | "severity" | "message"> = {}): Flag {
  return new LazyFlag(code, describe, about);
}

// A class rather than an object literal with a getter: one shape for every flag, so ten
// thousand of them stay small (a literal with an accessor and spread fields becomes a dictionary).
class LazyFlag implements Flag {
  readonly severity: Severity;
  readonly lineId?: string;
  readonly sourceId?: string;
  readonly year?: string;
  readonly amount?: Pennies;
  private described: string | undefined;

  constructor(
    readonly code: FlagCode,
    private readonly describe: () => string,
    about: Omit<Flag, "code" | "severity" | "message">,
  ) {
    this.severity = FLAG_CATALOGUE[code].severity;
    if (about.lineId !== undefined) this.lineId = about.lineId;
    if (about.sourceId !== undefined) this.sourceId = about.sourceId;
    if (about.year !== undefined) this.year = about.year;
    if (about.amount !== undefined) this.amount = about.amount;
  }

  get message(): string {
    return (this.described ??= this.describe());
  }
}
