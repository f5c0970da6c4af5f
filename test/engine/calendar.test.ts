import { activeMonths, financialYearOf, monthIndexOf, monthUnits, parseIsoDate, totalUnits, UNITS_PER_MONTH, UNITS_PER_YEAR } from "../../src/engine/calendar";
import { formatFinancialYear, parseFinancialYear } from "../../src/engine/financial-year";

describe("parseIsoDate", () => {
  it("accepts real dates, including 29 February in a leap year", () => {
    expect(parseIsoDate("2024-02-29")).toBeDefined();
    expect(parseIsoDate("2021-07-01")).toBe(Date.UTC(2021, 6, 1) / 86_400_000);
  });

  it.each(["2021-02-29", "2021-13-01", "2021-04-31", "01/07/2021", "2021-7-1", ""])("refuses %j", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe("parseFinancialYear", () => {
  it("reads 2021/22, 2021-22 and 2021/2022 as the year starting April 2021", () => {
    expect(parseFinancialYear("2021/22")).toBe(2021);
    expect(parseFinancialYear("2021-22")).toBe(2021);
    expect(parseFinancialYear("2021/2022")).toBe(2021);
    expect(parseFinancialYear("2099/00")).toBe(2099);
  });

  it("refuses years that do not follow on", () => {
    expect(parseFinancialYear("2021/23")).toBeUndefined();
    expect(parseFinancialYear("21/22")).toBeUndefined();
  });

  it("writes 2021 as 2021/22 and 2099 as 2099/00", () => {
    expect(formatFinancialYear(2021)).toBe("2021/22");
    expect(formatFinancialYear(2099)).toBe("2099/00");
  });
});

describe("monthUnits", () => {
  it("makes a whole month 1/12 of a year whatever its length", () => {
    for (const days of [28, 29, 30, 31]) expect(monthUnits(days, days)).toBe(UNITS_PER_MONTH);
    expect(UNITS_PER_MONTH * 12).toBe(UNITS_PER_YEAR);
  });

  it("is a whole number of units for every part month", () => {
    for (const monthDays of [28, 29, 30, 31]) for (let days = 1; days <= monthDays; days++) expect(Number.isInteger(monthUnits(days, monthDays))).toBe(true);
  });
});

describe("activeMonths", () => {
  it("counts a start on 15 July as 17 of July's 31 days, then whole months to March", () => {
    const months = activeMonths(2021, parseIsoDate("2021-07-15") as number, parseIsoDate("2022-03-31") as number);
    expect(months.map((m) => m.index)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(months[0]).toEqual({ index: 3, days: 17, monthDays: 31, units: (17 * UNITS_PER_MONTH) / 31 });
    expect(totalUnits(months)).toBe((17 * UNITS_PER_MONTH) / 31 + 8 * UNITS_PER_MONTH);
  });

  it("is empty for a period outside the year", () => {
    expect(activeMonths(2022, parseIsoDate("2021-07-01") as number, parseIsoDate("2022-03-31") as number)).toEqual([]);
  });

  it("counts February 2024 as 29 days", () => {
    const months = activeMonths(2023, parseIsoDate("2024-02-10") as number, parseIsoDate("2024-02-29") as number);
    expect(months).toEqual([{ index: 10, days: 20, monthDays: 29, units: (20 * UNITS_PER_MONTH) / 29 }]);
  });
});

describe("financialYearOf", () => {
  it("puts 31 March in the year before and 1 April in the year it starts", () => {
    expect(financialYearOf(parseIsoDate("2022-03-31") as number)).toBe(2021);
    expect(financialYearOf(parseIsoDate("2022-04-01") as number)).toBe(2022);
    expect(monthIndexOf(parseIsoDate("2022-04-01") as number)).toBe(0);
    expect(monthIndexOf(parseIsoDate("2022-03-01") as number)).toBe(11);
  });
});
