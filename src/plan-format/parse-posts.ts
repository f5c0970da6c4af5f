import { activeMonths } from "../engine/calendar";
import { formatFinancialYear } from "../engine/financial-year";
import { FILLS, PAY_POINTS, Pay, PensionOverride, Post, Secondment } from "../engine/plan";
import { HCAS_ZONES } from "../reference";
import { Raw, isBlank, isObject, readBand, requiredField, joinPath, readChoice, readFinancialYear, readInteger, readList, readMoney, readNumber, readObject, readPercent, readText, shown } from "./fields";
import type { ParseContext } from "./parse-context";
import { parseLineFields } from "./parse-line";

/** Limits that catch typing slips without refusing real plans. */
export const POST_LIMITS = { maxFte: "1.5", maxCount: 1000, maxSalary: "1000000" } as const;

/** Reads `posts`. */
export function parsePosts(value: Raw, context: ParseContext): Post[] {
  const posts: Post[] = [];
  const list = readList(value, "posts", "Posts", context.errors) ?? [];
  list.forEach((item, index) => {
    const post = parsePost(item, joinPath("posts", index), context);
    if (post) posts.push(post);
  });
  return posts;
}

function parsePost(item: Raw, path: string, context: ParseContext): Post | undefined {
  const { errors } = context;
  const raw = readObject(item, path, "A post", errors);
  if (!raw) return undefined;
  const line = parseLineFields(raw, path, context);
  const pay = parsePay(raw.pay, joinPath(path, "pay"), context);
  const count = isBlank(raw.count) ? 1 : readInteger(raw.count, joinPath(path, "count"), "Count (people on the line)", errors, { min: 1, max: POST_LIMITS.maxCount });
  const fte = requiredField(raw.fte, joinPath(path, "fte"), "FTE is required: each person's full-time equivalent, e.g. 1 or 0.6", errors, (v) =>
    readNumber(v, joinPath(path, "fte"), "FTE", errors, { min: 0, minInclusive: false, max: POST_LIMITS.maxFte }),
  );
  const hcasZone = isBlank(raw.hcasZone) ? context.settings.hcasZone : readChoice(raw.hcasZone, joinPath(path, "hcasZone"), "HCAS zone", HCAS_ZONES, errors);
  const pension = parsePensionOverride(raw.pension, joinPath(path, "pension"), context);
  const secondment = isBlank(raw.secondment) ? undefined : parseSecondment(raw.secondment, joinPath(path, "secondment"), context);
  const fill = isBlank(raw.fill) ? (secondment ? "secondment" : "new") : readChoice(raw.fill, joinPath(path, "fill"), "Fill", FILLS, errors);
  if (fill === "secondment" && isBlank(raw.secondment)) {
    errors.add("MISSING_FIELD", joinPath(path, "secondment.from"), "A secondment needs the releasing employer (seconded from): the ID of the employer releasing the person");
  }
  if (fill !== undefined && fill !== "secondment" && !isBlank(raw.secondment)) {
    errors.add("INVALID_VALUE", joinPath(path, "fill"), `Fill is "${fill}" but the post has secondment details; set fill to "secondment" or remove them`);
  }
  const employer = parseEmployer(raw.employer, secondment?.from, joinPath(path, "employer"), context);
  if (!line || !pay || count === undefined || !fte || !hcasZone || pension === null || secondment === null || !fill || !employer) return undefined;
  if ((fill === "secondment") !== (secondment !== undefined)) return undefined;
  if (pay.kind === "scale" && !hasPayFigures(pay, line.start, line.end, path, context)) return undefined;
  return {
    kind: "post",
    ...line,
    employer,
    pay,
    count,
    fte,
    hcasZone,
    ...(pension ? { pension } : {}),
    fill,
    ...(secondment ? { secondment } : {}),
  };
}

