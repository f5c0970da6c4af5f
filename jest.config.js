/** Unit, property and CLI tests. The CLI tests run the built binary (see test/cli). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // LibreOffice interop runs on its own: npm run test:interop (jest.interop.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/interop/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  globalSetup: "<rootDir>/test/global-setup.js",
};
