import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../workbook/tables";
import { localAddress, parseRange } from "./addresses";

/**
 * Reads every table of the open workbook with every sheet's name, in two requests whatever
 * the number of tables or rows: the first lists the sheets and tables, the second fetches each
 * table's whole range (values and their types), its sheet, its header and totals flags and
 * its column names.
 */
export async function readTables(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const loaded = tables.items.map((table) => ({
    table: table.load("name, showHeaders, showTotals"),
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address, values, valueTypes"),
    columns: table.columns.load("items/name"),
  }));
  await context.sync();
  return {
    sheets: worksheets.items.map((worksheet) => worksheet.name),
    tables: loaded.map(({ table, sheet, range, columns }) =>
      tableSnapshot({
        name: table.name,
        sheet: sheet.name,
        address: range.address,
        values: range.values,
        valueTypes: range.valueTypes,
        showHeaders: table.showHeaders,
        showTotals: table.showTotals,
        columnNames: columns.items.map((column) => column.name),
      }),
    ),
  };
}

/** A table as Office.js gives it, after loading. */
export interface LoadedTable {
  readonly name: string;
  readonly sheet: string;
  /** The whole table's address, header and totals included ("Posts!A1:Q40"). */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly columnNames: readonly string[];
}

/** A loaded table as the reader's snapshot: headers (a blank header cell takes the column's name), data rows, and where the header row stands. */
export function tableSnapshot(table: LoadedTable): TableSnapshot {
  const bounds = parseRange(localAddress(table.address));
  const top = bounds?.top ?? 1;
  const firstColumn = bounds?.left ?? 1;
  const cells = table.values.map((row, r) => row.map((value, c) => cellValue(value, table.valueTypes[r]?.[c])));
  const headerCells = table.showHeaders ? (cells[0] ?? []) : [];
  const headers = table.columnNames.map((name, c) => {
    const cell = headerCells[c];
    return cell === undefined || cell === null || cell === "" ? name : cell;
  });
  const rows = cells.slice(table.showHeaders ? 1 : 0, table.showTotals ? -1 : undefined);
  return { name: table.name, sheet: table.sheet, headerRow: table.showHeaders ? top : top - 1, firstColumn, headers, rows };
}

/**
 * A value as Office.js gives it → the snapshot's CellValue: an empty cell is "" (→ null), an
 * error is its text ("#N/A", told apart from typed text by its value type), a date a serial number.
 */
export function cellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
