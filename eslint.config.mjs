// Lint: typescript-eslint's recommended rules, plus the layering of docs/architecture.md as
// import restrictions, so dependencies can only point inward.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const outerLayers = (...layers) => layers.map((layer) => ({ group: [`**/${layer}`, `**/${layer}/**`], message: `this layer must not import ${layer}/ (see docs/architecture.md)` }));
const io = ["fs", "node:*", "path", "os", "child_process", "exceljs", "react", "react-dom", "@fluentui/*"].map((name) => ({
  group: [name],
  message: "the engine and reference data are pure: no I/O, no UI",
}));

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", __filename: "readonly", global: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/reference/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("engine", "plan-format", "workbook", "adapters", "cli", "taskpane", "example"), ...io] }] },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...outerLayers("plan-format", "workbook", "adapters", "cli", "taskpane", "example"), ...io] }],
      // Money is Decimal: Math.round on money is the bug this project exists to avoid.
      "no-restricted-properties": ["error", { object: "Math", property: "round", message: "round money with rounding.ts, never Math.round" }],
    },
  },
  {
    files: ["src/workbook/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("adapters", "cli", "taskpane"), ...io] }] },
  },
  {
    files: ["src/adapters/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("cli", "taskpane")] }] },
  },
  {
    // Office.js calls live only in .ts adapter modules, where Microsoft's rules for them apply.
    files: ["src/adapters/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"])),
  },
  {
    files: ["src/planner/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("adapters", "cli", "taskpane"), ...io] }] },
  },
  {
    // Components talk to the gateway, never to Excel: no Office.js in .tsx files.
    files: ["src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "use the gateway (src/planner/gateway.ts), never Excel.* in a component" }],
      "no-restricted-imports": ["error", { patterns: [...outerLayers("adapters", "cli"), { group: ["**/engine/*", "**/workbook/*"], message: "components show the gateway's views; the planner does the work" }] }],
    },
  },
  {
    files: ["src/plan-format/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("workbook", "adapters", "cli", "taskpane", "example"), ...io] }] },
  },
);
