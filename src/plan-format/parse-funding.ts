import { Decimal, ZERO } from "../engine/decimal";
import { FinancialYear, parseFinancialYear } from "../engine/financial-year";
import { FUNDING_STATUSES, FUNDING_TYPES, FundingClaim, FundingSource, LINE_KINDS, LineKind } from "../engine/plan";
import { Raw, isBlank, requiredField, isObject, joinPath, readBoolean, readChoice, readList, readMoney, readObject, readPercent, readText, shown } from "./fields";
import type { InputErrors } from "./input-error";

/** Reads `funding`: the sources lines can draw on, each with its amounts by financial year. */
export function parseFundingSources(value: Raw, errors: InputErrors, unread: Set<string> = new Set()): Map<string, FundingSource> {
  const sources = new Map<string, FundingSource>();
  const list = readList(value, "funding", "Funding", errors) ?? [];
  list.forEach((item, index) => {
    const path = joinPath("funding", index);
    const raw = readObject(item, path, "A funding source", errors);
    if (!raw) return;
    const id = readText(raw.id, joinPath(path, "id"), "Funding source ID", errors, { required: true, maxLength: 40 });
    const name = readText(raw.name, joinPath(path, "name"), "Funding source name", errors) ?? id ?? "";
    const type = isBlank(raw.type) ? "cash" : readChoice(raw.type, joinPath(path, "type"), "Funding type", FUNDING_TYPES, errors);
    const status = requiredField(raw.status, joinPath(path, "status"), "Funding status is required: confirmed, indicative or requested", errors, (v) =>
      readChoice(v, joinPath(path, "status"), "Funding status", FUNDING_STATUSES, errors),
    );
    const amounts = parseAmounts(raw.amounts, joinPath(path, "amounts"), errors);
    const recurrent = isBlank(raw.recurrent) ? false : readBoolean(raw.recurrent, joinPath(path, "recurrent"), "Recurrent", errors);
    const eligible = parseEligible(raw.eligible, joinPath(path, "eligible"), errors);
    if (id === undefined || type === undefined || status === undefined || amounts === undefined || recurrent === undefined || eligible === undefined) {
      if (id !== undefined) unread.add(id);
      return;
    }
    if (sources.has(id)) {
      errors.add("DUPLICATE_ID", joinPath(path, "id"), `Funding source ID "${id}" is used twice; give each source its own ID`);
      return;
    }
    sources.set(id, { id, name, type, status, amounts, recurrent, eligible });
  });
  return sources;
}

function parseAmounts(value: Raw, path: string, errors: InputErrors): Map<FinancialYear, Decimal> | undefined {
  if (isBlank(value)) {
    errors.add("MISSING_FIELD", path, 'Amounts are required: the money available in each financial year, e.g. { "2021/22": "70000" }');
    return undefined;
  }
  const raw = readObject(value, path, "Amounts", errors);
  if (!raw) return undefined;
  const amounts = new Map<FinancialYear, Decimal>();
  let ok = true;
  for (const [key, amountValue] of Object.entries(raw)) {
    const year = parseFinancialYear(key);
    if (year === undefined) {
      errors.add("INVALID_YEAR", joinPath(path, key), `Each amount must be keyed by a financial year such as "2021/22"; found ${shown(key)}`);
      ok = false;
      continue;
    }
    const amount = readMoney(amountValue, joinPath(path, key), `Amount for ${key}`, errors, { min: 0, max: "10000000000" });
    if (amount === undefined) ok = false;
    else amounts.set(year, (amounts.get(year) ?? ZERO).plus(amount));
  }
  return ok ? amounts : undefined;
}

function parseEligible(value: Raw, path: string, errors: InputErrors): Set<LineKind> | undefined {
  if (isBlank(value)) return new Set(LINE_KINDS);
  const list = typeof value === "string" ? value.split(/[,;]/).filter((part) => part.trim() !== "") : readList(value, path, "Eligible", errors);
  if (!list) return undefined;
  const kinds = new Set<LineKind>();
  let ok = true;
  list.forEach((item, index) => {
    const kind = readChoice(item, joinPath(path, index), "Eligible line kind", LINE_KINDS, errors);
    if (kind === undefined) ok = false;
    else kinds.add(kind);
  });
  return ok ? kinds : undefined;
}

/**
 * Reads a line's `funding`: a source ID, or a list of { source, share } / { source, amount }.
 * Left out, the line is unfunded (and flagged as such).
 */
export function parseFundingClaims(
  value: Raw,
  path: string,
  sources: ReadonlyMap<string, FundingSource>,
  errors: InputErrors,
  unread: ReadonlySet<string> = new Set(),
): FundingClaim[] | undefined {
  if (isBlank(value)) return [];
  if (typeof value === "string") {
    const source = knownSource(value.trim(), path, sources, errors, unread);
    return source === undefined ? undefined : [{ source, share: new Decimal(1) }];
  }
  const list = readList(value, path, "Funding", errors);
  if (!list) return undefined;
  const claims: FundingClaim[] = [];
  const seen = new Set<string>();
  let shares = ZERO;
  let ok = true;
  list.forEach((item, index) => {
    const claimPath = joinPath(path, index);
    const raw = isObject(item) ? item : undefined;
    if (!raw) {
      errors.add("WRONG_TYPE", claimPath, `Each funding entry must be { "source": …, "share": "50%" } or { "source": …, "amount": "10000" }; found ${shown(item)}`);
      ok = false;
      return;
    }
    const sourceText = readText(raw.source, joinPath(claimPath, "source"), "Funding source", errors, { required: true });
    const source = sourceText === undefined ? undefined : knownSource(sourceText, joinPath(claimPath, "source"), sources, errors, unread);
    if (source !== undefined && seen.has(source)) {
      errors.add("DUPLICATE_ID", joinPath(claimPath, "source"), `Funding source "${source}" is listed twice for this line; combine the two entries`);
      ok = false;
      return;
    }
    if (source !== undefined) seen.add(source);
    const hasShare = !isBlank(raw.share);
    const hasAmount = !isBlank(raw.amount);
    if (hasShare === hasAmount) {
      errors.add("MISSING_FIELD", claimPath, 'Each funding entry needs either a share ("50%") or an amount per year ("10000"), not both or neither');
      ok = false;
      return;
    }
    if (hasShare) {
      const share = readPercent(raw.share, joinPath(claimPath, "share"), "Funding share", errors, { max: "1" });
      if (share === undefined || source === undefined) ok = false;
      else {
        shares = shares.plus(share);
        claims.push({ source, share });
      }
    } else {
      const amount = readMoney(raw.amount, joinPath(claimPath, "amount"), "Funding amount", errors, { min: 0, max: "10000000000" });
      if (amount === undefined || source === undefined) ok = false;
      else claims.push({ source, amount });
    }
  });
  if (shares.greaterThan(1)) {
    errors.add("SHARES_OVER_100", path, `Funding shares add up to ${shares.times(100).toString()}%; they must not be more than 100%`);
    ok = false;
  }
  return ok ? claims : undefined;
}

/** A source id the line may use; undefined (reported once, where the source itself is wrong) for a source listed with errors. */
function knownSource(id: string, path: string, sources: ReadonlyMap<string, FundingSource>, errors: InputErrors, unread: ReadonlySet<string>): string | undefined {
  if (sources.has(id)) return id;
  if (unread.has(id)) return undefined;
  const known = [...sources.keys()];
  errors.add("UNKNOWN_REFERENCE", path, `Funding source "${id}" is not in the funding list${known.length ? ` (known: ${known.join(", ")})` : "; add it to funding first"}`);
  return undefined;
}
