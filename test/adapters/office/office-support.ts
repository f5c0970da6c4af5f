import { OfficeWorkbookPort } from "../../../src/adapters/office/office-workbook-port";
import { costPlan } from "../../../src/engine/cost-plan";
import { describeInputError } from "../../../src/plan-format/input-error";
import { planWorkbook } from "../../../src/workbook/input-sheets";
import { renderOwnedWorkbook } from "../../../src/workbook/owned-workbook";
import { readPlan } from "../../../src/workbook/read-plan";
import type { WorkbookModel } from "../../../src/workbook/sheet-model";
import { FakeExcel, type FakeOptions } from "../../support/excel-fake";

/** Excel's request limit on the web is 5 MB; the adapter must stay under 4 MB. */
export const FOUR_MB = 4 * 1024 * 1024;

/** A fake workbook holding a plan's input sheets, and a port over it. */
export function workbookOf(planJson: unknown, options: FakeOptions = {}): { fake: FakeExcel; port: OfficeWorkbookPort } {
  const fake = new FakeExcel(options);
  fake.seedModel(planWorkbook(planJson));
  return { fake, port: new OfficeWorkbookPort(fake.run, fake.supports) };
}

/** Reads the tables through the port, costs the plan and renders the owned sheets, as the planner does. */
export async function ownedModelOf(port: OfficeWorkbookPort): Promise<WorkbookModel> {
  const read = readPlan(await port.readTables());
  if (!read.plan) throw new Error(read.errors.slice(0, 5).map(describeInputError).join("\n"));
  return renderOwnedWorkbook(costPlan(read.plan), read.inputs);
}
