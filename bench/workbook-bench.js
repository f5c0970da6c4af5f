"use strict";
// npm run bench (second part): a planning workbook of 1,000 and 10,000 generated lines over 3
// years, as `resourcing calculate plan.xlsx --out result.xlsx` handles it: read the file's
// tables, cost the plan, render the owned sheets (live formulas) and write the new file with the
// user's sheets kept. Each size runs in a fresh process; peak memory is its max resident set.
const { spawnSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");

const SIZES = [1_000, 10_000];
const YEARS = 3;

async function measure(lines) {
  const { generatePlan } = require("./generate-plan");
  const { planWorkbook } = require("../dist/workbook/input-sheets");
  const { writeWorkbook } = require("../dist/adapters/exceljs/write-workbook");
  const { readWorkbookBuffer } = require("../dist/adapters/exceljs/read-workbook");
  const { readPlan } = require("../dist/workbook/read-plan");
  const { costPlan } = require("../dist/engine/cost-plan");
  const { renderOwnedWorkbook } = require("../dist/workbook/owned-workbook");

  const input = await writeWorkbook(planWorkbook(generatePlan(lines, YEARS)));
  if (!input.data) throw new Error(input.problem);
  global.gc?.();
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const t0 = performance.now();
  const read = await readWorkbookBuffer(input.data);
  if (!read.snapshot) throw new Error(read.problem);
  const planned = readPlan(read.snapshot);
  if (!planned.plan) throw new Error(planned.errors.slice(0, 3).map((e) => `${e.cell ?? e.path}: ${e.message}`).join("\n"));
  const t1 = performance.now();
  const result = costPlan(planned.plan);
  const t2 = performance.now();
  const model = renderOwnedWorkbook(result, planned.inputs);
  const t3 = performance.now();
  const output = await writeWorkbook(model, input.data);
  if (!output.data) throw new Error(output.problem);
  const t4 = performance.now();
  return {
    lines,
    inputMb: input.data.length / 1e6,
    readMs: t1 - t0,
    costMs: t2 - t1,
    renderMs: t3 - t2,
    writeMs: t4 - t3,
    outputMb: output.data.length / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssBeforeMb: rssBefore,
  };
}

if (process.argv[2] === "--one") {
  measure(Number(process.argv[3])).then((m) => process.stdout.write(JSON.stringify(m)));
} else {
  console.log(`\nWorkbook benchmark: read + calculate + write, ${YEARS}-year plans`);
  console.log("lines    | input file | read tables | cost   | render sheets | write file | total   | output file | peak RSS");
  for (const lines of SIZES) {
    const child = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=4096", __filename, "--one", String(lines)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`${lines}: failed\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const m = JSON.parse(child.stdout);
    const s = (x) => `${(x / 1000).toFixed(2)} s`;
    console.log(
      [
        String(lines).padEnd(8),
        `${m.inputMb.toFixed(1)} MB`.padStart(10),
        s(m.readMs).padStart(11),
        s(m.costMs).padStart(6),
        s(m.renderMs).padStart(13),
        s(m.writeMs).padStart(10),
        s(m.readMs + m.costMs + m.renderMs + m.writeMs).padStart(7),
        `${m.outputMb.toFixed(1)} MB`.padStart(11),
        `${m.peakRssMb.toFixed(0)} MB`.padStart(8),
      ].join(" | "),
    );
  }
}
