#!/usr/bin/env node
"use strict";
// Adds lock-file entries for platform-specific optional packages (macOS, Windows, Android … builds
// of native helpers) that a registry mirror carrying only Linux builds cannot resolve. Without
// them `npm ci` refuses the lock file as out of sync. The entries carry the platform, so npm
// never fetches them on another one. Run after `npm install` changes the lock file:
//   node scripts/complete-lockfile.js
const fs = require("node:fs");
const path = require("node:path");

const file = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const PLATFORM = /-(android|darwin|freebsd|linux|openharmony|win32)-(arm|arm64|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/;

let added = 0;
for (const [where, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] || lock.packages[`${where}/${key}`]) continue;
    const match = PLATFORM.exec(name);
    if (!match || !/^\d+\.\d+\.\d+$/.test(version)) {
      console.error(`cannot complete ${name}@${version} (needed by ${where}): install on a machine that can resolve it`);
      process.exitCode = 1;
      continue;
    }
    const [, os, cpu, abi] = match;
    const libc = abi?.startsWith("gnu") ? ["glibc"] : abi?.startsWith("musl") ? ["musl"] : undefined;
    lock.packages[key] = { version, cpu: [cpu], ...(entry.dev ? { dev: true } : {}), ...(libc ? { libc } : {}), optional: true, os: [os] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform entries to package-lock.json`);
