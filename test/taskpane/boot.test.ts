/** @jest-environment jsdom */
import * as v8 from "node:v8";
import type { PlannerGateway } from "../../src/planner/gateway";
import { boot, PREVIEW_HEADING } from "../../src/taskpane/boot";
import { renderApp } from "../../src/taskpane/render-app";
import { OfficeWorkbookPort } from "../../src/adapters/office/office-workbook-port";

// The pane itself has its own tests; here only which gateway it is given matters.
jest.mock("../../src/taskpane/render-app", () => ({ renderApp: jest.fn() }));
jest.mock("../../src/adapters/office/office-workbook-port", () => ({ OfficeWorkbookPort: jest.fn() }));

const scope = globalThis as unknown as Record<string, unknown>;
// Browsers have structuredClone (the in-memory workbook copies models with it); jsdom does not.
scope.structuredClone ??= (value: unknown) => v8.deserialize(v8.serialize(value));
const HostType = { Excel: "Excel", Word: "Word" };

function officeReadyWith(host: string | null): void {
  scope.Office = { HostType, onReady: () => Promise.resolve({ host, platform: null }) };
}

function renderedGateway(): PlannerGateway {
  const calls = jest.mocked(renderApp).mock.calls;
  expect(calls).toHaveLength(1);
  return calls[0]![1];
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"><p>Loading…</p></div>';
  jest.mocked(renderApp).mockClear();
  jest.mocked(OfficeWorkbookPort).mockClear();
  delete scope.Office;
  delete scope.Excel;
});

describe("boot", () => {
  it("runs the preview on the in-memory example when Office.js is outside Office, and shows the selection", async () => {
    officeReadyWith(null);
    await boot(document);
    expect(document.querySelector('[role="alert"]')?.textContent).toBeUndefined();
    const gateway = renderedGateway();
    expect(gateway.host).toBe("preview");
    expect(jest.mocked(renderApp).mock.calls[0]![0]).toBe(document.getElementById("app"));
    expect(document.querySelector("aside h2")?.textContent).toBe(PREVIEW_HEADING);
    const selection = document.querySelector('[data-testid="preview-selection"]');
    expect(selection?.textContent).toBe("none yet");
    // The in-memory workbook holds the example's input sheets, so the planner reads a plan from it.
    await expect(gateway.readSettings()).resolves.toMatchObject({ kind: "settings", values: { askAmount: expect.stringMatching(/270/) } });
    await expect(gateway.select("Posts!F7")).resolves.toEqual({ ok: true });
    expect(selection?.textContent).toBe("Posts!F7");
    expect(OfficeWorkbookPort).not.toHaveBeenCalled();
  });

  it("uses the Office.js workbook inside Excel, with no preview area", async () => {
    officeReadyWith("Excel");
    const run = jest.fn(() => Promise.resolve("ran"));
    scope.Excel = { run };
    await boot(document);
    expect(renderedGateway().host).toBe("excel");
    expect(OfficeWorkbookPort).toHaveBeenCalledTimes(1);
    // The port's batch runner is Excel.run.
    const runBatch = jest.mocked(OfficeWorkbookPort).mock.calls[0]![0] as (batch: unknown) => Promise<unknown>;
    const batch = async () => "done";
    await expect(runBatch(batch)).resolves.toBe("ran");
    expect(run).toHaveBeenCalledWith(batch);
    expect(document.querySelector('[data-testid="preview-selection"]')).toBeNull();
  });

  it("says so when Office.js did not load", async () => {
    await boot(document);
    expect(renderApp).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/Office\.js did not load/);
  });

  it("refuses another Office host", async () => {
    officeReadyWith("Word");
    await boot(document);
    expect(renderApp).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe("Resourcing Planner works in Excel only.");
  });

  it("shows a failure to start instead of leaving the pane on Loading", async () => {
    scope.Office = { HostType, onReady: () => Promise.reject(new Error("host went away")) };
    await boot(document);
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/could not start: host went away/);
  });
});
