import type { Cell, RichCell, SheetModel } from "../../workbook/sheet-model";

/** Excel's limits: characters in a cell, rows and columns in a sheet. */
const MAX_CELL_TEXT = 32767;
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/**
 * Why Excel could not take these sheets (a bad sheet or table name, a repeated name, a number
 * or text a cell cannot hold), or undefined. Checked before anything is written, so a model
 * problem never leaves a workbook half changed.
 */
export function checkModel(sheets: readonly SheetModel[]): string | undefined {
  const names = new Set<string>();
  const tables = new Set<string>();
  for (const sheet of sheets) {
    const nameProblem = sheetNameProblem(sheet.name);
    if (nameProblem !== undefined) return nameProblem;
    if (names.has(sheet.name.toLowerCase())) return `The sheet name "${sheet.name}" is used twice (Excel ignores case in sheet names).`;
    names.add(sheet.name.toLowerCase());
    if (sheet.rows.length > MAX_ROWS) return `${sheet.name}: ${sheet.rows.length} rows is more than Excel's ${MAX_ROWS}.`;
    for (const table of sheet.tables ?? []) {
      if (!validTableName(table.name)) return `${sheet.name}: "${table.name}" is not a valid Excel table name (letters, digits, _ and ., starting with a letter, and not a cell address).`;
      if (tables.has(table.name.toLowerCase())) return `The table name "${table.name}" is used twice; table names must be unique in a workbook.`;
      tables.add(table.name.toLowerCase());
    }
    for (let r = 0; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (cells.length > MAX_COLUMNS) return `${sheet.name} row ${r + 1}: ${cells.length} columns is more than Excel's ${MAX_COLUMNS}.`;
      for (let c = 0; c < cells.length; c++) {
        const problem = cellProblem(cells[c]);
        if (problem !== undefined) return `${sheet.name} row ${r + 1}, column ${c + 1}: ${problem}`;
      }
    }
  }
  return undefined;
}

function cellProblem(cell: Cell | undefined): string | undefined {
  const value = typeof cell === "object" && cell !== null ? (cell as RichCell).value : cell;
  if (typeof value === "number" && !Number.isFinite(value)) return `the number ${value} cannot be written to a workbook.`;
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) return `text of ${value.length} characters is more than Excel's ${MAX_CELL_TEXT} per cell.`;
  return undefined;
}

function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 31) return `The sheet name "${name}" must be 1 to 31 characters long.`;
  if (/[:\\/?*[\]]/.test(name)) return `The sheet name "${name}" cannot contain : \\ / ? * [ or ].`;
  if (name.startsWith("'") || name.endsWith("'")) return `The sheet name "${name}" cannot start or end with an apostrophe.`;
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel as a sheet name.`;
  return undefined;
}

function validTableName(name: string): boolean {
  const valid = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && name.length <= 255;
  const looksLikeCell = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return valid && !looksLikeCell;
}
