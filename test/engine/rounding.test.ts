import { Decimal } from "../../src/engine/decimal";
import { formatPennies } from "../../src/engine/pennies";
import { ratioOf } from "../../src/engine/ratio";
import { roundNationalInsurance, roundPenny, roundRatioPenny, scaleByLargestRemainder, splitByLargestRemainder } from "../../src/engine/rounding";

const d = (text: string) => new Decimal(text);
const texts = (values: number[]) => values.map(formatPennies);

describe("roundPenny", () => {
  it("rounds ties away from zero, as Excel's ROUND does, for both signs", () => {
    expect(formatPennies(roundPenny(d("0.005")))).toBe("0.01");
    expect(formatPennies(roundPenny(d("-0.005")))).toBe("-0.01");
    expect(formatPennies(roundPenny(d("229.195")))).toBe("229.20");
  });

  it("rounds the decimal, not a binary approximation of it (2.675 is 2.67499… as a double)", () => {
    expect(formatPennies(roundPenny(d("2.675")))).toBe("2.68");
  });

  it("rounds down below the half penny, and keeps whole pennies", () => {
    expect(formatPennies(roundPenny(d("1.004999999")))).toBe("1.00");
    expect(roundPenny(d("45839"))).toBe(4583900);
    expect(roundPenny(d("-0.004"))).toBe(0);
  });
});

describe("roundNationalInsurance", () => {
  const ni = (text: string) => formatPennies(roundNationalInsurance(ratioOf(d(text))));

  it("disregards a halfpenny (SI 2001/1004 reg. 12(1))", () => {
    expect(ni("52.655")).toBe("52.65");
  });

  it("rounds up anything above a halfpenny", () => {
    expect(ni("52.6551")).toBe("52.66");
    expect(ni("187.37543")).toBe("187.38");
  });

  it("leaves whole pennies alone", () => {
    expect(ni("240.40")).toBe("240.40");
  });

  it("rounds an exact fraction: 17,917/200 = 89.585 → 89.58", () => {
    expect(formatPennies(roundNationalInsurance({ numerator: 17917n, denominator: 200n }))).toBe("89.58");
  });
});

describe("roundRatioPenny", () => {
  it("rounds exact fractions half away from zero, for both signs", () => {
    expect(formatPennies(roundRatioPenny({ numerator: 1n, denominator: 200n }))).toBe("0.01");
    expect(formatPennies(roundRatioPenny({ numerator: -1n, denominator: 200n }))).toBe("-0.01");
    expect(formatPennies(roundRatioPenny({ numerator: 100n, denominator: 3n }))).toBe("33.33");
    expect(formatPennies(roundRatioPenny({ numerator: 200n, denominator: 3n }))).toBe("66.67");
  });
});

describe("splitByLargestRemainder", () => {
  it("gives the leftover penny to the largest remainder, ties to the earlier share", () => {
    // £1.00 in thirds: 100/3 pennies each → floors 33, 33, 33 and a penny left → the first
    expect(texts(splitByLargestRemainder(100, [100n, 100n, 100n], 3n))).toEqual(["0.34", "0.33", "0.33"]);
  });

  it("follows a given tie order", () => {
    expect(texts(splitByLargestRemainder(100, [100n, 100n, 100n], 3n, [2, 0, 1]))).toEqual(["0.33", "0.33", "0.34"]);
  });

  it("gives pennies to the largest remainders first", () => {
    // 23.6p + 76.4p = £1.00: floors 23 + 76 = 99; remainders .6 and .4 → the first gets the penny.
    expect(texts(splitByLargestRemainder(100, [236n, 764n], 10n))).toEqual(["0.24", "0.76"]);
  });

  it("throws (a bug) when the shares cannot make up the whole", () => {
    expect(() => splitByLargestRemainder(500, [100n, 100n], 1n)).toThrow(/do not make up the whole/);
  });
});

describe("scaleByLargestRemainder", () => {
  it("scales £1,250 of claims to £1,000 in proportion: £750 → £600, £500 → £400", () => {
    expect(texts(scaleByLargestRemainder([75000, 50000], 100000))).toEqual(["600.00", "400.00"]);
  });

  it("adds up exactly to the target, the odd penny to the largest remainder", () => {
    // £1.00 over three equal claims of £2.00: 33.33… each → 0.34, 0.33, 0.33
    expect(texts(scaleByLargestRemainder([200, 200, 200], 100))).toEqual(["0.34", "0.33", "0.33"]);
    expect(texts(scaleByLargestRemainder([200, 200, 200], 100, [1, 2, 0]))).toEqual(["0.33", "0.34", "0.33"]);
  });

  it("gives nothing when there is nothing to share", () => {
    expect(scaleByLargestRemainder([100, 200], 0)).toEqual([0, 0]);
    expect(scaleByLargestRemainder([0, 0], 500)).toEqual([0, 0]);
  });
});
