import { dayOf, daysInMonth, formatIsoDate } from "../engine/calendar";
import { Decimal } from "../engine/decimal";
import type { ValueKind } from "./contract";
import type { CellError, CellValue } from "./tables";
import { excelSerialToIso, isoFromDate } from "./excel-dates";

/**
 * Turns an Excel cell value into the raw value the plan-format parser reads, and records whether
 * the cell was "clean" (a formula could use it as it stands). Anything the reader cannot make
 * sense of is passed on as it stands, so the parser refuses it with its own message; only
 * problems the parser could not describe (error values, impossible dates) come back here.
 */
export type CellReading =
  | { readonly blank: true }
  | { readonly blank?: false; readonly value: string | boolean; readonly clean: boolean }
  | { readonly blank?: false; readonly problem: string; readonly value: string };

const BLANK: CellReading = { blank: true };

/** Whether a cell holds nothing: empty, or only spaces. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A number as Excel shows it: at most 15 significant digits, so 0.1 + 0.2 reads as 0.3. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return new Decimal(value.toPrecision(15)).toFixed();
}

/** How a value is shown back in a message: "found ..." */
function describe(value: CellValue): string {
  if (value instanceof Date) return `a date (${isoFromDate(value)})`;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) return value.error;
  return String(value);
}

/** Reads one cell for a column of `kind`; `label` names the field in messages. */
export function readCell(value: CellValue, kind: ValueKind, label: string): CellReading {
  if (value === null || isBlankCell(value)) return BLANK;
  if (isCellError(value)) return { problem: `${label} holds the error value ${value.error}; enter a value or clear the cell`, value: value.error };
  switch (kind) {
    case "text":
      return readTextCell(value);
    case "number":
    case "integer":
      return readNumberCell(value, label, kind);
    case "money":
      return readMoneyCell(value, label);
    case "percent":
      return readPercentCell(value, label);
    case "date":
      return readDateCell(value, label);
    case "boolean":
      return readBooleanCell(value);
    case "year":
      return readYearCell(value, label);
    case "tolerance":
      return readToleranceCell(value, label);
    case "pension":
      return readPensionCell(value, label);
  }
}

type Present = string | number | boolean | Date;

function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function readTextCell(value: Present): CellReading {
  if (typeof value === "string") return { value: value.trim(), clean: true };
  if (typeof value === "number") return { value: numberText(value), clean: false };
  if (typeof value === "boolean") return { value: value ? "TRUE" : "FALSE", clean: false };
  return { value: isoFromDate(value), clean: false };
}

function notADate(value: Date, label: string, what: string): CellReading {
  return { problem: `${label} must be ${what}; found ${describe(value)} (check the cell's number format)`, value: isoFromDate(value) };
}

/** " 0.8 ", "1,000" → "0.8", "1000"; anything else is passed on for the parser to refuse. */
function readNumberCell(value: Present, label: string, kind: "number" | "integer"): CellReading {
  if (value instanceof Date) return notADate(value, label, kind === "integer" ? "a whole number" : "a number");
  if (typeof value === "number") return { value: numberText(value), clean: true };
  if (typeof value === "boolean") return { value: String(value), clean: false };
  const text = value.trim().replace(/\s+/g, "");
  const plain = text.replace(/,(?=\d{3}(\D|$))/g, "");
  return { value: /^[+-]?\d+(\.\d+)?$/.test(plain) ? plain : value.trim(), clean: false };
}

/** "£45,839.00", "45 839", "45839" → "45839.00" etc.; numbers keep at most 15 significant digits. */
function readMoneyCell(value: Present, label: string): CellReading {
  if (value instanceof Date) return notADate(value, label, "an amount in pounds");
  if (typeof value === "number") return { value: numberText(value), clean: true };
  if (typeof value === "boolean") return { value: String(value), clean: false };
  const text = value.trim().replace(/\s+/g, "").replace(/^([+-]?)£/, "$1");
  const plain = text.replace(/,(?=\d{3}(\D|$))/g, "");
  return { value: /^[+-]?\d+(\.\d+)?$/.test(plain) ? plain : value.trim(), clean: false };
}

/**
 * A percentage: a fraction (0.15), a number above 1 taken as a percentage (15 → 15%: in a
 * percentage column a bare 15 can only mean 15%, and 1 means 100%), or text "15%", "15", "0.15".
 * Clean only as a number cell holding the fraction, which is how Excel stores a % cell.
 */
