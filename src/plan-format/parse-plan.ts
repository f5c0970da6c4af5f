import { yearEnd, yearStart } from "../engine/calendar";
import { FinancialYear, formatFinancialYear, horizonYears } from "../engine/financial-year";
import type { Plan } from "../engine/plan";
import { RateBook } from "../engine/rates";
import { BUILT_IN_REFERENCE, FIRST_REFERENCE_YEAR, ReferenceData } from "../reference";
import { Raw, isBlank, isObject, joinPath, readFinancialYear, readInteger, readList, readText, requiredField, shown } from "./fields";
import { InputError, InputErrors } from "./input-error";
import { parseGpBackfill } from "./parse-backfill";
import { parseEmployers } from "./parse-employers";
import { parseFundingSources } from "./parse-funding";
import { parseNonPay } from "./parse-non-pay";
import { parseEmployerNIOverrides, parseHcasOverrides, parseNhsPensionOverrides, parsePayScaleOverrides } from "./parse-overrides";
import { parsePosts } from "./parse-posts";
import { parseAsk, parseSettings } from "./parse-settings";

export const PLAN_FORMAT = "resourcing-plan/1";
/** The last financial year a plan may start in; later ones are almost certainly typing slips. */
export const LAST_START_YEAR = 2040;
export const MAX_YEARS = 5;

export type ParsedPlan = { readonly plan: Plan; readonly errors: readonly [] } | { readonly plan?: undefined; readonly errors: readonly InputError[] };

/**
 * Reads a plan in the plan format (parsed JSON, or the object the workbook reader builds) into
 * the engine's typed plan. Never throws for bad input: every problem comes back as an error
 * naming its path, all of them from one pass.
 */
export function parsePlan(input: Raw, reference: ReferenceData = BUILT_IN_REFERENCE): ParsedPlan {
  const errors = new InputErrors();
  if (!isObject(input)) {
    errors.add("NOT_A_PLAN", "", `A plan must be a JSON object with "startYear", "posts", "funding" and so on; found ${shown(input)}`);
    return { errors: errors.all };
  }
  if (!isBlank(input.format) && input.format !== PLAN_FORMAT) {
    errors.add("UNSUPPORTED_FORMAT", "format", `Format must be "${PLAN_FORMAT}"; found ${shown(input.format)}`);
    return { errors: errors.all };
  }

  const name = readText(input.name, "name", "Plan name", errors) ?? "";
  const organisation = readText(input.organisation, "organisation", "Organisation", errors) ?? "";
  const notes = (readList(input.notes, "notes", "Notes", errors) ?? []).flatMap((note, i) => readText(note, joinPath("notes", i), "Note", errors, { maxLength: 1000 }) ?? []);
  const startYear = requiredField(input.startYear, "startYear", 'Start year is required: the first financial year of the plan, e.g. "2021/22"', errors, (v) =>
    readFinancialYear(v, "startYear", "Start year", errors),
  );
  if (startYear !== undefined && (startYear < FIRST_REFERENCE_YEAR || startYear > LAST_START_YEAR)) {
    errors.add(
      "OUT_OF_RANGE",
      "startYear",
      `Start year must be from ${formatFinancialYear(FIRST_REFERENCE_YEAR)} (the first year of the built-in NHS figures) to ${formatFinancialYear(LAST_START_YEAR)}; found ${shown(input.startYear)}`,
    );
  }
  const yearCount = isBlank(input.years) ? 1 : readInteger(input.years, "years", "Years (the horizon)", errors, { min: 1, max: MAX_YEARS });
  const settings = parseSettings(input.settings, errors);
  const unreadEmployers = new Set<string>();
  const unreadSources = new Set<string>();
  const employers = parseEmployers(input.employers, errors, unreadEmployers);
  const sources = parseFundingSources(input.funding, errors, unreadSources);
  const payScales = parsePayScaleOverrides(input.payScales, errors);
  const hcas = parseHcasOverrides(input.hcas, errors);
  const employerNI = parseEmployerNIOverrides(input.employerNI, errors);
  const nhsPension = parseNhsPensionOverrides(input.nhsPension, errors);

  const horizonKnown = startYear !== undefined && yearCount !== undefined && startYear >= FIRST_REFERENCE_YEAR && startYear <= LAST_START_YEAR;
  if (!horizonKnown) return { errors: errors.all };
  const years: FinancialYear[] = horizonYears(startYear, yearCount);
  const ask = parseAsk(input.ask, years, errors);
  const context = {
    errors,
    settings,
    years,
    horizonStart: yearStart(startYear),
    horizonEnd: yearEnd(startYear + yearCount - 1),
    employers,
    sources,
    unreadEmployers,
    unreadSources,
    rates: new RateBook(reference, { payScales, hcas, employerNI, nhsPension, settings }),
    lineIds: new Map<string, string>(),
  };
  const posts = parsePosts(input.posts, context);
  const gpBackfill = parseGpBackfill(input.gpBackfill, context);
  const nonPay = parseNonPay(input.nonPay, context);

  if (errors.count > 0) return { errors: errors.all };
  const plan: Plan = {
    name,
    organisation,
    notes,
    startYear,
    years: yearCount,
    ...(ask ? { ask } : {}),
    settings,
    employers: [...employers.values()],
    posts,
    gpBackfill,
    nonPay,
    funding: [...sources.values()],
    payScales,
    hcas,
    employerNI,
    nhsPension,
  };
  return { plan, errors: [] };
}
