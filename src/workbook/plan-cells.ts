import { Decimal } from "../engine/decimal";
import type { ValueKind } from "./contract";
import { isoToExcelSerial } from "./excel-dates";
import type { Cell } from "./sheet-model";

/**
 * A plan-format value as the cell a planning workbook holds for it: money and numbers as
 * numbers, rates as fractions (shown with a % format), dates as Excel serials (shown with the
 * yyyy-mm-dd format), yes/no as "Yes" / "No", everything else as text. A value that does not fit
 * its kind is written as the text it was, so reading the workbook refuses it as the JSON reader
 * would.
 */
export function planValueCell(value: unknown, kind: ValueKind): Cell {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case "money":
    case "number":
    case "integer":
      return numberFrom(value, /^[+-]?£?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/) ?? textOf(value);
    case "percent":
      return percentFrom(value) ?? textOf(value);
    case "pension":
      if (typeof value === "string" && /^(none|employer)$/i.test(value.trim())) return value.trim().toLowerCase();
      return percentFrom(value) ?? textOf(value);
    case "tolerance":
      return toleranceCell(value);
    case "date": {
      const serial = typeof value === "string" ? isoToExcelSerial(value.trim()) : undefined;
      return serial ?? textOf(value);
    }
    case "boolean":
      if (typeof value === "boolean") return value ? "Yes" : "No";
      return textOf(value);
    case "text":
    case "year":
      return textOf(value);
  }
}

function textOf(value: unknown): Cell {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A number, when the value is one (or its text) and fits in a double without losing a digit. */
function numberFrom(value: unknown, shape: RegExp): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string" || !shape.test(value.trim())) return undefined;
  const text = value.trim().replace(/[£,+]/g, "");
  const number = Number(text);
  return new Decimal(text).equals(new Decimal(number)) ? number : undefined;
}

/** "15%" or "0.15" (or 0.15) → 0.15; a bare number above 1 stays text, as the JSON reader refuses it. */
function percentFrom(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
  if (text === undefined) return undefined;
  const percent = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(text);
  const fraction = percent ? new Decimal(percent[1] as string).div(100) : /^[+-]?\d+(\.\d+)?$/.test(text) ? new Decimal(text) : undefined;
  if (fraction === undefined || (!percent && fraction.abs().greaterThan(1))) return undefined;
  const number = fraction.toNumber();
  return new Decimal(number).equals(fraction) ? number : undefined;
}

/** The ask tolerance: a percentage as a fraction; an amount as a number, or as "£0.50" text where a number would read as a percentage. */
function toleranceCell(value: unknown): Cell {
  if (typeof value === "string" && value.trim().endsWith("%")) return percentFrom(value) ?? value;
  const amount = numberFrom(value, /^[+-]?£?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/);
  if (amount === undefined) return textOf(value);
  return Math.abs(amount) <= 1 ? `£${amount.toFixed(2)}` : amount;
}

/** The number format a cell of this kind is shown with. */
export function formatFor(kind: ValueKind, formats: { money: string; percent: string; date: string }): string | undefined {
  switch (kind) {
    case "money":
      return formats.money;
    case "percent":
    case "pension":
      return formats.percent;
    case "date":
      return formats.date;
    case "text":
    case "year":
      return "@";
    default:
      return undefined;
  }
}
