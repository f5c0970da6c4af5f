import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { writeWorkbook, writeWorkbookFile } from "../../src/adapters/exceljs/write-workbook";
import { OWNED_SHEET_NOTE, type WorkbookModel } from "../../src/workbook/sheet-model";
import { aSheet, part, readBack, sheetOf, unzip, written } from "./write-workbook-support";

/** A user's workbook as Excel would save it: an input sheet with a table, and a notes sheet. */
async function usersWorkbook(extra?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const posts = workbook.addWorksheet("Posts");
  posts.addTable({
    name: "Posts",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Post" }, { name: "FTE" }, { name: "Phone" }],
    rows: [
      ["Band 6 nurse", 1, "+44 20 7946 0000"],
      ["=HYPERLINK(\"x\")", 0.5, "-1"],
    ],
  });
  const notes = workbook.addWorksheet("My notes");
  notes.getCell("B2").value = "Remember the HCAS uplift";
  notes.getCell("B3").value = { formula: "1+2", result: 3 };
  extra?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const summary = (total: number): WorkbookModel => ({
  sheets: [aSheet({ name: "Summary", rows: [["Total"], [total]], tables: [{ name: "SummaryTotals", row: 0, column: 0, columns: ["Total"], rowCount: 1 }] })],
});

describe("writeWorkbook over a user's workbook", () => {
  it("keeps the user's sheets, values and tables, and adds the model's sheets at the end", async () => {
    const base = await usersWorkbook();
    const workbook = await readBack(await written(summary(100), base));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Posts", "My notes", "Summary"]);
    const posts = sheetOf(workbook, "Posts");
    expect(posts.getCell("A2").value).toBe("Band 6 nurse");
    expect(posts.getCell("A3").value).toBe("=HYPERLINK(\"x\")");
    expect(posts.getCell("C2").value).toBe("+44 20 7946 0000");
    expect(posts.getCell("C3").value).toBe("-1");
    const table = posts.getTable("Posts") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe("A1:C3");
    expect(table.table.columns.map((column) => column.name)).toEqual(["Post", "FTE", "Phone"]);
    const notes = sheetOf(workbook, "My notes");
    expect(notes.getCell("B2").value).toBe("Remember the HCAS uplift");
    expect(notes.getCell("B3").value).toEqual({ formula: "1+2", result: 3 });
    expect(sheetOf(workbook, "Summary").getCell("A2").value).toBe(100);
  });

  it("replaces owned sheets when run again, leaving one copy", async () => {
    const first = await written(summary(100), await usersWorkbook());
    const second = await written(summary(250), first);
    const workbook = await readBack(second);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Posts", "My notes", "Summary"]);
    expect(sheetOf(workbook, "Summary").getCell("A2").value).toBe(250);
    expect(sheetOf(workbook, "Posts").getCell("A2").value).toBe("Band 6 nurse");
    const zip = await unzip(second);
    const tables = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
    const names = await Promise.all(tables.map(async (name) => /name="([^"]+)"/.exec(await part(zip, name))?.[1]));
    expect(names.sort()).toEqual(["Posts", "SummaryTotals"]);
  });

  it("never overwrites a user's sheet that has an owned sheet's name", async () => {
    const base = await usersWorkbook((workbook) => {
      workbook.addWorksheet("Summary").getCell("A1").value = "my own summary";
    });
    const outcome = await writeWorkbook(summary(100), base);
    expect(outcome).toEqual({ problem: expect.stringContaining(`"Summary"`) });
  });

  it("recognises the owned marker even when the note says more", async () => {
    const base = await usersWorkbook((workbook) => {
      const old = workbook.addWorksheet("Summary");
      old.getCell("A1").value = "old";
      old.getCell("A1").note = `${OWNED_SHEET_NOTE}\n\nFigures in pounds.`;
    });
    const workbook = await readBack(await written(summary(7), base));
    expect(sheetOf(workbook, "Summary").getCell("A2").value).toBe(7);
    expect(workbook.worksheets.filter((ws) => ws.name === "Summary")).toHaveLength(1);
  });

  it("keeps a user's input sheet rather than writing the model's sheet of that name", async () => {
    const model: WorkbookModel = { sheets: [aSheet({ name: "Posts", owned: false, rows: [["Post", "FTE"]] }), ...summary(1).sheets] };
    const workbook = await readBack(await written(model, await usersWorkbook()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Posts", "My notes", "Summary"]);
    expect(sheetOf(workbook, "Posts").getCell("A2").value).toBe("Band 6 nurse");
  });

  it("keeps the dropdown choices a kept input sheet points at when run again", async () => {
    const long = Array.from({ length: 40 }, (_, index) => `Funding source number ${index + 1}`);
    const model: WorkbookModel = {
      sheets: [aSheet({ name: "Funding", owned: false, rows: [["Source"]], validations: [{ block: { row: 1, column: 0, rows: 10, columns: 1 }, list: long }] }), ...summary(1).sheets],
    };
    const workbook = await readBack(await written(model, await written(model)));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Funding", "Summary", "Planner lists"]);
    expect(sheetOf(workbook, "Planner lists").getCell("A41").value).toBe("Funding source number 40");
  });

  it("gives a problem when a model table's name is already a table in the user's workbook", async () => {
    const model: WorkbookModel = { sheets: [aSheet({ name: "Output", rows: [["x"]], tables: [{ name: "posts", row: 0, column: 0, columns: ["x"], rowCount: 0 }] })] };
    expect(await writeWorkbook(model, await usersWorkbook())).toEqual({ problem: expect.stringContaining(`"posts"`) });
  });

  it("gives the same bytes when writing the same model over the same workbook twice", async () => {
    const base = await usersWorkbook();
    expect(Buffer.compare(await written(summary(5), base), await written(summary(5), base))).toBe(0);
  });

  describe("a file that is not a workbook", () => {
    it("gives a problem for bytes that are not a zip", async () => {
      expect(await writeWorkbook(summary(1), Buffer.from("Post,FTE\nNurse,1\n"))).toEqual({ problem: expect.stringContaining("not an Excel workbook") });
    });

    it("gives a problem for an encrypted workbook", async () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      expect(await writeWorkbook(summary(1), ole)).toEqual({ problem: expect.stringContaining("password-protected") });
    });

    it("gives a problem for a truncated workbook", async () => {
      const whole = await usersWorkbook();
      expect(await writeWorkbook(summary(1), whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({ problem: expect.stringContaining("could not be read") });
    });

    it("gives a problem for an empty file", async () => {
      expect(await writeWorkbook(summary(1), Buffer.alloc(0))).toEqual({ problem: expect.any(String) });
    });

    it("gives a problem for a zip that is not a workbook", async () => {
      const JSZip = (await import("jszip")).default;
      const zip = new JSZip();
      zip.file("hello.txt", "hello");
      expect(await writeWorkbook(summary(1), await zip.generateAsync({ type: "nodebuffer" }))).toEqual({ problem: expect.any(String) });
    });
  });
});

describe("writeWorkbookFile", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), "write-workbook-"));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it("writes a new file over the given workbook, leaving the given file as it was", async () => {
    const basePath = path.join(folder, "plan.xlsx");
    const base = await usersWorkbook();
    await fs.writeFile(basePath, base);
    const outPath = path.join(folder, "plan-costed.xlsx");
    expect(await writeWorkbookFile(summary(9), outPath, basePath)).toEqual({ written: outPath });
    expect(Buffer.compare(await fs.readFile(basePath), base)).toBe(0);
    expect(sheetOf(await readBack(await fs.readFile(outPath)), "Summary").getCell("A2").value).toBe(9);
  });

  it("refuses to write over the given workbook", async () => {
    const basePath = path.join(folder, "plan.xlsx");
    await fs.writeFile(basePath, await usersWorkbook());
    expect(await writeWorkbookFile(summary(1), basePath, basePath)).toEqual({ problem: expect.stringContaining("never overwritten") });
  });

  it("gives a problem for a workbook that is not there or a folder that cannot be written", async () => {
    expect(await writeWorkbookFile(summary(1), path.join(folder, "out.xlsx"), path.join(folder, "missing.xlsx"))).toEqual({ problem: expect.stringContaining("no such file") });
    expect(await writeWorkbookFile(summary(1), path.join(folder, "no", "such", "out.xlsx"))).toEqual({ problem: expect.stringContaining("could not be written") });
  });
});
