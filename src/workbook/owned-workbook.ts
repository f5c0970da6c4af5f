import type { PlanResult } from "../engine/result";
import type { InputError } from "../plan-format/input-error";
import type { InputCells } from "./input-cells";
import { renderFundingSheet } from "./render-funding";
import { renderIssuesSheet } from "./render-issues";
import { renderSummarySheet } from "./render-summary";
import { renderTraceableSheets } from "./render-traceable";
import type { WorkbookModel } from "./sheet-model";

/**
 * Every sheet the product owns, in the order a finance lead reads them: the summary and what
 * needs attention first, then the workings (costing, phasing, funding) and the rates used.
 */
export function renderOwnedWorkbook(result: PlanResult, inputs: InputCells): WorkbookModel {
  const [rates, costing, phasing] = renderTraceableSheets(result, inputs);
  const sheets = [renderSummarySheet(result), renderIssuesSheet(result, [], inputs), costing, phasing, renderFundingSheet(result, inputs), rates];
  return { sheets: sheets.filter((sheet) => sheet !== undefined) };
}

/** A workbook whose inputs have errors: only the Issues sheet, each error linked to its cell. */
export function renderErrorsWorkbook(errors: readonly InputError[], inputs: InputCells): WorkbookModel {
  return { sheets: [renderIssuesSheet(undefined, errors, inputs)] };
}