function readPercentCell(value: Present, label: string): CellReading {
  if (value instanceof Date) return notADate(value, label, 'a percentage such as 15% or 0.15');
  if (typeof value === "boolean") return { value: String(value), clean: false };
  if (typeof value === "number") {
    const text = numberText(value);
    return Math.abs(value) > 1 ? { value: `${text}%`, clean: false } : { value: text, clean: true };
  }
  const text = value.trim().replace(/\s+/g, "");
  if (/^[+-]?\d+(\.\d+)?%$/.test(text)) return { value: text, clean: false };
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return { value: new Decimal(text).abs().greaterThan(1) ? `${text}%` : text, clean: false };
  return { value: value.trim(), clean: false };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * A date: an Excel serial (1900 date system), a Date (ExcelJS gives date-formatted cells so, in
 * UTC), or text: ISO "2021-07-01", UK day/month/year "01/07/2021" (also "1-7-21", "1.7.2021"),
 * or "1 July 2021". Becomes ISO text, which is what the parser reads.
 */
function readDateCell(value: Present, label: string): CellReading {
  const what = "a date such as 2021-07-01 or 01/07/2021 (day/month/year)";
  if (value instanceof Date) {
    const iso = isoFromDate(value);
    if (!iso) return { problem: `${label} must be ${what}; found an invalid date`, value: "" };
    // Hosts turn serials below 61 into dates a day out (or 29 February 1900, which never was); no plan starts so early.
    if (iso < "1900-03-01") return { problem: `${label} is ${iso}, before 1 March 1900, where Excel's calendar is unreliable (it has a 29 February 1900); enter ${what}`, value: iso };
    return { value: iso, clean: true };
  }
  if (typeof value === "boolean") return { value: String(value), clean: false };
  if (typeof value === "number") {
    if (Math.floor(value) === 60) return { problem: `${label} is 29 February 1900, a date that does not exist (Excel's 1900 leap-year slip); enter ${what}`, value: "1900-02-29" };
    const iso = excelSerialToIso(value);
    return iso ? { value: iso, clean: true } : { problem: `${label} must be ${what}; found the number ${numberText(value)}, which is not a date`, value: numberText(value) };
  }
  const text = value.trim();
  const iso = textDate(text);
  if (iso === undefined) return { value: text, clean: false };
  if (iso === null) return { problem: `${label} must be ${what}; found ${describe(text)}, which is not a real date`, value: text };
  return { value: iso, clean: false };
}

/** ISO text for a recognised date, null for a recognised shape that is not a real date, undefined for no date shape. */
export function textDate(text: string): string | null | undefined {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  if (match) return realDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) return realDate(fullYear(match[3] as string), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)[\s,-]+(\d{2}|\d{4})$/.exec(text);
  if (match) {
    const month = MONTHS.indexOf((match[2] as string).slice(0, 3).toLowerCase()) + 1;
    return month === 0 ? undefined : realDate(fullYear(match[3] as string), month, Number(match[1]));
  }
  return undefined;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function realDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1900 || year > 9999) return null;
  return formatIsoDate(dayOf(year, month, day));
}

function readBooleanCell(value: Present): CellReading {
  if (typeof value === "boolean") return { value, clean: true };
  if (typeof value === "number") return { value: numberText(value), clean: false };
  if (value instanceof Date) return { value: isoFromDate(value), clean: false };
  const text = value.trim();
  // "Yes" / "No" is what the template's dropdown writes, so a formula can test for it.
  return { value: text, clean: /^(yes|no)$/i.test(text) };
}

/** "2021/22" as text; a whole number 2021 is taken as 2021/22. */
function readYearCell(value: Present, label: string): CellReading {
  if (value instanceof Date) return notADate(value, label, 'a financial year such as "2021/22" (format the cell as text)');
  if (typeof value === "number" && Number.isInteger(value) && value >= 2000 && value <= 2099) {
    return { value: `${value}/${String((value + 1) % 100).padStart(2, "0")}`, clean: false };
  }
  if (typeof value === "number" || typeof value === "boolean") return { value: String(value), clean: false };
  return { value: value.trim(), clean: true };
}

/**
 * The ask tolerance: a number up to 1 is a fraction (a 5% cell holds 0.05), above 1 an amount in
 * pounds; text "5%" a percentage, "13500" or "£13,500" an amount.
 */
function readToleranceCell(value: Present, label: string): CellReading {
  if (value instanceof Date) return notADate(value, label, 'a percentage such as 5% or an amount in pounds');
  if (typeof value === "number" && Math.abs(value) <= 1) return { value: `${new Decimal(numberText(value)).times(100).toFixed()}%`, clean: true };
  if (typeof value === "string" && /%\s*$/.test(value)) return { value: value.trim().replace(/\s+/g, ""), clean: false };
  if (typeof value === "string" && /^\s*0?\.\d+\s*$/.test(value)) return { value: `${new Decimal(value.trim()).times(100).toFixed()}%`, clean: false };
  return readMoneyCell(value, label);
}

/** A post's pension: "none", "employer", or a rate (read as a percentage). */
function readPensionCell(value: Present, label: string): CellReading {
  if (typeof value === "string" && /^\s*(none|employer)\s*$/i.test(value)) return { value: value.trim().toLowerCase(), clean: true };
  return readPercentCell(value, label);
}
