import { readCell, textDate } from "../../src/workbook/cell-values";
import { excelSerialToIso, isoToExcelSerial } from "../../src/workbook/excel-dates";

describe("readCell", () => {
  it("skips blank cells", () => {
    expect(readCell(null, "number", "FTE")).toEqual({ blank: true });
    expect(readCell("   ", "text", "Title")).toEqual({ blank: true });
  });

  it("reads dates as serials, Dates and text", () => {
    expect(readCell(44378, "date", "Start")).toEqual({ value: "2021-07-01", clean: true });
    expect(readCell(44378.75, "date", "Start")).toEqual({ value: "2021-07-01", clean: true });
    expect(readCell(new Date(Date.UTC(2021, 6, 1)), "date", "Start")).toEqual({ value: "2021-07-01", clean: true });
    expect(readCell("2021-07-01", "date", "Start")).toEqual({ value: "2021-07-01", clean: false });
    expect(readCell("01/07/2021", "date", "Start")).toEqual({ value: "2021-07-01", clean: false });
    expect(readCell("1/7/21", "date", "Start")).toEqual({ value: "2021-07-01", clean: false });
    expect(readCell("1 July 2021", "date", "Start")).toEqual({ value: "2021-07-01", clean: false });
  });

  it("refuses serial 60, Excel's 29 February 1900", () => {
    expect(readCell(60, "date", "Start")).toMatchObject({ problem: expect.stringContaining("29 February 1900") });
  });

  it("refuses text that looks like a date but is not one", () => {
    expect(readCell("31/02/2021", "date", "End")).toMatchObject({ problem: expect.stringContaining("End must be a date") });
    expect(readCell("07/31/2021", "date", "End")).toMatchObject({ problem: expect.stringContaining("day/month/year") });
  });

  it("passes text that is no date at all to the parser as it stands", () => {
    expect(readCell("next July", "date", "Start")).toEqual({ value: "next July", clean: false });
  });

  it("reads numbers stored as text", () => {
    expect(readCell(" 0.8 ", "number", "FTE")).toEqual({ value: "0.8", clean: false });
    expect(readCell("45,839", "money", "Salary")).toEqual({ value: "45839", clean: false });
    expect(readCell("£45,839.00", "money", "Salary")).toEqual({ value: "45839.00", clean: false });
    expect(readCell(45839, "money", "Salary")).toEqual({ value: "45839", clean: true });
    expect(readCell("1,000", "integer", "Count")).toEqual({ value: "1000", clean: false });
  });

  it("keeps 15 significant digits, as Excel shows a number", () => {
    expect(readCell(0.1 + 0.2, "number", "FTE")).toEqual({ value: "0.3", clean: true });
    expect(readCell(12345.670000000002, "money", "Salary")).toEqual({ value: "12345.67", clean: true });
  });

  it("reads percentages as 0.15, 15 or 15%", () => {
    expect(readCell(0.15, "percent", "VAT")).toEqual({ value: "0.15", clean: true });
    expect(readCell(15, "percent", "VAT")).toEqual({ value: "15%", clean: false });
    expect(readCell("15%", "percent", "VAT")).toEqual({ value: "15%", clean: false });
    expect(readCell(" 15 % ", "percent", "VAT")).toEqual({ value: "15%", clean: false });
    expect(readCell("15", "percent", "VAT")).toEqual({ value: "15%", clean: false });
    expect(readCell("0.15", "percent", "VAT")).toEqual({ value: "0.15", clean: false });
    expect(readCell(1, "percent", "Recharge")).toEqual({ value: "1", clean: true });
  });

  it("reads yes and no in their usual spellings", () => {
    expect(readCell(true, "boolean", "Recurrent")).toEqual({ value: true, clean: true });
    expect(readCell("Yes", "boolean", "Recurrent")).toEqual({ value: "Yes", clean: true });
    expect(readCell("TRUE", "boolean", "Recurrent")).toEqual({ value: "TRUE", clean: false });
    expect(readCell(0, "boolean", "Recurrent")).toEqual({ value: "0", clean: false });
  });

  it("reports error values with the field's name", () => {
    expect(readCell({ error: "#N/A" }, "number", "FTE")).toEqual({ problem: "FTE holds the error value #N/A; enter a value or clear the cell", value: "#N/A" });
  });

  it("reads a text column's number as text, not clean", () => {
    expect(readCell(7, "text", "Band")).toEqual({ value: "7", clean: false });
    expect(readCell("7", "text", "Band")).toEqual({ value: "7", clean: true });
  });

  it("reads a financial year, taking 2021 as 2021/22", () => {
    expect(readCell("2021/22", "year", "Year")).toEqual({ value: "2021/22", clean: true });
    expect(readCell(2021, "year", "Year")).toEqual({ value: "2021/22", clean: false });
    expect(readCell(new Date(Date.UTC(2021, 0, 22)), "year", "Year")).toMatchObject({ problem: expect.stringContaining("financial year") });
  });

  it("reads the ask tolerance as a fraction up to 1 and an amount above", () => {
    expect(readCell(0.05, "tolerance", "Ask tolerance")).toEqual({ value: "5%", clean: true });
    expect(readCell("5%", "tolerance", "Ask tolerance")).toEqual({ value: "5%", clean: false });
    expect(readCell(13500, "tolerance", "Ask tolerance")).toEqual({ value: "13500", clean: true });
    expect(readCell("£13,500", "tolerance", "Ask tolerance")).toEqual({ value: "13500", clean: false });
  });

  it("refuses a date where a number is meant", () => {
    expect(readCell(new Date(Date.UTC(2021, 0, 1)), "number", "FTE")).toMatchObject({ problem: expect.stringContaining("FTE must be a number; found a date (2021-01-01)") });
  });
});

describe("excelSerialToIso", () => {
  it("counts from 1900-01-01 and skips the 29 February 1900 that never was", () => {
    expect(excelSerialToIso(1)).toBe("1900-01-01");
    expect(excelSerialToIso(59)).toBe("1900-02-28");
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(excelSerialToIso(61)).toBe("1900-03-01");
    expect(excelSerialToIso(44378)).toBe("2021-07-01");
    expect(excelSerialToIso(0)).toBeUndefined();
  });

  it("round-trips with isoToExcelSerial", () => {
    for (const iso of ["1900-03-01", "2021-04-01", "2024-02-29", "2040-03-31"]) expect(excelSerialToIso(isoToExcelSerial(iso) as number)).toBe(iso);
  });
});

describe("textDate", () => {
  it("recognises ISO, UK and written dates", () => {
    expect(textDate("2021-7-1")).toBe("2021-07-01");
    expect(textDate("01.07.2021")).toBe("2021-07-01");
    expect(textDate("1st Jul 2021")).toBe("2021-07-01");
    expect(textDate("29/02/2021")).toBeNull();
    expect(textDate("soon")).toBeUndefined();
  });
});
