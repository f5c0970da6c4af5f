/**
 * @jest-environment jsdom
 */
// jsdom for its strict XML parser (DOMParser). Everything here runs offline: the schema check uses
// xmllint against Microsoft's manifest schemas kept on disk, never the online validator.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const MANIFEST_XML = fs.readFileSync(MANIFEST_PATH, "utf8");
const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BASIC_TYPES_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSD_ENTRY = "OfficeAppManifestV1_1.xsd";
/** Microsoft's schemas (fixed for xmllint) live outside the repository: OFFICE_MANIFEST_XSD_DIR, else the shared folder. */
const XSD_DIR =
  process.env.OFFICE_MANIFEST_XSD_DIR ??
  [path.resolve(ROOT, "../shared/schemas/office-manifest-xsd"), "/work/shared/schemas/office-manifest-xsd"].find((dir) => fs.existsSync(path.join(dir, XSD_ENTRY))) ??
  path.resolve(ROOT, "../shared/schemas/office-manifest-xsd");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<{ output: { path: string }; plugins: unknown[] }>;
  DEV_BASE_URL: string;
  rewriteManifest(xml: string, baseUrl: string): string;
}

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent ?? ""}`);
  return document;
}

/** Every URL in the manifest: attribute values and text that start with a scheme, namespace declarations aside. */
function urlsIn(document: Document): { readonly where: string; readonly url: string }[] {
  const found: { where: string; url: string }[] = [];
  const walk = (element: Element): void => {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attribute.value.trim())) found.push({ where: `${element.tagName}@${attribute.name}`, url: attribute.value.trim() });
    }
    const text = Array.from(element.childNodes)
      .filter((node) => node.nodeType === node.TEXT_NODE)
      .map((node) => node.textContent ?? "")
      .join("")
      .trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) found.push({ where: element.tagName, url: text });
    for (const child of Array.from(element.children)) walk(child);
  };
  walk(document.documentElement);
  return found;
}

/** The first element of the Office app namespace with this local name, directly under `parent`. */
function child(parent: Element, localName: string): Element | undefined {
  return Array.from(parent.children).find((element) => element.localName === localName && element.namespaceURI === OFFICE_APP_NS);
}

/** A PNG's width and height from its IHDR chunk. */
function pngSize(file: string): { readonly width: number; readonly height: number } {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(1, 4).toString("latin1") !== "PNG") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every file a production build writes under dist/addin, from the webpack config's plugins (no build needed). */
async function pagesTheBuildWrites(): Promise<Set<string>> {
  const config = await webpackConfig({}, { mode: "production" });
  const written = new Set<string>();
  for (const plugin of config.plugins) {
    const options = (plugin as { userOptions?: { filename?: unknown } }).userOptions;
    if (options && typeof options.filename === "string") written.add(options.filename);
    const patterns = (plugin as { patterns?: { from: string; to: string }[] }).patterns;
    for (const pattern of patterns ?? []) {
      const from = path.resolve(ROOT, pattern.from);
      if (fs.statSync(from).isDirectory()) {
        for (const name of fs.readdirSync(from, { recursive: true }) as string[]) {
          if (fs.statSync(path.join(from, name)).isFile()) written.add(path.posix.join(pattern.to, name.split(path.sep).join("/")));
        }
      } else {
        written.add(pattern.to);
      }
    }
  }
  return written;
}

function findXmllint(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

/** Runs xmllint with the shared schemas on a manifest file; the output on failure. */
function validateWithSchema(file: string): { readonly valid: boolean; readonly output: string } {
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", XSD_ENTRY, file], { cwd: XSD_DIR, encoding: "utf8" });
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

const document = parse(MANIFEST_XML);
const app = document.documentElement;

describe("manifest.xml", () => {
  test("is a well-formed task-pane OfficeApp", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe(OFFICE_APP_NS);
    expect(app.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
  });

  test("has a GUID Id and a Version of four numbers that matches package.json", () => {
    expect(child(app, "Id")?.textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const version = child(app, "Version")?.textContent?.trim() ?? "";
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    // Office caches an add-in by version: a release bumps package.json and the manifest together.
    const packageVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(version.split(".").slice(0, 3).join(".")).toBe(packageVersion);
  });

  test("uses https for every URL", () => {
    const urls = urlsIn(document);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter(({ url }) => !url.startsWith("https://"))).toEqual([]);
  });

  test("targets Excel and declares ExcelApi 1.8 as the minimum requirement set", () => {
    const hosts = Array.from(document.getElementsByTagNameNS(OFFICE_APP_NS, "Host")).map((host) => host.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const requirements = child(app, "Requirements");
    const sets = requirements && child(requirements, "Sets");
    const declared = Array.from(sets?.children ?? []).map((set) => `${set.getAttribute("Name")} ${set.getAttribute("MinVersion")}`);
    expect(declared).toContain("ExcelApi 1.8");
  });

  test("has a ribbon button that opens the task pane", () => {
    const actions = Array.from(document.getElementsByTagName("Action")).filter((action) => action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    const resid = actions[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid");
    const url = Array.from(document.getElementsByTagNameNS(BASIC_TYPES_NS, "Url")).find((element) => element.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe(`${webpackConfig.DEV_BASE_URL}/taskpane.html`);
  });

  test("refers only to icons that exist in assets/ at the size declared", () => {
    const icons = urlsIn(document).filter(({ url }) => url.endsWith(".png"));
    expect(icons.length).toBeGreaterThan(0);
    for (const { url } of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file) ? url : `${url} (missing: ${file})`).toBe(url);
      const size = pngSize(file);
      expect(size.width).toBe(size.height);
    }
    // Ribbon images carry their size twice: in the resource list and in the file itself.
    for (const image of Array.from(document.getElementsByTagNameNS(BASIC_TYPES_NS, "Image"))) {
      const value = image.getAttribute("DefaultValue");
      if (!value) continue;
      const declared = Number(/icon-(\d+)\.png$/.exec(value)?.[1]);
      expect({ value, width: pngSize(path.join(ROOT, new URL(value).pathname)).width }).toEqual({ value, width: declared });
    }
  });

  test("points every URL at a file the production build writes", async () => {
    const written = await pagesTheBuildWrites();
    expect(written.has("taskpane.html")).toBe(true);
    for (const { url } of urlsIn(document)) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe(webpackConfig.DEV_BASE_URL);
      const file = parsed.pathname.replace(/^\//, "");
      expect(written.has(file) ? file : `${url} is not written by the build (it writes ${[...written].sort().join(", ")})`).toBe(file);
    }
  });

  test("is rewritten to the production base URL, and an http base URL is refused", async () => {
    const rewritten = webpackConfig.rewriteManifest(MANIFEST_XML, "https://planner.example.nhs.uk/addin");
    const urls = urlsIn(parse(rewritten));
    expect(urls.filter(({ url }) => !url.startsWith("https://planner.example.nhs.uk/addin/"))).toEqual([]);
    const before = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = "http://planner.example.nhs.uk";
      await expect(webpackConfig({}, { mode: "production" })).rejects.toThrow(/https/);
    } finally {
      if (before === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = before;
    }
  });

  describe("against Microsoft's manifest schemas (xmllint)", () => {
    const xmllint = findXmllint();
    const schemas = fs.existsSync(path.join(XSD_DIR, XSD_ENTRY));
    const missing = [
      ...(xmllint ? [] : ["xmllint is not installed (apt-get install -y libxml2-utils)"]),
      ...(schemas ? [] : [`the schemas are not at ${XSD_DIR} (set OFFICE_MANIFEST_XSD_DIR)`]),
    ];
    const canCheck = missing.length === 0;
    // In CI a missing validator is a failure, not a silent skip; locally it says what was not checked.
    const schemaTest = canCheck || process.env.CI ? test : test.skip;
    if (!canCheck && !process.env.CI) {
      console.warn(`manifest.xml was NOT checked against the schemas: ${missing.join("; ")}.`);
    }

    schemaTest("validates as written (development URLs)", () => {
      if (!canCheck) throw new Error(`Cannot check manifest.xml against the schemas: ${missing.join("; ")}.`);
      const result = validateWithSchema(MANIFEST_PATH);
      expect(result.valid ? "valid" : result.output).toBe("valid");
    });

    schemaTest("validates once rewritten to a production base URL", () => {
      if (!canCheck) throw new Error(`Cannot check manifest.xml against the schemas: ${missing.join("; ")}.`);
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
      try {
        const file = path.join(directory, "manifest.xml");
        fs.writeFileSync(file, webpackConfig.rewriteManifest(MANIFEST_XML, "https://planner.example.nhs.uk/addin"));
        const result = validateWithSchema(file);
        expect(result.valid ? "valid" : result.output).toBe("valid");
      } finally {
        fs.rmSync(directory, { recursive: true, force: true });
      }
    });

    schemaTest("rejects a manifest that breaks the schema (the check is real)", () => {
      if (!canCheck) throw new Error(`Cannot check manifest.xml against the schemas: ${missing.join("; ")}.`);
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
      try {
        const file = path.join(directory, "manifest.xml");
        fs.writeFileSync(file, MANIFEST_XML.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"));
        expect(validateWithSchema(file).valid).toBe(false);
      } finally {
        fs.rmSync(directory, { recursive: true, force: true });
      }
    });
  });
});
