import { Day, formatIsoDate } from "../engine/calendar";
import type { FundingClaim } from "../engine/plan";
import { Raw, RawObject, isBlank, joinPath, readBoolean, readDate, readText } from "./fields";
import type { ParseContext } from "./parse-context";
import { parseFundingClaims } from "./parse-funding";

/** The fields every kind of line has. */
export interface LineFields {
  readonly id: string;
  readonly title: string;
  readonly workstream: string;
  readonly start: Day;
  readonly end: Day;
  readonly recurrent: boolean;
  readonly funding: readonly FundingClaim[];
  readonly note: string;
}

/**
 * Reads the fields every line has: a unique ID (across all kinds of line), title, workstream,
 * start and end (the horizon's bounds when left out; end not before start), recurrent, funding.
 * Undefined if any of them is wrong; every problem is recorded.
 */
export function parseLineFields(raw: RawObject, path: string, context: ParseContext): LineFields | undefined {
  const { errors } = context;
  const id = readText(raw.id, joinPath(path, "id"), "ID", errors, { required: true, maxLength: 40 });
  if (id !== undefined) {
    const firstUse = context.lineIds.get(id);
    if (firstUse !== undefined) errors.add("DUPLICATE_ID", joinPath(path, "id"), `ID "${id}" is already used by ${firstUse}; every line needs its own ID`);
    else context.lineIds.set(id, path);
  }
  const title = readText(raw.title, joinPath(path, "title"), "Title", errors) ?? "";
  const workstream = readText(raw.workstream, joinPath(path, "workstream"), "Workstream", errors) ?? "";
  const start = optionalDate(raw.start, joinPath(path, "start"), "Start", context.horizonStart, context);
  const end = optionalDate(raw.end, joinPath(path, "end"), "End", context.horizonEnd, context);
  if (start !== undefined && end !== undefined && end < start) {
    errors.add("DATE_ORDER", joinPath(path, "end"), `End (${formatIsoDate(end)}) is before start (${formatIsoDate(start)}); the end date must be on or after the start date`);
  }
  const note = readText(raw.note, joinPath(path, "note"), "Note", errors, { maxLength: 1000 }) ?? "";
  const recurrent = isBlank(raw.recurrent) ? false : readBoolean(raw.recurrent, joinPath(path, "recurrent"), "Recurrent", errors);
  const funding = parseFundingClaims(raw.funding, joinPath(path, "funding"), context.sources, errors, context.unreadSources);
  if (id === undefined || start === undefined || end === undefined || end < start || recurrent === undefined || funding === undefined) return undefined;
  if (context.lineIds.get(id) !== path) return undefined;
  return { id, title, workstream, start, end, recurrent, funding, note };
}

function optionalDate(value: Raw, path: string, name: string, fallback: Day, context: ParseContext): Day | undefined {
  return isBlank(value) ? fallback : readDate(value, path, name, context.errors);
}
