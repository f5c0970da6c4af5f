import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";
import { findSoffice, recalculateWithLibreOffice } from "./support/libreoffice";

/**
 * What a newcomer runs: `resourcing example plan.xlsx && resourcing calculate plan.xlsx --out
 * result.xlsx`. LibreOffice recalculates result.xlsx and every formula of the owned sheets must
 * come out as the figure the engine wrote as its cached result.
 */
type Figure = number | string | boolean | undefined;

/** Every formula cell's result by "Sheet!A1" (ExcelJS reads a cached 0 as no result: taken as 0). */
async function formulaResults(data: Buffer, sheets: readonly string[]): Promise<Map<string, Figure>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const results = new Map<string, Figure>();
  for (const name of sheets) {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
          const result = value.result ?? 0;
          results.set(`${name}!${cell.address}`, result instanceof Date ? result.getTime() : (result as Figure));
        }
      }),
    );
  }
  return results;
}

const OWNED = ["Summary", "Issues", "Costing", "Phasing", "Funding summary", "Rates"];

describe("the CLI's result.xlsx recalculated by LibreOffice", () => {
  it("agrees with the figures the engine wrote, on every formula cell", async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error("LibreOffice (soffice) is not installed: the interop test needs it (see .ci/run)");
    const dir = mkdtempSync(join(tmpdir(), "resourcing-cli-interop-"));
    expect(runCli(["example", join(dir, "plan.xlsx")]).code).toBe(0);
    expect(runCli(["calculate", join(dir, "plan.xlsx"), "--out", join(dir, "result.xlsx")]).code).toBe(0);
    const written = readFileSync(join(dir, "result.xlsx"));
    const engine = await formulaResults(written, OWNED);
    const libreOffice = await formulaResults(recalculateWithLibreOffice(soffice, written, "result.xlsx"), OWNED);
    expect(engine.size).toBeGreaterThan(500);
    const disagreements = [...engine].filter(([address, figure]) => {
      const other = libreOffice.get(address);
      if (typeof figure === "number" && typeof other === "number") return Math.abs(figure - other) > 0.000_5;
      return String(figure) !== String(other);
    });
    expect(disagreements.slice(0, 10).map(([address, figure]) => `${address}: engine ${figure}, LibreOffice ${libreOffice.get(address)}`)).toEqual([]);
  });
});
