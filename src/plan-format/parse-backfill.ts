import type { GpBackfill } from "../engine/plan";
import { ZERO } from "../engine/decimal";
import { Raw, isBlank, joinPath, readInteger, readList, readMoney, readNumber, readObject, readPercent, requiredField } from "./fields";
import type { ParseContext } from "./parse-context";
import { parseLineFields } from "./parse-line";

/** Reads `gpBackfill`: count × sessions per week × weeks per year × rate per session (+ on-cost). */
export function parseGpBackfill(value: Raw, context: ParseContext): GpBackfill[] {
  const lines: GpBackfill[] = [];
  const list = readList(value, "gpBackfill", "GP backfill", context.errors) ?? [];
  list.forEach((item, index) => {
    const line = parseBackfillLine(item, joinPath("gpBackfill", index), context);
    if (line) lines.push(line);
  });
  return lines;
}

function parseBackfillLine(item: Raw, path: string, context: ParseContext): GpBackfill | undefined {
  const { errors } = context;
  const raw = readObject(item, path, "A GP backfill line", errors);
  if (!raw) return undefined;
  const fields = parseLineFields(raw, path, context);
  const count = isBlank(raw.count) ? 1 : readInteger(raw.count, joinPath(path, "count"), "Count (GPs backfilled)", errors, { min: 1, max: 1000 });
  // A GP session is about 4 h 10 min; 9 a week is full time (salaried GP model contract).
  const sessionsPerWeek = requiredField(raw.sessionsPerWeek, joinPath(path, "sessionsPerWeek"), "Sessions per week is required, e.g. 1", errors, (v) =>
    readNumber(v, joinPath(path, "sessionsPerWeek"), "Sessions per week", errors, { min: 0, minInclusive: false, max: 10 }),
  );
  const weeksPerYear = requiredField(raw.weeksPerYear, joinPath(path, "weeksPerYear"), "Weeks per year is required, e.g. 42 (leave and bank holidays taken out)", errors, (v) =>
    readNumber(v, joinPath(path, "weeksPerYear"), "Weeks per year", errors, { min: 0, minInclusive: false, max: 53 }),
  );
  const ratePerSession = requiredField(raw.ratePerSession, joinPath(path, "ratePerSession"), "Rate per session is required, in pounds", errors, (v) =>
    readMoney(v, joinPath(path, "ratePerSession"), "Rate per session", errors, { min: 0, max: 10000 }),
  );
  const onCost = isBlank(raw.onCost) ? ZERO : readPercent(raw.onCost, joinPath(path, "onCost"), "On-cost", errors, { max: "1" });
  if (!fields || count === undefined || !sessionsPerWeek || !weeksPerYear || !ratePerSession || !onCost) return undefined;
  return { kind: "gp-backfill", ...fields, count, sessionsPerWeek, weeksPerYear, ratePerSession, onCost };
}
