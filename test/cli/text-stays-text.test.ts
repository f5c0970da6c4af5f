import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeWorkbook } from "../../src/adapters/exceljs/write-workbook";
import { haveringExample } from "../../src/example/havering";
import { planWorkbook } from "../../src/workbook/input-sheets";
import { runCli } from "../support/run-cli";

/**
 * Titles a user (or a partner's workbook) may hold that a spreadsheet would read as a formula or
 * a number if written carelessly. Through `calculate --out` they must come out as the same text
 * on every owned sheet that shows them, and never as a formula.
 */
const DANGEROUS = ['=HYPERLINK("http://example.invalid","click")', "+44 20 7946 0000", "-1", "@SUM(A1)"];

describe("text from the workbook stays text in the owned sheets", () => {
  it("writes dangerous titles as text on Costing and Issues, never as formulas", async () => {
    const plan = haveringExample() as { posts: { title: string }[] };
    DANGEROUS.forEach((title, i) => {
      (plan.posts[i] as { title: string }).title = title;
    });
    const input = await writeWorkbook(planWorkbook(plan));
    if ("problem" in input) throw new Error(input.problem);
    const dir = mkdtempSync(join(tmpdir(), "resourcing-text-"));
    writeFileSync(join(dir, "plan.xlsx"), input.data);
    const run = runCli(["calculate", join(dir, "plan.xlsx"), "--out", join(dir, "result.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const data = readFileSync(join(dir, "result.xlsx"));

    // No formula anywhere in the package is made of the titles.
    const zip = await JSZip.loadAsync(data);
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
      const formulas = [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1] as string);
      expect(formulas.filter((f) => f.includes("HYPERLINK") || f.includes("SUM(A1)") || f.includes("7946"))).toEqual([]);
    }

    // Read back: each title is the same text on Costing, and no cell of Costing or Issues is a formula made of one.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const costingTitles: unknown[] = [];
    book.getWorksheet("Costing")?.getColumn(3).eachCell((cell) => costingTitles.push(cell.value));
    expect(costingTitles).toEqual(expect.arrayContaining(DANGEROUS));
    for (const sheetName of ["Costing", "Issues"]) {
      const formulas: string[] = [];
      book.getWorksheet(sheetName)?.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (value && typeof value === "object" && typeof value.formula === "string") formulas.push(value.formula);
        }),
      );
      // "-1" is checked above: read back it is the text "-1", not the number.
      expect(formulas.filter((f) => ["HYPERLINK", "7946", "SUM(A1)"].some((fragment) => f.includes(fragment)))).toEqual([]);
    }
  });
});
