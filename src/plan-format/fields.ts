import { Day, parseIsoDate } from "../engine/calendar";
import { Decimal } from "../engine/decimal";
import { FinancialYear, parseFinancialYear } from "../engine/financial-year";
import { AFC_BANDS, AfcBand } from "../reference";
import type { InputErrors } from "./input-error";

/**
 * Readers for one field of a plan: each takes the raw value, its path and a human name for the
 * field, records a message naming both on failure, and returns undefined. Money, numbers and
 * rates are accepted as strings or JSON numbers and always become Decimal.
 */
export type Raw = unknown;
export type RawObject = Record<string, unknown>;

/** The value shown back to a user in a message: "found "full time"". */
export function shown(value: Raw): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}

export function isObject(value: Raw): value is RawObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isBlank(value: Raw): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

export function joinPath(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

export interface Bounds {
  readonly min?: string | number;
  readonly max?: string | number;
  /** Whether the minimum itself is allowed (default true). */
  readonly minInclusive?: boolean;
}

function withinBounds(value: Decimal, bounds: Bounds): boolean {
  if (bounds.min !== undefined) {
    const min = new Decimal(bounds.min);
    if (bounds.minInclusive === false ? value.lessThanOrEqualTo(min) : value.lessThan(min)) return false;
  }
  return bounds.max === undefined || value.lessThanOrEqualTo(bounds.max);
}

function describeBounds(bounds: Bounds, format: (d: Decimal) => string): string {
  const min = bounds.min === undefined ? undefined : format(new Decimal(bounds.min));
  const max = bounds.max === undefined ? undefined : format(new Decimal(bounds.max));
  const above = bounds.minInclusive === false ? `more than ${min}` : `at least ${min}`;
  if (min !== undefined && max !== undefined) return `${above} and at most ${max}`;
  if (min !== undefined) return above;
  return `at most ${max}`;
}

const NUMBER_TEXT = /^[+]?\d+(\.\d+)?$/;
const MONEY_TEXT = /^[+]?£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/** Text of a number from a JSON number or string, or undefined. */
function numberText(value: Raw): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) < 1e15 ? String(value) : undefined;
  if (typeof value === "string") return value.trim();
  return undefined;
}

/** Reads a field that must be given: a "required" message when it is blank, else whatever `read` makes of it. */
export function requiredField<T>(value: Raw, path: string, message: string, errors: InputErrors, read: (value: Raw) => T | undefined): T | undefined {
  if (isBlank(value)) {
    errors.add("MISSING_FIELD", path, message);
    return undefined;
  }
  return read(value);
}

/** A required or optional piece of text. */
export function readText(value: Raw, path: string, name: string, errors: InputErrors, options: { required?: boolean; maxLength?: number } = {}): string | undefined {
  if (isBlank(value)) {
    if (options.required) errors.add("MISSING_FIELD", path, `${name} is required`);
    return undefined;
  }
  if (typeof value !== "string" && typeof value !== "number") {
    errors.add("WRONG_TYPE", path, `${name} must be text; found ${shown(value)}`);
    return undefined;
  }
  const text = String(value).trim();
  const maxLength = options.maxLength ?? 200;
  if (text.length > maxLength) {
    errors.add("OUT_OF_RANGE", path, `${name} must be at most ${maxLength} characters; found ${text.length}`);
    return undefined;
  }
  return text;
}

/** A non-negative decimal number (FTE, quantity, sessions) within bounds. */
export function readNumber(value: Raw, path: string, name: string, errors: InputErrors, bounds: Bounds = {}): Decimal | undefined {
  const text = numberText(value);
  if (text === undefined || (!NUMBER_TEXT.test(text) && !/^-\d+(\.\d+)?$/.test(text))) {
    errors.add("INVALID_NUMBER", path, `${name} must be a number${boundsSuffix(bounds)}; found ${shown(value)}`);
    return undefined;
  }
  const number = new Decimal(text);
  if (!withinBounds(number, bounds)) {
    errors.add("OUT_OF_RANGE", path, `${name} must be ${describeBounds(bounds, (d) => d.toString())}; found ${shown(value)}`);
    return undefined;
  }
  return number;
}

function boundsSuffix(bounds: Bounds): string {
  return bounds.min === undefined && bounds.max === undefined ? "" : ` ${describeBounds(bounds, (d) => d.toString())}`;
}

/** A whole number within bounds. */
export function readInteger(value: Raw, path: string, name: string, errors: InputErrors, bounds: Bounds): number | undefined {
  const text = numberText(value);
  if (text === undefined || !/^[+-]?\d+$/.test(text)) {
    errors.add("INVALID_NUMBER", path, `${name} must be a whole number ${describeBounds(bounds, (d) => d.toString())}; found ${shown(value)}`);
    return undefined;
  }
  const number = new Decimal(text);
  if (!withinBounds(number, bounds)) {
    errors.add("OUT_OF_RANGE", path, `${name} must be ${describeBounds(bounds, (d) => d.toString())}; found ${shown(value)}`);
    return undefined;
  }
  return number.toNumber();
}

