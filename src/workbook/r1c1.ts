import { columnLetters } from "./tables";

/**
 * R1C1 references: a formula written in R1C1 is the same text in every cell of a block when its
 * references are "this row" (RC5, R[-1]C) or fixed (R10C4), which is what lets a block of
 * thousands of formulas be written as one (a shared formula in a file, one range assignment in
 * Excel). Only the reference forms the sheets use are handled; text in double quotes is left
 * alone.
 */

// R, then an optional row part (n or [±n]), C, then an optional column part; not inside a name
// (ROUND, a sheet called RC1x) and not a function call.
const REFERENCE = /(?<![A-Za-z0-9_.$])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

function part(spec: string | undefined, here: number): { index: number; absolute: boolean } {
  if (spec === undefined) return { index: here, absolute: false };
  if (spec.startsWith("[")) return { index: here + Number(spec.slice(1, -1)), absolute: false };
  return { index: Number(spec) - 1, absolute: true };
}

/** Applies `rewrite` to the text outside double-quoted literals. */
function outsideQuotes(formula: string, rewrite: (text: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula.indexOf('"', i);
    if (quote < 0) return out + rewrite(formula.slice(i));
    out += rewrite(formula.slice(i, quote));
    // A literal runs to the next quote not doubled.
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === '"') {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    out += formula.slice(quote, end);
    i = end;
  }
  return out;
}

/**
 * An R1C1 formula as A1 text in the cell at a 0-based row and column: fixed parts become `$`
 * parts, relative ones plain (so the A1 text, copied down, is the same R1C1 formula).
 */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  return outsideQuotes(formula, (text) =>
    text.replace(REFERENCE, (_match, rowSpec: string | undefined, columnSpec: string | undefined) => {
      const r = part(rowSpec, row);
      const c = part(columnSpec, column);
      if (r.index < 0 || c.index < 0) throw new Error(`r1c1ToA1(): ${formula} refers above or left of the sheet from row ${row + 1}, column ${column + 1}`);
      return `${c.absolute ? "$" : ""}${columnLetters(c.index + 1)}${r.absolute ? "$" : ""}${r.index + 1}`;
    }),
  );
}

/** Fully fixed A1 references ("$D$10", "Rates!$D$10:$D$70") as R1C1 ("R10C4"); nothing else in the text is changed. */
export function absoluteA1ToR1C1(formula: string): string {
  return outsideQuotes(formula, (text) => text.replace(/\$([A-Z]{1,3})\$(\d+)/g, (_match, letters: string, rowNumber: string) => `R${rowNumber}C${columnNumber(letters)}`));
}

/** "D" → 4. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** "RC5": this row, a fixed 0-based column. */
export function sameRowR1C1(column: number): string {
  return `RC${column + 1}`;
}

// An A1 reference: optional $ column letters, optional $ row number; not inside a name or a
// function call (LOG10, ATAN2 are function names followed by "(").
const A1_REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/**
 * An A1 formula as it stands in the cell at a 0-based row and column, in R1C1: `$` parts fixed,
 * others relative to the cell. Two cells whose A1 formulas are the "same formula, moved" get the
 * same text, which is how runs of them are found.
 */
export function a1ToR1C1(formula: string, row: number, column: number): string {
  return outsideQuotes(formula, (text) =>
    text.replace(A1_REFERENCE, (_match, columnFixed: string, letters: string, rowFixed: string, rowNumber: string) => {
      const c = columnNumber(letters) - 1;
      const r = Number(rowNumber) - 1;
      const rowPart = rowFixed === "$" ? `R${r + 1}` : r === row ? "R" : `R[${r - row}]`;
      const columnPart = columnFixed === "$" ? `C${c + 1}` : c === column ? "C" : `C[${c - column}]`;
      return rowPart + columnPart;
    }),
  );
}
