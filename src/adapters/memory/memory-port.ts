import { expandFills } from "../../workbook/expand-fills";
import { isOwnedSheetName, RUN_LOG_SHEET } from "../../workbook/owned-sheets";
import type { Cell, Literal, RichCell, SheetModel, WorkbookModel } from "../../workbook/sheet-model";
import { type CellValue, type TableSnapshot, type WorkbookSnapshot } from "../../workbook/tables";
import type { PortResult, WorkbookPort } from "../../workbook/workbook-port";
import { parseRange, splitReference } from "../office/addresses";

/** A cell as the in-memory workbook holds it: what it shows, and its formula if it has one. */
export interface MemoryCell {
  readonly value: Literal;
  readonly formula?: string;
}

interface MemorySheet {
  name: string;
  owned: boolean;
  /** 0-based rows of cells. */
  rows: (MemoryCell | undefined)[][];
}

interface MemoryTable {
  name: string;
  sheet: MemorySheet;
  /** 0-based header cell. */
  row: number;
  column: number;
  width: number;
  /** Data rows (at least one, as in Excel). */
  rowCount: number;
  columns: readonly string[];
}

/**
 * The workbook port over a workbook held in memory: sheets of cells (values, and formulas with
 * the value the model computed), tables, an owned flag per sheet and a selection. It backs the
 * task pane's preview in a plain browser and UI tests, so it behaves as Excel would for the
 * planner: it refuses to replace a user's sheet, skips existing input sheets, and reads tables
 * as Excel gives them (blank cells as null).
 */
