import type { Literal, WorkbookModel } from "../../workbook/sheet-model";
import type { WorkbookSnapshot } from "../../workbook/tables";
import type { PortResult, WorkbookPort } from "../../workbook/workbook-port";
import { addInputSheets } from "./add-input-sheets";
import { hostOutcome, officeSupports, type RunBatch, type SupportsApi } from "./host";
import { readRunLog, select, writeInputCells } from "./input-cells";
import { readTables } from "./read-tables";
import { writeOwnedSheets } from "./write-owned-sheets";

/**
 * The workbook port over Excel through Office.js. Each method is one `Excel.run` batch; see
 * the modules it delegates to for the requests each makes. Features of requirement sets past
 * what every supported Excel has are used only where `supports` says so, and what is skipped is
 * returned as warnings.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  constructor(
    private readonly run: RunBatch,
    private readonly supports: SupportsApi = officeSupports,
  ) {}

  readTables(): Promise<WorkbookSnapshot> {
    return this.run((context) => readTables(context));
  }

  addInputSheets(model: WorkbookModel): Promise<PortResult<{ readonly added: readonly string[]; readonly skipped: readonly string[]; readonly warnings: readonly string[] }>> {
    return hostOutcome("add the input sheets", () => this.run((context) => addInputSheets(context, model, this.supports)));
  }

  writeOwnedSheets(model: WorkbookModel): Promise<PortResult<{ readonly written: readonly string[]; readonly warnings: readonly string[] }>> {
    return hostOutcome("write the output sheets", () => this.run((context) => writeOwnedSheets(context, model, this.supports)));
  }

  writeInputCells(cells: readonly { readonly address: string; readonly value: Literal }[]): Promise<PortResult<{ readonly written: number }>> {
    return hostOutcome("write the settings", () => this.run((context) => writeInputCells(context, cells)));
  }

  readRunLog(): Promise<readonly (readonly Literal[])[]> {
    return this.run((context) => readRunLog(context));
  }

  select(address: string): Promise<PortResult<{ readonly selected: string }>> {
    return hostOutcome(`select ${address}`, () => this.run((context) => select(context, address)));
  }
}
