import type { Literal, WorkbookModel } from "./sheet-model";
import type { WorkbookSnapshot } from "./tables";

/**
 * What the planner needs from a workbook host: Excel through Office.js in the add-in, or an
 * in-memory workbook for the preview and tests. Each method is one round trip's worth of work;
 * an adapter may batch inside it however the host needs, but must never change a sheet the
 * product does not own, except the input cells `writeInputCells` names.
 */
export interface WorkbookPort {
  /** Every input table, with every sheet's name, read in one batch. */
  readTables(): Promise<WorkbookSnapshot>;
  /**
   * Adds the model's (input) sheets that the workbook does not have yet, with their tables,
   * formats and dropdowns. A sheet that already exists is left exactly as it is and reported
   * as skipped; so is a sheet whose table name is already used elsewhere.
   */
  addInputSheets(model: WorkbookModel): Promise<PortResult<{ readonly added: readonly string[]; readonly skipped: readonly string[] }>>;
  /**
   * Replaces every owned sheet of the model whole (deleting the previous owned sheet of that name
   * first), in the model's order after the user's sheets. Refuses, changing nothing, when a
   * user's sheet (one without the owned marker) has the name of a model sheet.
   */
  writeOwnedSheets(model: WorkbookModel): Promise<PortResult<{ readonly written: readonly string[] }>>;
  /** Writes values into input cells ("Plan!B4"): the Settings panel's changes. */
  writeInputCells(cells: readonly { readonly address: string; readonly value: Literal }[]): Promise<PortResult<{ readonly written: number }>>;
  /** The rows of the owned run log sheet (header excluded), oldest first; empty when there is none. */
  readRunLog(): Promise<readonly (readonly Literal[])[]>;
  /** Selects a cell or range ("Posts!F7") and brings it into view. */
  select(address: string): Promise<PortResult<{ readonly selected: string }>>;
}

/** An adapter's outcome: what it did, or a problem in plain words (never an exception for bad input). */
export type PortResult<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly problem: string };
