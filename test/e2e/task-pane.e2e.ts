// The task pane's preview build in a real browser, offline: the page loads the local copy of
// Office.js, Office.onReady resolves with no host, and the pane runs on the in-memory workbook.
// Run with `npm run test:e2e` (it builds the preview first). Screenshots go to test-results/e2e/;
// the Calculate panel's also to docs/images/task-pane.png for the README.
import * as fs from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const BUILD = path.join(ROOT, "dist/addin");
const RESULTS = path.join(ROOT, "test-results/e2e");
const README_IMAGE = path.join(ROOT, "docs/images/task-pane.png");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** A task pane in Excel on Windows opens about 350 px wide. */
const PANE = { width: 350, height: 900 };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve-preview.js") as { serve(root: string, port: number): Promise<Server> };

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
/** Requests the page tried to make off this machine (blocked: the preview must work offline). */
const offsite: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(BUILD, "office-js/office.js"))) {
    throw new Error(`No preview build in ${BUILD}: run npm run test:e2e (it runs npm run build:preview first).`);
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  server = await serve(BUILD, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: PANE, locale: "en-GB", timezoneId: "Europe/London" });
  // A fixed clock, so the run time the pane shows (and so the README's screenshot) does not change from run to run.
  await context.clock.setFixedTime(new Date("2026-06-01T09:30:00+01:00"));
  // Office.js outside Office reaches for Microsoft's telemetry frame; nothing may leave the machine.
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      offsite.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto(`${origin}/taskpane.html`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

async function screenshot(name: string, ...copies: string[]): Promise<void> {
  const file = path.join(RESULTS, `${name}.png`);
  // No hover effects and no animations, so the same page gives the same image.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
  for (const copy of copies) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(file, copy);
  }
}

function tab(name: string): Locator {
  return page.getByRole("tab", { name: new RegExp(`^${name}`) });
}

function selectedPanel(): Locator {
  return page.locator('[role="tabpanel"]:not([hidden])');
}

const previewSelection = () => page.getByTestId("preview-selection");

describe("the task pane's preview in Chromium", () => {
  test("starts through Office.onReady in preview mode, offline", async () => {
    await expect(page.getByRole("heading", { name: "Resourcing Planner", level: 1 }).isVisible()).resolves.toBe(true);
    await page.getByText("Preview: an in-memory workbook").waitFor();
    await expect(page.evaluate(() => typeof Office !== "undefined" && typeof Office.onReady === "function")).resolves.toBe(true);
    expect(await tab("Set up").getAttribute("aria-selected")).toBe("true");
  });

  test("Set up loads the Havering example", async () => {
    await tab("Set up").click();
    await page.getByRole("button", { name: "Load the Havering example" }).click();
    // The preview workbook starts with the example loaded, so its sheets may be reported as skipped.
    await selectedPanel().getByText(/^(Planning tables added|Nothing added)$/).waitFor();
    await screenshot("set-up");
  });

  test("Calculate shows the ask check within tolerance, and flags", async () => {
    await tab("Calculate").click();
    await selectedPanel().getByRole("button", { name: "Calculate", exact: true }).click();
    const banner = selectedPanel().locator('[data-intent="success"]');
    await banner.getByText(/within tolerance/).waitFor();
    await expect(banner.getByText("£272,058.33").isVisible()).resolves.toBe(true);
    await expect(banner.getByText("£270,000.00").isVisible()).resolves.toBe(true);
    // The Issues tab counts the flags the calculation raised.
    await page.getByRole("tab", { name: /^Issues \([1-9]\d*\)$/ }).waitFor();
    await screenshot("calculate", README_IMAGE);
  });

  test("Issues selects a flag's cell in the workbook", async () => {
    await tab("Issues").click();
    const issue = selectedPanel().locator('button[title^="Select "]').first();
    await issue.waitFor();
    const cell = ((await issue.getAttribute("title")) ?? "").replace(/^Select /, "");
    expect(cell).toMatch(/^.+!\$?[A-Z]+\$?\d+/);
    const before = await previewSelection().textContent();
    await issue.click();
    await expect(issue.getAttribute("aria-current")).resolves.toBe("true");
    await page.waitForFunction((expected) => document.querySelector('[data-testid="preview-selection"]')?.textContent === expected, cell);
    expect(await previewSelection().textContent()).not.toBe(before);
    await screenshot("issues");
  });

  test("Settings opens with the plan's settings", async () => {
    await tab("Settings").click();
    await selectedPanel().getByRole("button", { name: "Save settings" }).waitFor();
    await screenshot("settings");
  });

  test("raised no script errors and made no request off this machine but Office.js's telemetry", () => {
    expect(pageErrors).toEqual([]);
    // Blocked requests show as console errors; anything else is a real one.
    expect(consoleErrors.filter((text) => !/ERR_BLOCKED_BY_CLIENT|net::ERR_FAILED/.test(text))).toEqual([]);
    expect(offsite.filter((url) => !url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
  });
});
