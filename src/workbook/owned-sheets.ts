/**
 * The names of the sheets the product owns (regenerated whole on each calculation). Kept in one
 * place so the writers, the reader (which must skip them) and cross-sheet links agree. Each is at
 * most 31 characters, Excel's limit. The user's input table "Funding" may sit on a sheet called
 * "Funding", so the owned funding sheet is "Funding summary".
 */
export const SUMMARY_SHEET = "Summary";
export const COSTING_SHEET = "Costing";
export const PHASING_SHEET = "Phasing";
export const FUNDING_SUMMARY_SHEET = "Funding summary";
export const ISSUES_SHEET = "Issues";
export const RATES_SHEET = "Rates";
export const RUN_LOG_SHEET = "Run log";

/** Every owned sheet, in the order they are written. */
export const OWNED_SHEET_NAMES: readonly string[] = [SUMMARY_SHEET, COSTING_SHEET, PHASING_SHEET, FUNDING_SUMMARY_SHEET, ISSUES_SHEET, RATES_SHEET, RUN_LOG_SHEET];

/** Whether a sheet name is one of the owned sheets (Excel compares sheet names ignoring case). */
export function isOwnedSheetName(name: string): boolean {
  const wanted = name.trim().toLowerCase();
  return OWNED_SHEET_NAMES.some((owned) => owned.toLowerCase() === wanted);
}
