#!/usr/bin/env node
"use strict";
// The compiled CLI is built by `npm ci` (the prepare script) into dist/.
const { main } = require("../dist/cli/process.js");
main(process.argv.slice(2), require("../package.json").version);
