import { writeWorkbook } from "../../../src/adapters/exceljs/write-workbook";
import { readWorkbookBuffer } from "../../../src/adapters/exceljs/read-workbook";
import { costPlan } from "../../../src/engine/cost-plan";
import type { PlanResult } from "../../../src/engine/result";
import { planWorkbook } from "../../../src/workbook/input-sheets";
import { readPlan } from "../../../src/workbook/read-plan";
import { renderOwnedWorkbook } from "../../../src/workbook/owned-workbook";
import type { Cell, RichCell, SheetModel } from "../../../src/workbook/sheet-model";
import { COSTING_HEADER_ROW, PHASING_YEAR_TOTAL_COLUMN, costingColumn } from "../../../src/workbook/traceable-layout";

/** A planning workbook with the owned sheets added (Summary, Issues, Costing, Phasing, Funding summary, Rates), and what went into it. */
export interface TraceableWorkbook {
  /** The .xlsx bytes: the input tables, then every owned sheet, as `resourcing calculate --out` writes them. */
  readonly data: Buffer;
  /** The owned sheets as rendered (their formulas' cached results are the engine's figures). */
  readonly sheets: readonly SheetModel[];
  readonly result: PlanResult;
  /** The one formula cell written with a deliberately wrong cached result, to prove a recalculation happened. */
  readonly tampered: Tampered;
  /** The same on a cell of a formula fill (written as a shared formula), to prove those cells were recalculated too. */
  readonly tamperedFill: Tampered;
}

interface Tampered {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly wrong: number;
  readonly right: number;
}

const WRONG = 987_654.32;

/**
 * Goes the way a user's workbook goes: the plan as filled input tables, written to xlsx, read
 * back (snapshot, then plan and input cells), costed, the owned sheets rendered over those
 * cells and written into the same workbook.
 */
export async function traceableWorkbook(planJson: unknown): Promise<TraceableWorkbook> {
  const input = await writeWorkbook(planWorkbook(planJson));
  if ("problem" in input) throw new Error(`writing the input workbook: ${input.problem}`);
  const read = await readWorkbookBuffer(input.data);
  if ("problem" in read) throw new Error(`reading the input workbook: ${read.problem}`);
  const workbookPlan = readPlan(read.snapshot);
  if (!workbookPlan.plan) throw new Error(`the input workbook has errors: ${JSON.stringify(workbookPlan.errors.slice(0, 5))}`);
  const result = costPlan(workbookPlan.plan);
  const sheets = renderOwnedWorkbook(result, workbookPlan.inputs).sheets;
  const [withWrongCell, tampered] = withWrongCache(sheets);
  const [written, tamperedFill] = withWrongFillCache(withWrongCell);
  const output = await writeWorkbook({ sheets: written }, input.data);
  if ("problem" in output) throw new Error(`writing the traceable sheets: ${output.problem}`);
  return { data: output.data, sheets, result, tampered, tamperedFill };
}

/** A copy of the sheets with the first non-zero Costing total's cached result replaced by a wrong figure. */
function withWrongCache(sheets: readonly SheetModel[]): [SheetModel[], TraceableWorkbook["tampered"]] {
  const costing = sheets.find((sheet) => sheet.name === "Costing");
  if (!costing) throw new Error("no Costing sheet");
  const column = costingColumn("total");
  for (let row = COSTING_HEADER_ROW + 1; row < costing.rows.length; row++) {
    const cells = costing.rows[row] as readonly Cell[];
    const total = cells[column] as RichCell | undefined;
    if (typeof total?.result !== "number" || total.result === 0) continue;
    const tamperedRow = cells.map((cell, c) => (c === column ? { ...(cell as RichCell), result: WRONG } : cell));
    const rows = costing.rows.map((r, i) => (i === row ? tamperedRow : r));
    return [sheets.map((sheet) => (sheet === costing ? { ...costing, rows } : sheet)), { sheet: costing.name, row, column, wrong: WRONG, right: total.result }];
  }
  throw new Error("no non-zero formula cell on Costing to tamper with");
}

/** A copy of the sheets with one Phasing year total (a formula fill's cell, not its first) given a wrong cached result. */
function withWrongFillCache(sheets: readonly SheetModel[]): [SheetModel[], Tampered] {
  const phasing = sheets.find((sheet) => sheet.name === "Phasing");
  const fill = phasing?.fills?.find((f) => f.block.column === PHASING_YEAR_TOTAL_COLUMN && f.block.rows > 1);
  if (!phasing || !fill) throw new Error("no Phasing year-total fill of more than one row");
  const column = fill.block.column;
  for (let row = fill.block.row + 1; row < fill.block.row + fill.block.rows; row++) {
    const right = fill.result(row, column);
    if (typeof right !== "number" || right === 0) continue;
    const wrongFill = { ...fill, result: (r: number, c: number) => (r === row && c === column ? WRONG : fill.result(r, c)) };
    const fills = (phasing.fills ?? []).map((f) => (f === fill ? wrongFill : f));
    return [sheets.map((sheet) => (sheet === phasing ? { ...phasing, fills } : sheet)), { sheet: phasing.name, row, column, wrong: WRONG, right }];
  }
  throw new Error("no non-zero Phasing year total to tamper with");
}
