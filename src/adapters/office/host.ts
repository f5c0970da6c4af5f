/**
 * How the Office adapter reaches Excel: a function that runs one batch against a request
 * context (`(batch) => Excel.run(batch)` in the add-in, a fake in tests), and whether the host
 * supports an ExcelApi requirement set.
 */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Whether the host supports ExcelApi `version` ("1.18"). */
export type SupportsApi = (version: string) => boolean;

/**
 * Office's own answer when Office.js is loaded; without it (a unit test, a plain browser) only
 * the sets every supported Excel has (up to 1.8) are assumed.
 */
export const officeSupports: SupportsApi = (version) => {
  if (typeof Office === "undefined" || Office.context?.requirements === undefined) return Number(version.split(".")[1] ?? "0") <= 8;
  return Office.context.requirements.isSetSupported("ExcelApi", version);
};

/** Runs `work`, turning a failure Excel reports (an error with a code) into a plain problem; anything else is a bug and is rethrown. */
export async function hostOutcome<T>(what: string, work: () => Promise<T>): Promise<T | { readonly ok: false; readonly problem: string }> {
  try {
    return await work();
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (typeof code !== "string") throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `Excel could not ${what} (${code}: ${message}). Nothing else was changed after this point; try again, and if it keeps failing save the workbook and reopen it.` };
  }
}
