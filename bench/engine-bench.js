"use strict";
// npm run bench: costs generated plans of 1,000, 10,000 and 100,000 lines over 3 years and prints
// the time of each step and the peak memory (max resident set size) of a fresh process per size:
// parsing the plan, the first costing (cold: as the CLI runs), a repeat costing (warm: as a task
// pane recalculates), and writing the result format with every month (up to 10,000 lines).
// Figures, not pass/fail: see the closing notes of each change for the latest.
const { spawnSync } = require("node:child_process");
const { performance } = require("node:perf_hooks");
const os = require("node:os");

const SIZES = [1_000, 10_000, 100_000];
const YEARS = 3;

function measure(lines) {
  const { generatePlan } = require("./generate-plan");
  const { parsePlan } = require("../dist/plan-format/parse-plan");
  const { costPlan } = require("../dist/engine/cost-plan");
  const { writeResult } = require("../dist/plan-format/write-result");
  const { formatPennies } = require("../dist/engine/pennies");
  // The generated plan stands in for a file or workbook read in: it is garbage once parsed.
  const generated = () => generatePlan(lines, YEARS);
  const timedParse = () => {
    const raw = generated();
    global.gc?.();
    const start = performance.now();
    const plan = parsePlan(raw);
    return { plan, ms: performance.now() - start };
  };
  const { plan: parsed, ms: parseMs } = timedParse();
  if (!parsed.plan) throw new Error(parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join("\n"));
  global.gc?.();
  const t1b = performance.now();
  const result = costPlan(parsed.plan);
  const t2 = performance.now();
  const t3 = performance.now();
  let jsonMs = null;
  let jsonBytes = null;
  if (lines <= 10_000) {
    const json = JSON.stringify(writeResult(result));
    jsonMs = performance.now() - t3;
    jsonBytes = json.length;
  }
  // Peak memory of parsing, one costing and its JSON, before the repeats below add their garbage.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // A task pane recalculates in a warm process, on a plan read afresh from the workbook: time
  // three more costings of newly parsed copies (nothing cached from the first) and keep the median.
  const repeats = [0, 1, 2].map(() => {
    const fresh = parsePlan(generated()).plan;
    global.gc?.();
    const start = performance.now();
    costPlan(fresh);
    return performance.now() - start;
  });
  const repeatMs = repeats.sort((a, b) => a - b)[1];
  return {
    lines,
    parseMs,
    costMs: t2 - t1b,
    repeatMs,
    jsonMs,
    jsonBytes,
    flags: result.flags.length,
    total: formatPennies(result.totals.all.cost),
    peakRssMb,
  };
}

if (process.argv[2] === "--one") {
  process.stdout.write(JSON.stringify(measure(Number(process.argv[3]))));
} else {
  console.log(`Engine benchmark: ${YEARS}-year plans; node ${process.version}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`);
  console.log("lines    | parse plan | cost, first run | cost, repeat (median of 3) | result JSON incl. months | peak RSS | flags | total cost");
  for (const lines of SIZES) {
    const child = spawnSync(process.execPath, ["--expose-gc", __filename, "--one", String(lines)], { encoding: "utf8", maxBuffer: 1 << 20 });
    if (child.status !== 0) {
      console.log(`${lines}: failed\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const m = JSON.parse(child.stdout);
    const ms = (x) => `${x.toFixed(0)} ms`;
    const json = m.jsonMs === null ? "(not written)" : `${ms(m.jsonMs)} (${(m.jsonBytes / 1e6).toFixed(1)} MB)`;
    console.log(
      [String(lines).padEnd(8), ms(m.parseMs).padStart(10), ms(m.costMs).padStart(15), ms(m.repeatMs).padStart(26), json.padStart(24), `${m.peakRssMb.toFixed(0)} MB`.padStart(8), String(m.flags).padStart(5), `£${m.total}`].join(" | "),
    );
  }
}
