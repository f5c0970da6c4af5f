import { UNITS_PER_MONTH, UNITS_PER_YEAR } from "../engine/calendar";
import type { Day } from "../engine/calendar";
import type { Ratio } from "../engine/ratio";
import type { InputCell } from "./input-cells";
import type { Cell, Literal, RichCell } from "./sheet-model";

/**
 * Formula text shared by the Rates, Costing and Phasing sheets. Every formula here is plain A1
 * Excel that LibreOffice also imports from xlsx: no XLOOKUP, LET, dynamic arrays or table
 * references. The engine computes exactly; a spreadsheet computes in binary doubles, so the
 * formulas keep their intermediate quantities exact where they can (time in whole units) and
 * round only where the engine does.
 */

/** Separator of the text keys the Rates tables are looked up by ("7|top|2021/22"). */
export const KEY_SEPARATOR = "|";

/** A lookup key as the Rates sheet writes it. */
export function rateKey(...parts: readonly string[]): string {
  return parts.join(KEY_SEPARATOR);
}

/** The same key built in a formula from cell references and text. */
export function keyFormula(...parts: readonly string[]): string {
  return parts.join(`&"${KEY_SEPARATOR}"&`);
}

/** A quoted text literal for a formula. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Units of time (1/4,530,960 of a year, as the engine counts: calendar.ts) from a fixed origin to
 * the end of the day `date`. Whole months are 377,580 units and a part month is days × 377,580 ÷
 * days in the month, always a whole number, so differences of this are exact in doubles.
 */
export function unitsToEndOf(date: string): string {
  return `(${UNITS_PER_MONTH}*(12*YEAR(${date})+MONTH(${date}))+DAY(${date})*${UNITS_PER_MONTH}/DAY(EOMONTH(${date},0)))`;
}

/** Units of active time from `first` to `last` inclusive (cell references or date expressions); 0 when last is before first. */
export function unitsBetween(first: string, last: string): string {
  return `IF(${last}<${first},0,${unitsToEndOf(last)}-${unitsToEndOf(`${first}-1`)})`;
}

/** The engine's units per year, as formula text. */
export const YEAR_UNITS = String(UNITS_PER_YEAR);

/** To the penny, half-up (documented rounding step 2 and 3; Excel's and LibreOffice's ROUND send ties away from zero). */
export function penny(expression: string): string {
  return `ROUND(${expression},2)`;
}

/**
 * To the penny with a halfpenny or less disregarded (employer NI, documented rounding step 1):
 * ceil(x × 100 − 0.5) ÷ 100, with the double's noise below 1e-9 of a penny taken off first so an
 * exact halfpenny stays one.
 */
export function niPenny(expression: string): string {
  return `-INT(0.5-ROUND((${expression})*100,9))/100`;
}

/** INDEX/MATCH of a key in a Rates table's key column. */
export function lookup(values: string, keys: string, key: string): string {
  return `INDEX(${values},MATCH(${key},${keys},0))`;
}

/** An Excel date serial for an engine day (days since 1970-01-01; Excel's 1900 system counts 25,569 more). */
export function dateSerial(day: Day): number {
  return day + 25_569;
}

/** A ratio as a number: display caches only, never arithmetic on money. */
export function ratioNumber(ratio: Ratio): number {
  return Number(ratio.numerator) / Number(ratio.denominator);
}

/** A formula cell with the engine's figure as its cached result. */
export function formulaCell(formula: string, result: number | string | boolean, numberFormat?: string): RichCell {
  const cell: RichCell = { formula: formula.startsWith("=") ? formula : `=${formula}`, result };
  return numberFormat ? { ...cell, numberFormat } : cell;
}

/** A value cell, with a number format when given. */
export function valueCell(value: Literal, numberFormat?: string, note?: string): Cell {
  if (numberFormat === undefined && note === undefined) return value;
  return { value, ...(numberFormat ? { numberFormat } : {}), ...(note ? { note } : {}) };
}

/**
 * An input the line used: a live reference to its cell when a formula can use the cell as it
 * stands, else the value the engine used, written as a constant with a note naming where it came
 * from (a number stored as text, "15%", a plan read from JSON). A blank taking a default is a
 * formula giving the default while the cell is empty.
 */
export function inputCell(cell: InputCell | undefined, used: Literal, what: string, numberFormat?: string): Cell {
  if (cell?.clean) return formulaCell(`=${cell.address}`, used === null ? "" : used, numberFormat);
  // A blank taking a default: the default while the cell stays empty, the cell once filled in.
  if (cell?.blank && used !== null) return formulaCell(`IF(${cell.address}="",${literalText(used)},${cell.address})`, used, numberFormat);
  const note = cell
    ? `${what}: the value the engine read from ${cell.address}, written here as a constant because that cell holds it in a form a formula cannot use as it stands (text, a percentage typed as text or a whole number, or a blank taking a default).`
    : `${what}: the value the engine used; it has no cell in the input tables (a default, or a plan read from JSON).`;
  return valueCell(used, numberFormat, note);
}

/** A literal as formula text. */
function literalText(value: string | number | boolean): string {
  if (typeof value === "string") return text(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * An input with a plan-wide default (a line's start or end, the horizon's bounds when blank),
 * written the same way whether the cell is filled in or blank: the cell, or the default while it
 * is empty. Lines' rows then share one formula, moved down.
 */
export function inputOrDefault(cell: InputCell | undefined, used: number, fallback: number, what: string): Cell {
  if (cell !== undefined && (cell.clean || cell.blank)) return formulaCell(`IF(${cell.address}="",${fallback},${cell.address})`, used);
  return inputCell(cell, used, what);
}
