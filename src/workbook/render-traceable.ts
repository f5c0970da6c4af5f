import type { PlanResult } from "../engine/result";
import type { InputCells } from "./input-cells";
import { renderCostingSheet } from "./render-costing";
import { renderPhasingSheet } from "./render-phasing";
import { renderRatesSheet } from "./render-rates";
import type { SheetModel } from "./sheet-model";
import { TraceableLayout } from "./traceable-layout";

/**
 * The traceable figures: the Rates sheet (the reference data and settings used, with sources),
 * the Costing sheet (every line-year's components as live formulas over the input tables and
 * Rates) and the Phasing sheet (every month, as live formulas adding up to Costing's years).
 * Cached results are the engine's figures, so the workbook shows them before it recalculates.
 */
export function renderTraceableSheets(result: PlanResult, inputs: InputCells): SheetModel[] {
  const layout = new TraceableLayout(
    result.lines.map((line) => line.line.kind),
    result.years.length,
  );
  const { sheet: rates, refs } = renderRatesSheet(result, inputs);
  return [rates, renderCostingSheet(result, inputs, refs, layout), renderPhasingSheet(result, refs, layout)];
}
