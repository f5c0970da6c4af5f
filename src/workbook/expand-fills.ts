import { r1c1ToA1 } from "./r1c1";
import type { Cell, SheetModel } from "./sheet-model";

/**
 * A sheet with its formula fills written out cell by cell (A1 formulas with their cached
 * results), for a consumer that needs every cell in `rows`: the in-memory workbook of the preview,
 * and tests. The file and Excel adapters write fills whole instead.
 */
export function expandFills(sheet: SheetModel): SheetModel {
  const fills = sheet.fills ?? [];
  if (fills.length === 0) return sheet;
  const rows: Cell[][] = sheet.rows.map((cells) => cells.slice());
  // Row by row, so a fill whose results are worked out a row at a time (Phasing) works each row out once.
  const end = Math.max(0, ...fills.map(({ block }) => block.row + block.rows));
  for (let r = 0; r < end; r++) {
    for (const fill of fills) {
      const { block } = fill;
      if (r < block.row || r >= block.row + block.rows) continue;
      const cells = (rows[r] ??= []);
      for (let c = block.column; c < block.column + block.columns; c++) {
        while (cells.length < c) cells.push(null);
        const formula = r1c1ToA1(fill.formulaR1C1, r, c);
        const result = fill.result(r, c);
        cells[c] = fill.numberFormat === undefined ? { formula, result } : { formula, result, numberFormat: fill.numberFormat };
      }
    }
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { ...sheet, rows, fills: [] };
}
