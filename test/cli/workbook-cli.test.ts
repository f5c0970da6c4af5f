import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MALFORMED_WORKBOOKS } from "../support/malformed-workbooks";
import { runCli } from "../support/run-cli";

const folder = () => mkdtempSync(join(tmpdir(), "resourcing-wb-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const STACK = /\n\s+at .+:\d+:\d+/;

async function sheetNames(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.map((sheet) => sheet.name);
}

describe("resourcing example / template", () => {
  it("writes the Havering example as a workbook that costs as the JSON example does", () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    const wrote = runCli(["example", plan]);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout).toContain(`Wrote ${plan}`);
    const fromWorkbook = runCli(["calculate", plan, "--json"]);
    expect(fromWorkbook.stderr).toBe("");
    expect(fromWorkbook.code).toBe(0);
    const fromJson = runCli(["demo", "--json"]);
    // The same plan read from its tables gives the same result, figure for figure.
    expect(JSON.parse(fromWorkbook.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it("prints the same summary from the workbook as the demo", () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    runCli(["example", plan]);
    const run = runCli(["calculate", plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Ask check 2021/22: stated £270,000.00, calculated £272,058.33, variance +£2,058.33 (+0.7623%), tolerance ±£13,500.00: WITHIN TOLERANCE",
    );
  });

  it("never replaces an existing file without --force", () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    writeFileSync(plan, "mine");
    const refused = runCli(["example", plan]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("already exists");
    expect(readFileSync(plan, "utf8")).toBe("mine");
    expect(runCli(["template", plan, "--force"]).code).toBe(0);
    expect(readFileSync(plan).subarray(0, 2).toString()).toBe("PK");
  });

  it("writes a template whose empty Plan table asks for the start year, naming the cell", async () => {
    const dir = folder();
    const template = join(dir, "template.xlsx");
    expect(runCli(["template", template]).code).toBe(0);
    expect(await sheetNames(template)).toEqual(expect.arrayContaining(["Plan", "Employers", "Posts", "GPBackfill", "NonPay", "Funding", "Allocations", "PayScales", "Guidance"]));
    const run = runCli(["calculate", template]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Plan!B\d+: Start year is required/);
    expect(run.stderr).not.toMatch(STACK);
  });

  it("refuses an output name that is not a workbook", () => {
    const run = runCli(["template", join(folder(), "plan.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ending .xlsx");
  });
});

describe("resourcing calculate <workbook> --out", () => {
  it("writes a new file with the user's sheets and the owned sheets, leaving the input untouched", async () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    const result = join(dir, "result.xlsx");
    runCli(["example", plan]);
    const before = sha(plan);
    const run = runCli(["calculate", plan, "--out", result]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${result}`);
    expect(sha(plan)).toBe(before);
    const inputs = await sheetNames(plan);
    const names = await sheetNames(result);
    // The user's sheets first, as they were, then the product's.
    expect(names.slice(0, inputs.length)).toEqual(inputs);
    expect(names).toEqual(expect.arrayContaining(["Summary", "Issues", "Costing", "Phasing", "Funding summary", "Rates"]));
  });

  it("gives the same file when the owned sheets are written again, over its own output", () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    const first = join(dir, "first.xlsx");
    runCli(["example", plan]);
    expect(runCli(["calculate", plan, "--out", first]).code).toBe(0);
    const once = sha(first);
    expect(runCli(["calculate", plan, "--out", first]).code).toBe(1); // no silent overwrite
    expect(runCli(["calculate", plan, "--out", first, "--force"]).code).toBe(0);
    expect(sha(first)).toBe(once);
    // Calculating the output again replaces its owned sheets and keeps the same contents.
    const second = join(dir, "second.xlsx");
    expect(runCli(["calculate", first, "--out", second]).code).toBe(0);
    expect(sha(second)).toBe(once);
  });

  it("refuses to write over the input workbook", () => {
    const dir = folder();
    const plan = join(dir, "plan.xlsx");
    runCli(["example", plan]);
    const before = sha(plan);
    const run = runCli(["calculate", plan, "--out", plan, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("never changed");
    expect(sha(plan)).toBe(before);
  });

  it("writes only the Issues sheet, linked to the cells at fault, when the inputs have errors", async () => {
    const dir = folder();
    const bad = join(dir, "bad.xlsx");
    const broken = MALFORMED_WORKBOOKS.find((c) => c.name === "FTE as words");
    if (!broken) throw new Error("the malformed workbook list has no FTE case");
    writeFileSync(bad, await broken.build());
    const out = join(dir, "issues.xlsx");
    const run = runCli(["calculate", bad, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${broken.cell}: ${broken.message}`);
    const names = await sheetNames(out);
    expect(names).toContain("Issues");
    expect(names).not.toContain("Costing");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const issues = book.getWorksheet("Issues");
    const texts: string[] = [];
    issues?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text))));
    expect(texts.join("\n")).toContain(broken.message);
    expect(texts).toContain(broken.cell);
  });
});

describe("malformed workbooks through the CLI", () => {
  it.each(MALFORMED_WORKBOOKS.map((c) => [c.name, c] as const))("%s: exit 1, the cell named, no stack trace", async (_, malformed) => {
    const dir = folder();
    const file = join(dir, "plan.xlsx");
    writeFileSync(file, await malformed.build());
    const run = runCli(["calculate", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(malformed.message);
    if (malformed.cell) expect(run.stderr).toContain(`${malformed.cell}: `);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toContain("unexpected failure");
    expect(existsSync(join(dir, "result.xlsx"))).toBe(false);
  });

  it("says a missing workbook is missing", () => {
    const run = runCli(["calculate", join(folder(), "nowhere.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no such file");
  });
});
