#!/usr/bin/env node
// Prints the size of every JavaScript file the task pane build wrote (raw and gzipped), and the
// total the task pane page loads. Office.js itself is not counted: it comes from Microsoft's CDN
// (or, in the preview build, from the office-js/ folder this script skips).
// Usage: node scripts/bundle-sizes.js [dir] [--budget-kb=350]
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const args = process.argv.slice(2);
const dir = path.resolve(args.find((arg) => !arg.startsWith("--")) ?? "dist/addin");
const budgetArg = args.find((arg) => arg.startsWith("--budget-kb="));
const budgetKb = budgetArg ? Number(budgetArg.slice("--budget-kb=".length)) : 350;

if (!fs.existsSync(dir)) {
  console.error(`No build found at ${dir}; run npm run build first.`);
  process.exit(2);
}

const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".js"))
  .map((name) => {
    const bytes = fs.readFileSync(path.join(dir, name));
    return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

if (files.length === 0) {
  console.error(`No JavaScript files in ${dir}; run npm run build first.`);
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const width = Math.max(...files.map((file) => file.name.length), "Total".length);
console.log(`Task pane JavaScript in ${path.relative(process.cwd(), dir) || "."}`);
console.log(`${"File".padEnd(width)}  ${"Raw".padStart(10)}  ${"Gzipped".padStart(10)}`);
for (const file of files) console.log(`${file.name.padEnd(width)}  ${kb(file.raw).padStart(10)}  ${kb(file.gzip).padStart(10)}`);
const raw = files.reduce((sum, file) => sum + file.raw, 0);
const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
console.log(`${"Total".padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}`);
const within = gzip <= budgetKb * 1024;
console.log(`Gzipped total ${kb(gzip)}: ${within ? "within" : "OVER"} the ${budgetKb} KB budget.`);
// A report, not a gate: the build has already succeeded.
