import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * LibreOffice Calc, headless, as a second spreadsheet engine: a workbook goes in, the same
 * workbook recalculated and saved comes out. LibreOffice keeps an xlsx's cached formula results
 * unless told to recalculate on load, so each run gets a fresh profile that says "always".
 */

const CANDIDATES = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

// Load settings 0 = always recalculate (1 never, 2 ask): for OOXML and, to be safe, ODF.
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile that recalculates every formula when it loads a file. */
function recalculatingProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planner-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS);
  return dir;
}

/** Opens the workbook in LibreOffice, recalculates it, saves it as xlsx and gives back the saved bytes. */
export function recalculateWithLibreOffice(soffice: string, workbook: Buffer, name = "workbook.xlsx"): Buffer {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "planner-lo-"));
  const profile = recalculatingProfile();
  try {
    const input = path.join(work, name);
    const outDir = path.join(work, "out");
    fs.mkdirSync(outDir);
    fs.writeFileSync(input, workbook);
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", outDir, input], { stdio: "pipe", timeout: 300_000 });
    const output = path.join(outDir, name);
    if (!fs.existsSync(output)) throw new Error(`LibreOffice wrote no ${name} to ${outDir}`);
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
