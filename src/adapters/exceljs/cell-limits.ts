/** Excel's limits: characters in a cell, rows and columns in a sheet. */
export const MAX_CELL_TEXT = 32767;
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Why a literal cannot go in a cell, or undefined when it can. */
export function literalProblem(value: string | number | boolean): string | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return `the number ${value} cannot be written to a workbook.`;
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) return `text of ${value.length} characters is more than Excel's ${MAX_CELL_TEXT} per cell.`;
  return undefined;
}

/** Why a table's column names cannot be used, or undefined when they can. */
export function tableProblem(columns: readonly string[]): string | undefined {
  if (columns.length === 0) return "a table needs at least one column.";
  const seen = new Set<string>();
  for (const name of columns) {
    if (name.trim() === "") return "a table column needs a name.";
    const key = name.toLowerCase();
    if (seen.has(key)) return `the column "${name}" appears twice (Excel needs distinct column names).`;
    seen.add(key);
  }
  return undefined;
}

export function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}