export class MemoryWorkbookPort implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];
  private readonly tables: MemoryTable[] = [];
  private selected: string | undefined;
  private readonly listeners = new Set<(address: string | undefined) => void>();

  /** A workbook of the model's sheets (the example's input sheets, say), each owned as the model says. */
  constructor(model: WorkbookModel = { sheets: [] }) {
    for (const sheet of model.sheets) this.addSheet(sheet);
  }

  /** The selected range ("Posts!F7"), if anything was selected. */
  selection(): string | undefined {
    return this.selected;
  }

  /** Calls `listener` with each new selection; returns a function that stops it. */
  onSelect(listener: (address: string | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every sheet's name, in workbook order. */
  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** Whether a sheet is owned (undefined when there is no such sheet). */
  isOwned(sheet: string): boolean | undefined {
    return this.find(sheet)?.owned;
  }

  /** A cell ("Posts!F7"), undefined when empty or not there. */
  cell(address: string): MemoryCell | undefined {
    const split = splitReference(address);
    const bounds = split === undefined ? undefined : parseRange(split.range);
    if (split === undefined || bounds === undefined) return undefined;
    return this.find(split.sheet)?.rows[bounds.top - 1]?.[bounds.left - 1];
  }

  async readTables(): Promise<WorkbookSnapshot> {
    return { tables: this.tables.map((table) => snapshotOf(table)), sheets: this.sheetNames() };
  }

  async addInputSheets(model: WorkbookModel): Promise<PortResult<{ readonly added: readonly string[]; readonly skipped: readonly string[] }>> {
    const added: string[] = [];
    const skipped: string[] = [];
    for (const sheet of model.sheets) {
      const taken = this.find(sheet.name) !== undefined || (sheet.tables ?? []).some((table) => this.findTable(table.name) !== undefined);
      if (taken) skipped.push(sheet.name);
      else {
        this.addSheet({ ...sheet, owned: false });
        added.push(sheet.name);
      }
    }
    return { ok: true, added, skipped };
  }

  async writeOwnedSheets(model: WorkbookModel): Promise<PortResult<{ readonly written: readonly string[] }>> {
    const sheets = model.sheets.filter((sheet) => sheet.owned);
    for (const sheet of sheets) {
      const existing = this.find(sheet.name);
      if (existing !== undefined && !existing.owned) {
        return { ok: false, problem: `The workbook already has a sheet named "${existing.name}" that Resourcing Planner did not write; rename or delete it so the "${sheet.name}" output sheet can be written. Nothing has been changed.` };
      }
    }
    const replaced = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
    for (const sheet of sheets) {
      for (const table of sheet.tables ?? []) {
        const other = this.findTable(table.name);
        if (other !== undefined && !replaced.has(other.sheet.name.toLowerCase())) {
          return { ok: false, problem: `The table name "${table.name}" on the ${sheet.name} output sheet is already used by a table on ${other.sheet.name}. Nothing has been changed.` };
        }
      }
    }
    for (const sheet of sheets) this.removeSheet(sheet.name);
    for (const sheet of sheets) this.addSheet(sheet);
    return { ok: true, written: sheets.map((sheet) => sheet.name) };
  }

  async writeInputCells(cells: readonly { readonly address: string; readonly value: Literal }[]): Promise<PortResult<{ readonly written: number }>> {
    const targets: { sheet: MemorySheet; row: number; column: number; value: Literal }[] = [];
    for (const cell of cells) {
      const split = splitReference(cell.address);
      const bounds = split === undefined ? undefined : parseRange(split.range);
      if (split === undefined || bounds === undefined || bounds.top !== bounds.bottom || bounds.left !== bounds.right) {
        return { ok: false, problem: `"${cell.address}" is not one cell of a sheet (such as Plan!B4); nothing was written.` };
      }
      const sheet = this.find(split.sheet);
      if (sheet === undefined) return { ok: false, problem: `The workbook has no sheet named "${split.sheet}"; nothing was written.` };
      if (sheet.owned || isOwnedSheetName(sheet.name)) return { ok: false, problem: `${cell.address} is on an output sheet, which is regenerated on each calculation; nothing was written.` };
      targets.push({ sheet, row: bounds.top - 1, column: bounds.left - 1, value: cell.value });
    }
    for (const { sheet, row, column, value } of targets) {
      const cells = (sheet.rows[row] ??= []);
      cells[column] = { value: value === "" ? null : value };
    }
    return { ok: true, written: targets.length };
  }

  async readRunLog(): Promise<readonly (readonly Literal[])[]> {
    const sheet = this.find(RUN_LOG_SHEET);
    if (sheet === undefined) return [];
    const width = Math.max(0, ...sheet.rows.map((row) => row?.length ?? 0));
    return sheet.rows.slice(1).map((row) => Array.from({ length: width }, (_, c) => row?.[c]?.value ?? null));
  }

  async select(address: string): Promise<PortResult<{ readonly selected: string }>> {
    const split = splitReference(address);
    if (split === undefined) return { ok: false, problem: `"${address}" is not a cell or range of a sheet (such as Posts!F7).` };
    if (this.find(split.sheet) === undefined) return { ok: false, problem: `The workbook has no sheet named "${split.sheet}" (it may have been renamed or deleted); calculate again to refresh the links.` };
    this.selected = address;
    for (const listener of this.listeners) listener(address);
    return { ok: true, selected: address };
  }

  private find(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key);
  }

  private findTable(name: string): MemoryTable | undefined {
    const key = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === key);
  }

  private removeSheet(name: string): void {
    const sheet = this.find(name);
    if (sheet === undefined) return;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
  }

  private addSheet(fillsToExpand: SheetModel): void {
    // The in-memory workbook holds every cell, formula fills written out.
    const model = expandFills(fillsToExpand);
    const sheet: MemorySheet = { name: model.name, owned: model.owned, rows: model.rows.map((cells) => cells.map(memoryCell)) };
    this.sheets.push(sheet);
    for (const table of model.tables ?? []) {
      // The header cells hold the table's column names, as Excel requires.
      const header = (sheet.rows[table.row] ??= []);
      table.columns.forEach((name, i) => (header[table.column + i] = { value: name }));
      this.tables.push({ name: table.name, sheet, row: table.row, column: table.column, width: table.columns.length, rowCount: Math.max(table.rowCount, 1), columns: table.columns });
    }
  }
}

/** What a model cell shows: its literal, or a formula's computed value. */
function memoryCell(cell: Cell): MemoryCell | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell !== "object") return { value: cell };
  const rich = cell as RichCell;
  if (typeof rich.formula === "string") return { value: rich.result ?? (rich.value as Literal | undefined) ?? null, formula: rich.formula };
  return rich.value === undefined || rich.value === null ? undefined : { value: rich.value };
}

function snapshotOf(table: MemoryTable): TableSnapshot {
  const row = (r: number): CellValue[] =>
    Array.from({ length: table.width }, (_, c) => {
      const value = table.sheet.rows[r]?.[table.column + c]?.value;
      return value === undefined || value === null || value === "" ? null : value;
    });
  return {
    name: table.name,
    sheet: table.sheet.name,
    headerRow: table.row + 1,
    firstColumn: table.column + 1,
    headers: row(table.row).map((value, c) => value ?? table.columns[c] ?? null),
    rows: Array.from({ length: table.rowCount }, (_, i) => row(table.row + 1 + i)),
  };
}