/** Money in pounds: "45839", "45,839.50", "£309", or a JSON number; at most two decimal places. */
export function readMoney(value: Raw, path: string, name: string, errors: InputErrors, bounds: Bounds = { min: 0 }): Decimal | undefined {
  const text = numberText(value);
  const pounds = (d: Decimal) => `£${d.toFixed(d.isInteger() ? 0 : 2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
  if (text === undefined || !(MONEY_TEXT.test(text) || /^-£?\d+(\.\d{1,2})?$/.test(text))) {
    errors.add("INVALID_MONEY", path, `${name} must be an amount in pounds with at most two decimal places (e.g. "45839" or "309.50"); found ${shown(value)}`);
    return undefined;
  }
  const amount = new Decimal(text.replace(/[£,+]/g, ""));
  if (!withinBounds(amount, bounds)) {
    errors.add("OUT_OF_RANGE", path, `${name} must be ${describeBounds(bounds, pounds)}; found ${shown(value)}`);
    return undefined;
  }
  return amount;
}

/**
 * A rate as a fraction: "15%" or "0.15" (or the number 0.15). A bare number above 1 is refused
 * rather than guessed at: "15" might mean 15% or 1,500%.
 */
export function readPercent(value: Raw, path: string, name: string, errors: InputErrors, bounds: { min?: string; max: string }): Decimal | undefined {
  const text = numberText(value);
  const asPercent = (d: Decimal) => `${d.times(100).toString()}%`;
  let fraction: Decimal | undefined;
  if (text !== undefined) {
    const percent = /^([+-]?\d+(\.\d+)?)\s*%$/.exec(text);
    if (percent) fraction = new Decimal(percent[1] as string).div(100);
    else if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
      fraction = new Decimal(text);
      if (fraction.greaterThan(1) && new Decimal(bounds.max).lessThanOrEqualTo(1)) {
        errors.add("INVALID_PERCENT", path, `${name} must be a percentage such as "15%" or a fraction such as 0.15; found ${shown(value)}`);
        return undefined;
      }
    }
  }
  if (fraction === undefined) {
    errors.add("INVALID_PERCENT", path, `${name} must be a percentage such as "15%" or a fraction such as 0.15; found ${shown(value)}`);
    return undefined;
  }
  const min = new Decimal(bounds.min ?? 0);
  if (fraction.lessThan(min) || fraction.greaterThan(bounds.max)) {
    errors.add("OUT_OF_RANGE", path, `${name} must be between ${asPercent(min)} and ${asPercent(new Decimal(bounds.max))}; found ${shown(value)}`);
    return undefined;
  }
  return fraction;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/** true / false, or yes / no as text. */
export function readBoolean(value: Raw, path: string, name: string, errors: InputErrors): boolean | undefined {
  if (typeof value === "boolean") return value;
  const word = typeof value === "string" || typeof value === "number" ? String(value).trim().toLowerCase() : undefined;
  if (word !== undefined && TRUE_WORDS.has(word)) return true;
  if (word !== undefined && FALSE_WORDS.has(word)) return false;
  errors.add("INVALID_VALUE", path, `${name} must be yes or no (true or false); found ${shown(value)}`);
  return undefined;
}

/** An ISO date, "2021-07-01". */
export function readDate(value: Raw, path: string, name: string, errors: InputErrors): Day | undefined {
  const day = typeof value === "string" ? parseIsoDate(value.trim()) : undefined;
  if (day === undefined) {
    errors.add("INVALID_DATE", path, `${name} must be a real date written YYYY-MM-DD (e.g. "2021-07-01"); found ${shown(value)}`);
  }
  return day;
}

/** A financial year, "2021/22". */
export function readFinancialYear(value: Raw, path: string, name: string, errors: InputErrors): FinancialYear | undefined {
  const year = typeof value === "string" ? parseFinancialYear(value) : undefined;
  if (year === undefined) errors.add("INVALID_YEAR", path, `${name} must be a financial year such as "2021/22"; found ${shown(value)}`);
  return year;
}

/** One of a fixed set of words, matched ignoring case and spaces. */
export function readChoice<T extends string>(value: Raw, path: string, name: string, choices: readonly T[], errors: InputErrors): T | undefined {
  const key = (text: string) => text.replace(/[\s_-]+/g, "").toLowerCase();
  const found = typeof value === "string" || typeof value === "number" ? choices.find((choice) => key(choice) === key(String(value))) : undefined;
  if (found === undefined) errors.add("UNKNOWN_VALUE", path, `${name} must be one of ${choices.join(", ")}; found ${shown(value)}`);
  return found;
}

/** An Agenda for Change band: "7", "Band 7", "8A" or 7. */
export function readBand(value: Raw, path: string, errors: InputErrors): AfcBand | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim().toLowerCase().replace(/^band\s*/, "") : "";
  const band = AFC_BANDS.find((b) => b === text);
  if (!band) errors.add("UNKNOWN_VALUE", path, `Band must be an Agenda for Change band (${AFC_BANDS.join(", ")}); found ${shown(value)}`);
  return band;
}

/** A list, or undefined with a message; a missing optional list is empty. */
export function readList(value: Raw, path: string, name: string, errors: InputErrors): readonly Raw[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.add("WRONG_TYPE", path, `${name} must be a list; found ${shown(value)}`);
    return undefined;
  }
  return value;
}

/** An object, or undefined with a message. */
export function readObject(value: Raw, path: string, name: string, errors: InputErrors): RawObject | undefined {
  if (!isObject(value)) {
    errors.add("WRONG_TYPE", path, `${name} must be an object with fields; found ${shown(value)}`);
    return undefined;
  }
  return value;
}
