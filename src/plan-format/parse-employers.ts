import { Employer, PENSION_SCHEMES } from "../engine/plan";
import { Raw, isBlank, joinPath, readBoolean, readChoice, readList, readObject, readPercent, readText } from "./fields";
import type { InputErrors } from "./input-error";

/** Reads `employers`: the organisations that employ or release staff, with their pension scheme. */
export function parseEmployers(value: Raw, errors: InputErrors, unread: Set<string> = new Set()): Map<string, Employer> {
  const employers = new Map<string, Employer>();
  const list = readList(value, "employers", "Employers", errors) ?? [];
  list.forEach((item, index) => {
    const path = joinPath("employers", index);
    const raw = readObject(item, path, "An employer", errors);
    if (!raw) return;
    const id = readText(raw.id, joinPath(path, "id"), "Employer ID", errors, { required: true, maxLength: 40 });
    const name = readText(raw.name, joinPath(path, "name"), "Employer name", errors) ?? id ?? "";
    const pension = parsePension(raw.pension, joinPath(path, "pension"), errors);
    const levy = isBlank(raw.apprenticeshipLevy) ? undefined : readBoolean(raw.apprenticeshipLevy, joinPath(path, "apprenticeshipLevy"), "Apprenticeship levy", errors);
    if (id === undefined || pension === undefined) {
      if (id !== undefined) unread.add(id);
      return;
    }
    if (employers.has(id)) {
      errors.add("DUPLICATE_ID", joinPath(path, "id"), `Employer ID "${id}" is used twice; give each employer its own ID`);
      return;
    }
    employers.set(id, { id, name, pension, ...(levy === undefined ? {} : { apprenticeshipLevy: levy }) });
  });
  return employers;
}

function parsePension(value: Raw, path: string, errors: InputErrors): Employer["pension"] | undefined {
  if (isBlank(value)) {
    errors.add("MISSING_FIELD", joinPath(path, "scheme"), "Pension scheme is required: NHS, LGPS, other or none");
    return undefined;
  }
  const raw = typeof value === "string" ? { scheme: value } : readObject(value, path, "Pension", errors);
  if (!raw) return undefined;
  const scheme = readChoice(raw.scheme, joinPath(path, "scheme"), "Pension scheme", PENSION_SCHEMES, errors);
  if (scheme === undefined) return undefined;
  if (isBlank(raw.rate)) {
    if (scheme === "LGPS" || scheme === "other") {
      errors.add("MISSING_FIELD", joinPath(path, "rate"), `Pension rate is required for the ${scheme} scheme: the employer's own contribution rate from its actuarial valuation (e.g. "18.8%")`);
      return undefined;
    }
    return { scheme };
  }
  const rate = readPercent(raw.rate, joinPath(path, "rate"), "Pension rate", errors, { max: "0.5" });
  return rate === undefined ? undefined : { scheme, rate };
}
