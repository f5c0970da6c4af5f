import { ONE, ZERO } from "../engine/decimal";
import { NonPayItem, PHASINGS } from "../engine/plan";
import { Raw, isBlank, joinPath, readChoice, readList, readMoney, readNumber, readObject, readPercent, readText, requiredField } from "./fields";
import type { ParseContext } from "./parse-context";
import { parseLineFields } from "./parse-line";

/** Reads `nonPay`: quantity × unit cost + irrecoverable VAT, phased evenly or as a lump. */
export function parseNonPay(value: Raw, context: ParseContext): NonPayItem[] {
  const items: NonPayItem[] = [];
  const list = readList(value, "nonPay", "Non-pay", context.errors) ?? [];
  list.forEach((item, index) => {
    const parsed = parseNonPayItem(item, joinPath("nonPay", index), context);
    if (parsed) items.push(parsed);
  });
  return items;
}

function parseNonPayItem(item: Raw, path: string, context: ParseContext): NonPayItem | undefined {
  const { errors } = context;
  const raw = readObject(item, path, "A non-pay item", errors);
  if (!raw) return undefined;
  const fields = parseLineFields(raw, path, context);
  const category = readText(raw.category, joinPath(path, "category"), "Category", errors) ?? "";
  const quantity = isBlank(raw.quantity) ? ONE : readNumber(raw.quantity, joinPath(path, "quantity"), "Quantity", errors, { min: 0, minInclusive: false, max: 1000000 });
  const unitCost = requiredField(raw.unitCost, joinPath(path, "unitCost"), "Unit cost is required, in pounds", errors, (v) =>
    readMoney(v, joinPath(path, "unitCost"), "Unit cost", errors, { min: 0, max: "1000000000" }),
  );
  const vat = isBlank(raw.vat) ? ZERO : readPercent(raw.vat, joinPath(path, "vat"), "Irrecoverable VAT", errors, { max: "1" });
  const phasing = isBlank(raw.phasing) ? "even" : readChoice(raw.phasing, joinPath(path, "phasing"), "Phasing", PHASINGS, errors);
  if (!fields || !quantity || !unitCost || !vat || !phasing) return undefined;
  return { kind: "non-pay", ...fields, category, quantity, unitCost, vat, phasing };
}
