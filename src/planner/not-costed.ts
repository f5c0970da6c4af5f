import { COSTING_SHEET, FUNDING_SUMMARY_SHEET, PHASING_SHEET, RATES_SHEET, SUMMARY_SHEET } from "../workbook/owned-sheets";
import { ISSUES_SHEET } from "../workbook/owned-sheets";
import { OWNED_TAB_COLOR, type SheetModel } from "../workbook/sheet-model";

/**
 * When the inputs have errors nothing is costed, and the figures of the last run would mislead:
 * each owned figures sheet is replaced by a short note pointing at the Issues sheet.
 */
export function notCostedSheets(errorCount: number): SheetModel[] {
  const what = `${errorCount} input error${errorCount === 1 ? "" : "s"}`;
  return [SUMMARY_SHEET, COSTING_SHEET, PHASING_SHEET, FUNDING_SUMMARY_SHEET, RATES_SHEET].map((name) => ({
    name,
    owned: true,
    rows: [
      [{ value: `${name}: not costed`, style: "title" }],
      [{ value: `The plan has ${what}, so nothing was costed. Fix them (the ${ISSUES_SHEET} sheet links to each cell) and calculate again.`, style: "note" }],
      [{ value: `Go to ${ISSUES_SHEET}`, link: { cell: `${ISSUES_SHEET}!A1` } }],
    ],
    columns: [{ width: 100 }],
    tabColor: OWNED_TAB_COLOR,
  }));
}
