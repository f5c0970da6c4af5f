/** Unit, property and CLI tests. The CLI tests run the built binary (see test/cli). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // LibreOffice interop runs on its own: npm run test:interop (jest.interop.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/interop/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/global-setup.js",
  // The CLI tests run the built binary several times per test: room for a busy CI machine.
  testTimeout: 60_000,
  // office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
  // pulls in modules jest 30 cannot load, so a small stub stands in (test/support/office-addin-manifest.js).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest.js" },
};
