import type { InputErrorCode } from "../plan-format/input-error";
import { ColumnContract, TableContract, TABLES, columnKeys, matchKey } from "./contract";
import { CellValue, TableSnapshot, WorkbookSnapshot, cellAddress } from "./tables";

/** A cell of the workbook, with what it takes to sort errors in sheet, row, column order. */
export interface Position {
  readonly sheetIndex: number;
  readonly row: number;
  readonly column: number;
  readonly address: string;
}

/** A problem the reader finds itself, before the plan-format parser sees the plan. */
export interface ReaderProblem {
  readonly code: InputErrorCode;
  /** The plan-format path the problem stands for (its own, and anything under it, is not reported again by the parser). */
  readonly path: string;
  readonly at?: Position;
  readonly message: string;
}

/** One contract table found in the workbook, its columns resolved. */
export interface LocatedTable {
  readonly contract: TableContract;
  readonly snapshot: TableSnapshot;
  /** Contract column → index in the snapshot's rows. */
  readonly columns: ReadonlyMap<ColumnContract, number>;
  /** Required columns the table lacks. */
  readonly missing: readonly ColumnContract[];
  /** Data rows that are not blank, with their 0-based index among the table's data rows. */
  readonly rows: readonly { readonly cells: readonly CellValue[]; readonly index: number }[];
  position(rowIndex: number | "header", columnIndex: number): Position;
}

const TABLE_PATHS: Record<TableContract["name"], string> = {
  Plan: "settings",
  Employers: "employers",
  Posts: "posts",
  GPBackfill: "gpBackfill",
  NonPay: "nonPay",
  Funding: "funding",
  Allocations: "allocations",
  PayScales: "payScales",
};

/**
 * Finds each contract table (by name, ignoring case, spaces and punctuation), matches its header
 * row to the contract's columns, and reports missing tables, missing or duplicated columns.
 */
export function locateTables(snapshot: WorkbookSnapshot, problems: ReaderProblem[]): Map<TableContract["name"], LocatedTable> {
  const located = new Map<TableContract["name"], LocatedTable>();
  const sheetIndex = (sheet: string) => {
    const index = snapshot.sheets.indexOf(sheet);
    return index < 0 ? snapshot.sheets.length : index;
  };
  for (const contract of TABLES) {
    const found = snapshot.tables.filter((table) => matchKey(table.name) === matchKey(contract.name));
    if (found.length === 0) {
      if (contract.required) {
        problems.push({
          code: "MISSING_FIELD",
          path: TABLE_PATHS[contract.name],
          message: `The workbook has no table named ${contract.name}; add an Excel table named ${contract.name} (Table Design > Table Name) with the columns ${contract.columns
            .filter((c) => c.required)
            .map((c) => c.header)
            .join(", ")}`,
        });
      }
      continue;
    }
    const table = found[0] as TableSnapshot;
    const position = (rowIndex: number | "header", columnIndex: number): Position => {
      const row = rowIndex === "header" ? table.headerRow : table.headerRow + 1 + rowIndex;
      const column = table.firstColumn + columnIndex;
      return { sheetIndex: sheetIndex(table.sheet), row, column, address: cellAddress(table.sheet, row, column) };
    };
    for (const other of found.slice(1)) {
      const at = { sheetIndex: sheetIndex(other.sheet), row: other.headerRow, column: other.firstColumn, address: cellAddress(other.sheet, other.headerRow, other.firstColumn) };
      problems.push({ code: "DUPLICATE_ID", path: TABLE_PATHS[contract.name], at, message: `A second table named ${contract.name} (the first is on ${table.sheet}); rename or delete one of them` });
    }
    const columns = new Map<ColumnContract, number>();
    table.headers.forEach((header, index) => {
      const key = matchKey(headerText(header));
      const column = key === "" ? undefined : contract.columns.find((c) => columnKeys(c).includes(key));
      if (!column) return;
      const first = columns.get(column);
      if (first !== undefined) {
        problems.push({
          code: "DUPLICATE_ID",
          path: TABLE_PATHS[contract.name],
          at: position("header", index),
          message: `The ${contract.name} table has two ${column.header} columns (the other is ${position("header", first).address}); delete or rename one`,
        });
        return;
      }
      columns.set(column, index);
    });
    const missing = contract.columns.filter((c) => c.required && !columns.has(c));
    if (missing.length > 0) {
      problems.push({
        code: "MISSING_FIELD",
        path: TABLE_PATHS[contract.name],
        at: position("header", 0),
        message: `The ${contract.name} table has no ${missing.map((c) => c.header).join(", ")} column${missing.length > 1 ? "s" : ""}; add ${missing.length > 1 ? "them" : "it"} to the header row (headers are matched ignoring case and spaces)`,
      });
    }
    const rows = table.rows.flatMap((cells, index) => (cells.every(isBlankValue) ? [] : [{ cells, index }]));
    located.set(contract.name, { contract, snapshot: table, columns, missing, rows, position });
  }
  return located;
}

function headerText(header: CellValue): string {
  if (header === null || header instanceof Date) return "";
  if (typeof header === "object") return "";
  return String(header);
}

function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
