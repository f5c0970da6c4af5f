import { FLAG_CATALOGUE, FlagCode } from "../engine/flags";

/**
 * How the output sheets rank a finding. The engine calls every funding finding a warning; for
 * someone reading the Issues sheet some of them stop the plan adding up (money missing, a source
 * overspent, the ask wrong) and must be fixed, while the rest are worth a look. Input errors rank
 * above both: with one, the plan is not costed at all.
 */
export type IssueLevel = "error" | "problem" | "warning";

/** Every flag code's level; a Record so a new code in the catalogue fails to compile until ranked here. */
export const FLAG_LEVEL: Readonly<Record<FlagCode, Exclude<IssueLevel, "error">>> = {
  UNFUNDED: "problem",
  SOURCE_OVER_ALLOCATED: "problem",
  INELIGIBLE_SOURCE: "problem",
  YEAR_NOT_FUNDED: "problem",
  ASK_OUTSIDE_TOLERANCE: "problem",
  PARTLY_FUNDED: "warning",
  RECURRENT_ON_NON_RECURRENT: "warning",
  // The engine calls this one information; a line that costs nothing is usually mistyped dates.
  OUTSIDE_HORIZON: "warning",
};

/** The word shown for a level in the Severity column (and matched by its conditional formats). */
export const LEVEL_LABEL: Readonly<Record<IssueLevel, string>> = { error: "Error", problem: "Problem", warning: "Warning" };

/** A flag code's level. */
export function flagLevel(code: FlagCode): Exclude<IssueLevel, "error"> {
  return FLAG_LEVEL[code];
}

/** Every flag code in catalogue order, for tables by code. */
export const FLAG_CODES = Object.keys(FLAG_CATALOGUE) as FlagCode[];

/** Sort key: errors, then problems, then warnings. */
export const LEVEL_ORDER: Readonly<Record<IssueLevel, number>> = { error: 0, problem: 1, warning: 2 };
