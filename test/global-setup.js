// The CLI tests run the built binary, as a user would: build it once before the tests.
const { execSync } = require("node:child_process");

module.exports = async () => {
  execSync("npx tsc -p tsconfig.build.json", { cwd: __dirname + "/..", stdio: "inherit" });
};