/** { band, point } (point "top" when left out) or { salary, year }. */
function parsePay(value: Raw, path: string, context: ParseContext): Pay | undefined {
  const { errors } = context;
  if (isBlank(value)) {
    errors.add("MISSING_FIELD", path, 'Pay is required: an Agenda for Change band and point ({ "band": "7", "point": "top" }) or a spot salary ({ "salary": "52000" })');
    return undefined;
  }
  const raw = readObject(value, path, "Pay", errors);
  if (!raw) return undefined;
  const hasBand = !isBlank(raw.band);
  const hasSalary = !isBlank(raw.salary);
  if (hasBand === hasSalary) {
    errors.add("MISSING_FIELD", path, "Pay needs either an Agenda for Change band or a spot salary, not both or neither");
    return undefined;
  }
  if (hasSalary) {
    const salary = readMoney(raw.salary, joinPath(path, "salary"), "Salary", errors, { min: 1, max: POST_LIMITS.maxSalary });
    const year = isBlank(raw.year) ? context.years[0] : readFinancialYear(raw.year, joinPath(path, "year"), "Salary year", errors);
    return salary && year !== undefined ? { kind: "spot", salary, year } : undefined;
  }
  const band = readBand(raw.band, joinPath(path, "band"), context.errors);
  const point = isBlank(raw.point) ? "top" : readChoice(raw.point, joinPath(path, "point"), "Pay point", PAY_POINTS, errors);
  return band && point ? { kind: "scale", band, point } : undefined;
}

/** The band and point must have a figure in every horizon year the post is active. */
function hasPayFigures(pay: Extract<Pay, { kind: "scale" }>, start: number, end: number, path: string, context: ParseContext): boolean {
  for (const year of context.years) {
    if (activeMonths(year, start, end).length === 0) continue;
    if (context.rates.payPoint(pay.band, pay.point, year)) continue;
    const why =
      pay.point === "intermediate"
        ? `band ${pay.band} has no intermediate point in ${formatFinancialYear(year)}; use entry, mid or top`
        : `there is no band ${pay.band} ${pay.point} figure for ${formatFinancialYear(year)}; add one under payScales`;
    context.errors.add("NO_PAY_FIGURE", joinPath(path, "pay.point"), `Pay point: ${why}`);
    return false;
  }
  return true;
}

/** "none" or { rate }; null when wrong, undefined when not given. */
function parsePensionOverride(value: Raw, path: string, { errors }: ParseContext): PensionOverride | null | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string" && value.trim().toLowerCase() === "none") return { kind: "none" };
  if (typeof value === "string" && value.trim().toLowerCase() === "employer") return undefined;
  const raw = isObject(value) ? value : undefined;
  if (!raw || isBlank(raw.rate)) {
    errors.add("INVALID_VALUE", path, `Pension override must be "none", "employer" or { "rate": "20%" }; found ${shown(value)}`);
    return null;
  }
  const rate = readPercent(raw.rate, joinPath(path, "rate"), "Pension rate", errors, { max: "0.5" });
  return rate ? { kind: "rate", rate } : null;
}

/** { from, recharge } (recharge 100% when left out); null when wrong. */
function parseSecondment(value: Raw, path: string, context: ParseContext): Secondment | null {
  const { errors } = context;
  const raw = readObject(value, path, "Secondment", errors);
  if (!raw) return null;
  const fromText = readText(raw.from, joinPath(path, "from"), "Seconded from (the releasing employer)", errors, { required: true });
  const from = fromText === undefined ? undefined : knownEmployer(fromText, joinPath(path, "from"), context);
  const recharge = requiredField(
    raw.recharge,
    joinPath(path, "recharge"),
    'Recharge is required for a secondment: "100%" if the releasing employer invoices the full cost, "0%" if it is given in kind',
    errors,
    (v) => readPercent(v, joinPath(path, "recharge"), "Recharge", errors, { max: "1" }),
  );
  return from && recharge ? { from, recharge } : null;
}

/** The costing employer: the one named, or the releasing employer of a secondment. */
function parseEmployer(value: Raw, secondedFrom: string | undefined, path: string, context: ParseContext): string | undefined {
  if (secondedFrom !== undefined) {
    if (!isBlank(value)) {
      const named = readText(value, path, "Employer", context.errors);
      if (named !== undefined && named !== secondedFrom) knownEmployer(named, path, context);
    }
    return secondedFrom;
  }
  const id = readText(value, path, "Employer", context.errors, { required: true });
  return id === undefined ? undefined : knownEmployer(id, path, context);
}

/** An employer id the post may use; undefined (reported once, on the employer itself) for an employer listed with errors. */
function knownEmployer(id: string, path: string, { employers, unreadEmployers, errors }: ParseContext): string | undefined {
  if (employers.has(id)) return id;
  if (unreadEmployers.has(id)) return undefined;
  const known = [...employers.keys()];
  errors.add("UNKNOWN_REFERENCE", path, `Employer "${id}" is not in the employers list${known.length ? ` (known: ${known.join(", ")})` : "; add it to employers first"}`);
  return undefined;
}
