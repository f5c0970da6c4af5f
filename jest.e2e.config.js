/**
 * End-to-end test of the task pane's preview build in Chromium (npm run test:e2e builds it first).
 * Apart from `npm test`: it needs a browser (Debian's chromium, or CHROMIUM_PATH).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 120_000,
};
