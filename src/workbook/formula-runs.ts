import { a1ToR1C1 } from "./r1c1";
import type { Cell, FormulaFill, RichCell, SheetModel } from "./sheet-model";
import { isFormula } from "./sheet-model";

type Result = number | string | boolean;

/** What writing a run as a fill costs beyond one of its formulas, in characters: about two actions of a request to Excel. */
const FILL_OVERHEAD = 400;

/**
 * Finds, in each column between two rows, runs of formula cells that are the same formula moved
 * down (the same R1C1 text, number format and nothing else on the cell) and turns each run of at
 * least `shortest` cells (and long enough to be worth it) into a formula fill. The sheet looks the same cell for cell; it is only
 * written differently (one formula a run instead of one a cell). Cells with a note, link or
 * style, or no cached result, stay as they are.
 */
export function fillRuns(sheet: SheetModel, firstRow: number, endRow: number, shortest = 2): SheetModel {
  const rows: Cell[][] = sheet.rows.map((cells, r) => (r >= firstRow && r < endRow ? cells.slice() : (cells as Cell[])));
  const fills: FormulaFill[] = [...(sheet.fills ?? [])];
  const width = Math.max(0, ...rows.slice(firstRow, endRow).map((cells) => cells.length));
  for (let c = 0; c < width; c++) {
    let start = firstRow;
    let key: string | undefined;
    let results: Result[] = [];
    let format: string | undefined;
    const close = (end: number) => {
      // A fill costs a writer about a cell's formula plus FILL_OVERHEAD: a short run of short formulas stays cell by cell.
      if (key !== undefined && end - start >= shortest && (end - start - 1) * key.length >= FILL_OVERHEAD) {
        const run = results;
        const from = start;
        const formulaR1C1 = key.slice(0, key.indexOf("\u0000"));
        fills.push({ block: { row: from, column: c, rows: end - from, columns: 1 }, formulaR1C1, result: (row) => run[row - from] as Result, ...(format !== undefined ? { numberFormat: format } : {}) });
        for (let r = from; r < end; r++) (rows[r] as Cell[])[c] = null;
      }
      key = undefined;
      results = [];
    };
    for (let r = firstRow; r < endRow; r++) {
      const cell = rows[r]?.[c];
      const plain = plainFormula(cell);
      const cellKey = plain === undefined ? undefined : `${a1ToR1C1(plain.formula, r, c)}\u0000${plain.numberFormat ?? ""}`;
      if (cellKey === undefined || cellKey !== key) {
        close(r);
        if (cellKey === undefined || plain === undefined) continue;
        start = r;
        key = cellKey;
        format = plain.numberFormat;
      }
      results.push((plain as { result: Result }).result);
    }
    close(endRow);
  }
  return { ...sheet, rows, fills };
}

/** A formula cell with a cached result and nothing else that a fill could not carry. */
function plainFormula(cell: Cell | undefined): { formula: string; result: Result; numberFormat?: string } | undefined {
  if (cell === undefined || cell === null || !isFormula(cell)) return undefined;
  const rich = cell as RichCell;
  if (rich.note !== undefined || rich.link !== undefined || rich.style !== undefined) return undefined;
  const result = rich.result ?? (rich.value === null ? undefined : rich.value);
  if (result === undefined) return undefined;
  return { formula: rich.formula as string, result, ...(rich.numberFormat !== undefined ? { numberFormat: rich.numberFormat } : {}) };
}
