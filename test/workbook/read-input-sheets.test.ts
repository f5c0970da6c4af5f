import { haveringExample } from "../../src/example/havering";
import { AFC_BANDS } from "../../src/reference";
import { planWorkbook, templateWorkbook } from "../../src/workbook/input-sheets";
import { DATE_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, type SheetModel } from "../../src/workbook/sheet-model";
import { aPlan, aPost } from "../support/builders";

const sheet = (sheets: readonly SheetModel[], name: string) => sheets.find((s) => s.name === name) as SheetModel;

describe("templateWorkbook", () => {
  const { sheets } = templateWorkbook();

  it("has one user sheet per input table and a guidance sheet", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Plan", "Employers", "Posts", "GPBackfill", "NonPay", "Funding", "Allocations", "PayScales", "Guidance"]);
    expect(sheets.every((s) => !s.owned)).toBe(true);
    expect(sheet(sheets, "Posts").tables?.[0]).toMatchObject({ name: "Posts", row: 0, column: 0, rowCount: 0 });
    expect(sheet(sheets, "Posts").frozen).toEqual({ rows: 1, columns: 1 });
  });

  it("lists every setting with its default", () => {
    const rows = sheet(sheets, "Plan").rows;
    expect(rows[0]).toEqual(["Setting", "Value", "Description"]);
    expect(rows.map((row) => row[0])).toContain("Pay award");
    expect(rows.find((row) => row[0] === "Pay day")?.[1]).toBe(25);
  });

  it("offers dropdowns and formats", () => {
    const posts = sheet(sheets, "Posts");
    const headers = posts.rows[0] as string[];
    const band = posts.validations?.find((v) => v.block.column === headers.indexOf("Band"));
    expect(band?.list).toEqual(AFC_BANDS);
    expect(posts.validations?.find((v) => v.block.column === headers.indexOf("Funding"))?.list).toEqual({ formula: "=Funding!$A$2:$A$1000" });
    expect(posts.columns?.[headers.indexOf("Salary")]?.numberFormat).toBe(MONEY_FORMAT);
    expect(posts.columns?.[headers.indexOf("Start")]?.numberFormat).toBe(DATE_FORMAT);
    expect(posts.columns?.[headers.indexOf("Recharge")]?.numberFormat).toBe(PERCENT_FORMAT);
  });
});

describe("planWorkbook", () => {
  it("writes dates as serials, money as numbers and rates as fractions", () => {
    const posts = sheet(planWorkbook(haveringExample()).sheets, "Posts");
    const headers = posts.rows[0] as string[];
    const p5 = posts.rows[4] as unknown[];
    expect(p5[headers.indexOf("ID")]).toBe("P5");
    expect(p5[headers.indexOf("Start")]).toBe(44409);
    expect(p5[headers.indexOf("Salary")]).toBe(42000);
    const employers = sheet(planWorkbook(haveringExample()).sheets, "Employers");
    expect(employers.rows[2]?.[3]).toBe(0.188);
  });

  it("writes a split line as 'split' with one Allocations row per source", () => {
    const plan = aPlan({ posts: [aPost({ funding: [{ source: "F1", share: "50%" }, { source: "F2", amount: "1000" }] })] });
    const { sheets } = planWorkbook(plan);
    const posts = sheet(sheets, "Posts");
    expect(posts.rows[1]?.[(posts.rows[0] as string[]).indexOf("Funding")]).toBe("split");
    expect(sheet(sheets, "Allocations").rows.slice(1)).toEqual([
      ["P1", "F1", 0.5, null],
      ["P1", "F2", null, 1000],
    ]);
  });

  it("keeps text from the plan as text", () => {
    const plan = aPlan({ name: "=SUM(A1)", posts: [aPost({ title: "+44 line", id: "007" })] });
    const { sheets } = planWorkbook(plan);
    expect(sheet(sheets, "Plan").rows[1]?.[1]).toBe("=SUM(A1)");
    expect(sheet(sheets, "Posts").rows[1]?.slice(0, 2)).toEqual(["007", "+44 line"]);
  });
});
