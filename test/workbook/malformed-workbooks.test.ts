import { readWorkbookBuffer } from "../../src/adapters/exceljs/read-workbook";
import { describeInputError } from "../../src/plan-format/input-error";
import { readPlan } from "../../src/workbook/read-plan";
import { MALFORMED_WORKBOOKS } from "../support/malformed-workbooks";

describe("malformed workbooks", () => {
  it("has at least 30 cases with a cell", () => {
    expect(MALFORMED_WORKBOOKS.filter((c) => c.cell !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it.each(MALFORMED_WORKBOOKS.map((c) => [c.name, c] as const))("reports %s", async (_, malformed) => {
    const read = await readWorkbookBuffer(await malformed.build());
    if (malformed.problem) {
      expect("problem" in read ? read.problem : "read as a workbook").toContain(malformed.message);
      return;
    }
    if ("problem" in read) throw new Error(read.problem);
    const planned = readPlan(read.snapshot);
    expect(planned.plan).toBeUndefined();
    const messages = planned.errors.map(describeInputError);
    const expected = malformed.cell === undefined ? malformed.message : `${malformed.cell}: `;
    const match = messages.find((m) => m.includes(expected) && m.includes(malformed.message));
    if (!match) throw new Error(`expected ${malformed.cell ?? "(no cell)"}: …${malformed.message}…; got\n${messages.join("\n")}`);
    // Every error names a cell, but for a table that is not there at all.
    for (const error of planned.errors) if (!error.message.startsWith("The workbook has no table")) expect(error.cell).toMatch(/^[A-Za-z]+![A-Z]+\d+$/);
  });
});

describe("one mistake, one error", () => {
  // A source, an employer or a table that cannot be read is reported where it is wrong, not again
  // on every line that names it: a finance lead fixes one cell, not a screenful.
  it.each(["unknown funding status", "blank funding status", "funding amount not money", "unknown pension scheme", "LGPS without a rate", "pension rate as words", "missing required table"])(
    "%s gives exactly one error",
    async (name) => {
      const malformed = MALFORMED_WORKBOOKS.find((c) => c.name === name);
      if (!malformed) throw new Error(`no malformed case ${name}`);
      const read = await readWorkbookBuffer(await malformed.build());
      if ("problem" in read) throw new Error(read.problem);
      expect(readPlan(read.snapshot).errors.map(describeInputError)).toEqual([expect.stringContaining(malformed.message)]);
    },
  );
});
