import type { Cell, SheetModel } from "../../workbook/sheet-model";

type Point = string | number | boolean | null;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** The figure a model cell shows: its literal, or a formula's cached result. */
function shown(cell: Cell | undefined): Point {
  if (cell === undefined || cell === null || typeof cell !== "object") return cell ?? null;
  const rich = cell as { readonly formula?: string; readonly value?: Point; readonly result?: Point };
  if (typeof rich.formula === "string") return rich.result ?? rich.value ?? null;
  return rich.value ?? null;
}

/**
 * The values of a range formula such as "Summary!$B$10:$B$12" on one of the model's sheets,
 * row by row; undefined when the range is not on a model sheet (then no cache is written).
 */
export function rangeValues(ref: string, sheets: ReadonlyMap<string, SheetModel>): Point[] | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?$/.exec(ref.trim());
  if (match === null) return undefined;
  const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? "");
  const sheet = sheets.get(name.toLowerCase());
  if (sheet === undefined) return undefined;
  const top = Number(match[4]) - 1;
  const left = columnNumber(match[3] ?? "A") - 1;
  const bottom = match[6] === undefined ? top : Number(match[6]) - 1;
  const right = match[5] === undefined ? left : columnNumber(match[5]) - 1;
  const points: Point[] = [];
  for (let r = Math.min(top, bottom); r <= Math.max(top, bottom); r++) {
    for (let c = Math.min(left, right); c <= Math.max(left, right); c++) points.push(shown(sheet.rows[r]?.[c]));
  }
  return points;
}
