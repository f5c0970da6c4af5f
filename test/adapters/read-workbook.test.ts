import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/adapters/exceljs/read-workbook";
import { writeWorkbook } from "../../src/adapters/exceljs/write-workbook";
import { haveringExample } from "../../src/example/havering";
import { describeInputError } from "../../src/plan-format/input-error";
import { planWorkbook, templateWorkbook } from "../../src/workbook/input-sheets";
import { readPlan } from "../../src/workbook/read-plan";
import type { WorkbookSnapshot } from "../../src/workbook/tables";

async function snapshotOf(data: Buffer): Promise<WorkbookSnapshot> {
  const read = await readWorkbookBuffer(data);
  if ("problem" in read) throw new Error(read.problem);
  return read.snapshot;
}

/** A workbook with one table at C3 on a sheet "My posts", with awkward cell values. */
async function awkwardWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Notes");
  const sheet = workbook.addWorksheet("My posts");
  sheet.addTable({
    name: "Posts",
    ref: "C3",
    headerRow: true,
    totalsRow: true,
    columns: [{ name: "ID", totalsRowLabel: "Total" }, { name: "Title" }, { name: "FTE", totalsRowFunction: "sum" }, { name: "Start" }],
    rows: [
      ["P1", { richText: [{ text: "Project " }, { font: { bold: true }, text: "manager" }] }, { formula: "0.5+0.5", result: 1 }, new Date(Date.UTC(2021, 6, 1))],
      ["P2", { text: "Analyst", hyperlink: "https://example.org" }, { error: "#N/A" }, 44378],
    ],
  });
  sheet.getCell("F4").numFmt = "yyyy-mm-dd";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readWorkbookBuffer", () => {
  it("reads a table's position, headers and rows, totals row left out", async () => {
    const snapshot = await snapshotOf(await awkwardWorkbook());
    expect(snapshot.sheets).toEqual(["Notes", "My posts"]);
    const [table] = snapshot.tables;
    expect(table).toMatchObject({ name: "Posts", sheet: "My posts", headerRow: 3, firstColumn: 3, headers: ["ID", "Title", "FTE", "Start"] });
    expect(table?.rows).toEqual([
      ["P1", "Project manager", 1, new Date(Date.UTC(2021, 6, 1))],
      ["P2", "Analyst", { error: "#N/A" }, 44378],
    ]);
  });

  it("reads a table whose part leaves out headerRowCount, as Excel writes it", async () => {
    const zip = await JSZip.loadAsync(await awkwardWorkbook());
    const path = Object.keys(zip.files).find((name) => /^xl\/tables\/table\d+\.xml$/.test(name)) as string;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    zip.file(path, xml.replace(/\sheaderRowCount="1"/, ""));
    const snapshot = await snapshotOf(await zip.generateAsync({ type: "nodebuffer" }));
    expect(snapshot.tables[0]).toMatchObject({ headerRow: 3, headers: ["ID", "Title", "FTE", "Start"] });
    expect(snapshot.tables[0]?.rows).toHaveLength(2);
  });

  it("gives a plain problem for a missing file", async () => {
    expect(await readWorkbookFile(join(tmpdir(), "no-such-workbook.xlsx"))).toEqual({ problem: expect.stringContaining("File not found") });
  });

  it("reads a workbook file from disk", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "read-workbook-")), "posts.xlsx");
    writeFileSync(path, await awkwardWorkbook());
    const read = await readWorkbookFile(path);
    expect("snapshot" in read && read.snapshot.tables.map((t) => t.name)).toEqual(["Posts"]);
  });

  it("reads back what the product's writer writes", async () => {
    const example = await writeWorkbook(planWorkbook(haveringExample()));
    if ("problem" in example) throw new Error(example.problem);
    expect(readPlan(await snapshotOf(example.data)).errors).toEqual([]);
    const template = await writeWorkbook(templateWorkbook());
    if ("problem" in template) throw new Error(template.problem);
    expect(readPlan(await snapshotOf(template.data)).errors.map(describeInputError)).toEqual(['Plan!B4: Start year is required: the first financial year of the plan, e.g. "2021/22"']);
  });
});
