import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../workbook/tables";
import { blockAddress, localAddress, parseRange } from "./addresses";

/** Excel on the web refuses a response over 5 MB; chunks of a table read in pieces stay under this estimate. */
const RESPONSE_BYTES = 3_500_000;
/** Bytes a cell takes in a response, value and type: about 16 measured on a generated 10,000-line plan (2.9 MB); taken high. */
const CELL_BYTES = 24;

/**
 * Reads every table of the open workbook with every sheet's name, in two requests whatever the
 * number of tables: the first lists the sheets and tables, the second fetches each table's whole
 * range (values and their types), its sheet, its header and totals flags and its column names.
 * A workbook whose tables are too big for one response (Excel on the web: 5 MB, about 17,000
 * lines) is read again in pieces of rows (readInPieces).
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
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded") throw error;
    return { sheets: worksheets.items.map((worksheet) => worksheet.name), tables: await readInPieces(context, tables.items) };
  }
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

/**
 * The tables read in pieces: one request for their shapes, then blocks of rows of about
 * RESPONSE_BYTES each, as many to a request as fit. Only for tables too big for one response.
 */
async function readInPieces(context: Excel.RequestContext, tables: readonly Excel.Table[]): Promise<TableSnapshot[]> {
  const shapes = tables.map((table) => ({
    table: table.load("name, showHeaders, showTotals"),
    sheet: table.worksheet.load("name"),
    range: table.getRange().load("address"),
    columns: table.columns.load("items/name"),
  }));
  await context.sync();
  const pieces = shapes.map(({ sheet, range }) => {
    const bounds = parseRange(localAddress(range.address));
    if (bounds === undefined) throw new Error(`readTables(): Excel gave a table the address ${range.address}`);
    const rowCount = bounds.bottom - bounds.top + 1;
    const columnCount = bounds.right - bounds.left + 1;
    const rowsPerPiece = Math.max(1, Math.floor(RESPONSE_BYTES / (CELL_BYTES * columnCount)));
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    const loads: { values: Excel.Range }[] = [];
    for (let first = 0; first < rowCount; first += rowsPerPiece) {
      loads.push({ values: worksheet.getRange(blockAddress(bounds.top - 1 + first, bounds.left - 1, Math.min(rowsPerPiece, rowCount - first), columnCount)) });
    }
    return loads;
  });
  // Each piece is about a response's worth: a request each, as many as the tables' size needs.
  for (const piece of pieces.flat()) {
    piece.values.load("values, valueTypes");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per response-sized piece is the point
    await context.sync();
  }
  return shapes.map(({ table, sheet, range, columns }, t) => {
    const loads = pieces[t] ?? [];
    return tableSnapshot({
      name: table.name,
      sheet: sheet.name,
      address: range.address,
      values: loads.flatMap((piece) => piece.values.values),
      valueTypes: loads.flatMap((piece) => piece.values.valueTypes),
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      columnNames: columns.items.map((column) => column.name),
    });
  });
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
