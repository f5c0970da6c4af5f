import { entryOf, rowBlocks } from "../../../src/adapters/office/cell-blocks";
import type { SheetModel } from "../../../src/workbook/sheet-model";

describe("entryOf", () => {
  it("writes every string with Excel's apostrophe, formulas with their =, and blanks as null", () => {
    expect(["=A1", "+44", "-1", "@x", "plain", ""].map(entryOf)).toEqual(["'=A1", "'+44", "'-1", "'@x", "'plain", null]);
    expect(entryOf({ formula: "SUM(A1:A2)", result: 3 })).toBe("=SUM(A1:A2)");
    expect(entryOf({ value: 5, style: "total" })).toBe(5);
    expect(entryOf(null)).toBeNull();
  });
});

describe("rowBlocks", () => {
  const sheet: SheetModel = {
    name: "Costing",
    owned: true,
    columns: [{}, { numberFormat: "0.00" }],
    rows: Array.from({ length: 40 }, (_, r) => [{ value: `row ${r}`, style: "header" as const }, { value: r, style: "header" as const }, r % 10 === 0 ? { value: "see", link: { cell: "Posts!A1" } } : null]),
  };

  it("splits rows into blocks of about the byte size given, each with its own styles", () => {
    const blocks = rowBlocks(sheet, new Map(), 200);
    if ("problem" in blocks) throw new Error(blocks.problem);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.reduce((rows, block) => rows + block.entries.length, 0)).toBe(40);
    for (const block of blocks) {
      const last = block.row + block.entries.length - 1;
      expect(block.styles.every((run) => run.row >= block.row && run.row <= last && run.columns === 2)).toBe(true);
    }
    // The column's format is set once for the column, so no cell carries it.
    expect(blocks[0]?.numberFormats).toBeUndefined();
  });

  it("writes a link as a HYPERLINK formula among the values, and a cell's own number format only where it differs from its column's", () => {
    const blocks = rowBlocks(sheet, new Map(), 200);
    if ("problem" in blocks) throw new Error(blocks.problem);
    const linked = blocks.flatMap((block) => block.entries.map((row, r) => ({ row: block.row + r, entry: row[2] }))).filter(({ entry }) => entry !== null);
    expect(linked).toEqual([0, 10, 20, 30].map((row) => ({ row, entry: '=HYPERLINK("#Posts!A1","see")' })));
    expect(blocks.flatMap((block) => block.links)).toEqual([]);
    const own = rowBlocks({ name: "S", owned: true, columns: [{ numberFormat: "0.00" }], rows: [[{ value: 1, numberFormat: "0.00" }, { value: 2, numberFormat: "0%" }]] }, new Map());
    if ("problem" in own) throw new Error(own.problem);
    expect(own[0]?.numberFormats).toEqual([[null, "0%"]]);
  });

  it("keeps a link too long for HYPERLINK as a link", () => {
    const url = `https://example.org/${"x".repeat(300)}`;
    const blocks = rowBlocks({ name: "S", owned: true, rows: [[{ value: "long", link: { url } }]] }, new Map());
    if ("problem" in blocks) throw new Error(blocks.problem);
    expect(blocks[0]?.entries).toEqual([["'long"]]);
    expect(blocks[0]?.links.map((link) => link.value.link)).toEqual([{ url }]);
  });

  it("writes tables' column names into their header cells, and refuses a number Excel cannot hold", () => {
    const blocks = rowBlocks({ name: "S", owned: true, rows: [["x"]] }, new Map([["0:0", "ID"], ["0:2", "Cost"]]));
    if ("problem" in blocks) throw new Error(blocks.problem);
    expect(blocks[0]?.entries).toEqual([["'ID", null, "'Cost"]]);
    expect(rowBlocks({ name: "S", owned: true, rows: [[1, Infinity]] }, new Map())).toEqual({ problem: "S row 1, column 2: the number Infinity cannot be written to a workbook." });
  });
});
