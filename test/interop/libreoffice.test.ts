import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { compareFormulas } from "./support/compare-formulas";
import { findSoffice, recalculateWithLibreOffice } from "./support/libreoffice";
import { costPlan } from "../../src/engine/cost-plan";
import { phaseMonths } from "../../src/engine/phase-months";
import { parsePlan } from "../../src/plan-format/parse-plan";
import { generatedPlans, tiesPlan } from "./support/generate-plans";
import { traceableWorkbook } from "./support/traceable-workbook";

const soffice = findSoffice();
const havering = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/havering-2021-22.json"), "utf8"));

/** Recalculates the plan's traceable workbook in LibreOffice and compares every formula cell with the engine. */
async function recalculateAndCompare(planJson: unknown, name: string) {
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed: the interop test needs it (see .ci/run)");
  const built = await traceableWorkbook(planJson);
  // The workbook's way round must cost the plan exactly as the JSON does, or the comparison proves little.
  const direct = parsePlan(planJson as Record<string, unknown>);
  if (!direct.plan) throw new Error(`the plan has errors: ${JSON.stringify(direct.errors.slice(0, 3))}`);
  expect(built.result.totals.all).toEqual(costPlan(direct.plan).totals.all);
  const recalculated = recalculateWithLibreOffice(soffice, built.data, `${name}.xlsx`);
  const keep = process.env.INTEROP_KEEP;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    fs.writeFileSync(path.join(keep, `${name}.xlsx`), built.data);
    fs.writeFileSync(path.join(keep, `${name}-recalculated.xlsx`), recalculated);
  }
  const comparison = await compareFormulas(built.sheets, recalculated);
  return { built, recalculated, comparison };
}

describe("traceable sheets recalculated by LibreOffice", () => {
  it("finds LibreOffice", () => {
    expect(soffice).toBeDefined();
  });

  it("agrees with the engine to the penny on every formula cell of the Havering example", async () => {
    const { built, recalculated, comparison } = await recalculateAndCompare(havering, "havering");
    expect({ mismatches: comparison.mismatches.length, first: comparison.mismatches.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
    expect(comparison.compared).toBeGreaterThan(500);

    // The deliberately wrong cached result was replaced: LibreOffice really recalculated.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(recalculated as unknown as ArrayBuffer);
    for (const tampered of [built.tampered, built.tamperedFill]) {
      const cell = workbook.getWorksheet(tampered.sheet)?.getCell(tampered.row + 1, tampered.column + 1);
      const result = (cell?.value as { result?: unknown } | undefined)?.result;
      expect({ cell: cell?.address, result }).toEqual({ cell: cell?.address, result: tampered.right });
      expect(result).not.toBe(tampered.wrong);
    }
  });

  it("costs the ties plan with the exact halfpenny ties it is meant to test", () => {
    const parsed = parsePlan(tiesPlan());
    if (!parsed.plan) throw new Error("the ties plan has errors");
    const lines = new Map(costPlan(parsed.plan).lines.map((line) => [line.line.id, line]));
    const firstMonth = (id: string, year: number) => {
      const cost = lines.get(id)?.years[year]?.cost;
      if (!cost) throw new Error(`no ${id} in year ${year}`);
      return phaseMonths(cost)[0]?.components;
    };
    expect(firstMonth("T1", 0)?.employerNI).toBe(68); // 2 × 34.5p, halfpenny disregarded
    expect(firstMonth("T2", 1)?.employerNI).toBe(300); // 2 × £1.505 at 15.05%
    expect(firstMonth("T3", 0)?.basic).toBe(250001); // £2,500.005 rounded up
  });

  it.each(generatedPlans().map((plan) => [String(plan.name), plan] as const))("agrees with the engine to the penny on every formula cell of %s", async (name, plan) => {
    const { comparison } = await recalculateAndCompare(plan, name.replace(/\W+/g, "-"));
    expect({ mismatches: comparison.mismatches.length, first: comparison.mismatches.slice(0, 8) }).toEqual({ mismatches: 0, first: [] });
    expect(comparison.compared).toBeGreaterThan(100);
  });
});
