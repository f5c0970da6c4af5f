import { OfficeWorkbookPort } from "../../src/adapters/office/office-workbook-port";
import { MONEY_FORMAT, type FormulaFill, type SheetModel } from "../../src/workbook/sheet-model";
import { FakeExcel } from "../support/excel-fake";
import { aSheet, cellElement, readBack, sheetOf, sheetXml, unzip, written } from "./write-workbook-support";

/** A sheet of `rows` lines: an amount in column A, and B filled with a formula doubling it. */
function doubling(rows: number): SheetModel {
  const fill: FormulaFill = { block: { row: 1, column: 1, rows, columns: 1 }, formulaR1C1: "=ROUND(RC1*2,2)", result: (row) => row * 2, numberFormat: MONEY_FORMAT };
  return aSheet({ name: "Phasing", rows: [["Amount", "Doubled"], ...Array.from({ length: rows }, (_, i) => [i + 1])], fills: [fill] });
}

describe("formula fills in a file", () => {
  it("are one shared formula, each cell with its own cached result", async () => {
    const data = await written({ sheets: [doubling(3)] });
    const xml = await sheetXml(await unzip(data), "Phasing");
    expect(cellElement(xml, "B2")).toMatch(/<f t="shared" ref="B2:B4" si="0">ROUND\(\$A2\*2,2\)<\/f><v>2<\/v>/);
    expect(cellElement(xml, "B4")).toMatch(/<f t="shared" si="0"\/><v>6<\/v>/);
    // A reader sees each cell's formula, moved down, and its result.
    const sheet = sheetOf(await readBack(data), "Phasing");
    expect(sheet.getCell("B3").formula).toBe("ROUND($A3*2,2)");
    expect((sheet.getCell("B4").value as { result?: number }).result).toBe(6);
    expect(sheet.getCell("B4").numFmt).toBe(MONEY_FORMAT);
  });
});

describe("formula fills in Excel", () => {
  async function writtenToExcel(rows: number, apiMinor?: number): Promise<{ fake: FakeExcel; requests: number[] }> {
    const fake = new FakeExcel({ lean: rows > 100, ...(apiMinor === undefined ? {} : { apiMinor }) });
    fake.addSheet("Plan", [["Setting", "Value"]]);
    const before = fake.syncs;
    const outcome = await new OfficeWorkbookPort(fake.run, fake.supports).writeOwnedSheets({ sheets: [{ ...doubling(rows), rows: [["Amount", "Doubled"]] }] });
    if (!outcome.ok) throw new Error(outcome.problem);
    return { fake, requests: fake.requests.slice(before) };
  }

  it("are set on the first cell and copied over the block (ExcelApi 1.9), whatever the number of rows", async () => {
    const { fake } = await writtenToExcel(3);
    const sheet = fake.sheet("Phasing");
    expect(sheet?.cell(3, 1)?.formula).toBe("=ROUND($A4*2,2)");
    expect(sheet?.cell(3, 1)?.numberFormat).toBe(MONEY_FORMAT);
    expect(fake.log.filter((entry) => /^(formulasR1C1|copyFrom)/.test(entry))).toEqual(["formulasR1C1 Phasing!B2", "copyFrom:All Phasing!B2:B4"]);

    const small = await writtenToExcel(10);
    const large = await writtenToExcel(30_000);
    expect(large.requests.length).toBe(small.requests.length);
    // Only the range address grows (B2:B11 to B2:B30001).
    expect(large.requests.reduce((a, b) => a + b, 0) - small.requests.reduce((a, b) => a + b, 0)).toBeLessThan(50);
  });

  it("before ExcelApi 1.9, are one value for the whole range", async () => {
    const { fake } = await writtenToExcel(3, 8);
    expect(fake.sheet("Phasing")?.cell(2, 1)?.formula).toBe("=ROUND($A3*2,2)");
    expect(fake.log.filter((entry) => /^(formulasR1C1|copyFrom)/.test(entry))).toEqual(["formulasR1C1 Phasing!B2:B4"]);
  });
});
