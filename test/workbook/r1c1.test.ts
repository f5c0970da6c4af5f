import { a1ToR1C1, absoluteA1ToR1C1, r1c1ToA1 } from "../../src/workbook/r1c1";
import { expandFills } from "../../src/workbook/expand-fills";
import type { RichCell, SheetModel } from "../../src/workbook/sheet-model";

describe("r1c1ToA1", () => {
  it("turns this-row references into relative rows with fixed columns, fixed cells into $ cells", () => {
    // In D5 (row 4, column 3, 0-based): RC20 is $T5, R10C4 is $D$10, R[-1]C[2] is F4.
    expect(r1c1ToA1("=ROUND(Costing!RC20*RC7/4530960,2)", 4, 3)).toBe("=ROUND(Costing!$T5*$G5/4530960,2)");
    expect(r1c1ToA1("=INDEX(Rates!R47C4:R58C4,3)", 4, 3)).toBe("=INDEX(Rates!$D$47:$D$58,3)");
    expect(r1c1ToA1("=R[-1]C[2]+RC", 4, 3)).toBe("=F4+D5");
  });

  it("gives every row of a block the same formula, moved down", () => {
    const formula = "=Costing!RC1&SUM(RC4:RC15)";
    expect([10, 11, 30_003].map((row) => r1c1ToA1(formula, row, 2))).toEqual(["=Costing!$A11&SUM($D11:$O11)", "=Costing!$A12&SUM($D12:$O12)", "=Costing!$A30004&SUM($D30004:$O30004)"]);
  });

  it("leaves function names, quoted text and quoted sheet names alone", () => {
    expect(r1c1ToA1('=IF(RC2="RC3 R1C1",ROUND(RC5,2),"")', 0, 0)).toBe('=IF($B1="RC3 R1C1",ROUND($E1,2),"")');
    expect(r1c1ToA1("='Funding summary'!R2C3", 0, 0)).toBe("='Funding summary'!$C$2");
  });

  it("refuses a reference above or left of the sheet: a layout bug, not user input", () => {
    expect(() => r1c1ToA1("=R[-1]C", 0, 0)).toThrow(/above or left/);
  });
});

describe("absoluteA1ToR1C1", () => {
  it("turns fixed A1 cells and ranges into R1C1 and leaves text alone", () => {
    expect(absoluteA1ToR1C1("Rates!$D$47:$D$58")).toBe("Rates!R47C4:R58C4");
    expect(absoluteA1ToR1C1('IF($AB$2="$A$1",1,0)')).toBe('IF(R2C28="$A$1",1,0)');
  });

  it("round-trips through r1c1ToA1", () => {
    expect(r1c1ToA1(absoluteA1ToR1C1("=SUM(Rates!$AA$3:$AB$40)"), 7, 7)).toBe("=SUM(Rates!$AA$3:$AB$40)");
  });
});

describe("expandFills", () => {
  it("writes a fill out cell by cell, each with its formula and cached result, beside the model's cells", () => {
    const sheet: SheetModel = {
      name: "Phasing",
      owned: true,
      rows: [["Line", "Total"]],
      fills: [{ block: { row: 1, column: 1, rows: 2, columns: 1 }, formulaR1C1: "=RC1*2", result: (row) => row * 10, numberFormat: "0.00" }],
    };
    const expanded = expandFills(sheet);
    expect(expanded.fills).toEqual([]);
    expect(expanded.rows[0]).toEqual(["Line", "Total"]);
    expect(expanded.rows[1]?.[1]).toEqual({ formula: "=$A2*2", result: 10, numberFormat: "0.00" });
    expect((expanded.rows[2]?.[1] as RichCell).formula).toBe("=$A3*2");
    expect(expanded.rows[2]?.[0]).toBeNull();
  });
});

describe("a1ToR1C1", () => {
  it("gives the same text for the same formula moved down, and is undone by r1c1ToA1", () => {
    const inRow5 = a1ToR1C1("=ROUND(Posts!$K3*$N5/4530960,2)+Rates!$D$47", 4, 10);
    expect(inRow5).toBe("=ROUND(Posts!R[-2]C11*RC14/4530960,2)+Rates!R47C4");
    expect(a1ToR1C1("=ROUND(Posts!$K4*$N6/4530960,2)+Rates!$D$47", 5, 10)).toBe(inRow5);
    expect(r1c1ToA1(inRow5, 4, 10)).toBe("=ROUND(Posts!$K3*$N5/4530960,2)+Rates!$D$47");
  });

  it("leaves function names with digits, quoted text and dates alone", () => {
    expect(a1ToR1C1('=IF(A1="B2",LOG10(C3),ATAN2(D4,1))', 0, 0)).toBe('=IF(RC="B2",LOG10(R[2]C[2]),ATAN2(R[3]C[3],1))');
  });
});
