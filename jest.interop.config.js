/** npm run test:interop: workbooks recalculated by LibreOffice Calc (headless) and compared with the engine. */
const base = require("./jest.config");
module.exports = {
  ...base,
  roots: ["<rootDir>/test/interop"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 600_000,
};
