import { MemoryWorkbookPort } from "../adapters/memory/memory-port";
import { OfficeWorkbookPort } from "../adapters/office/office-workbook-port";
import { haveringExample } from "../example/havering";
import type { PlannerGateway } from "../planner/gateway";
import { createPlanner } from "../planner/planner";
import { planWorkbook } from "../workbook/input-sheets";
import { renderApp } from "./render-app";

/** The preview area's heading, and the test id the end-to-end test reads the selection from. */
export const PREVIEW_HEADING = "Preview: an in-memory workbook";
export const PREVIEW_SELECTION_TEST_ID = "preview-selection";

/**
 * The task pane's composition root. Waits for Office.js, then builds the planner over Excel
 * (inside Excel) or over an in-memory copy of the Havering example's input sheets (in a plain
 * browser, where Office.onReady resolves with no host), and mounts the pane into #app.
 */
export async function boot(page: Document): Promise<void> {
  const root = page.getElementById("app");
  if (!root) throw new Error("The task pane page has no #app element to render into.");
  try {
    await start(root);
  } catch (error) {
    // Before React mounts, the pane's own error boundary cannot show this: without it the pane stays on "Loading…".
    showProblem(root, `Resourcing Planner could not start: ${error instanceof Error ? error.message : String(error)}. Reopen the task pane to try again.`);
  }
}

async function start(root: HTMLElement): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showProblem(root, "Office.js did not load, so the add-in cannot start. Check the network connection and reopen the task pane.");
    return;
  }
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    renderApp(root, excelGateway());
    return;
  }
  if (info.host) {
    // The manifest only offers the add-in to Excel; this is a page opened in another host by hand.
    showProblem(root, "Resourcing Planner works in Excel only.");
    return;
  }
  renderApp(root, previewGateway(root));
}

function excelGateway(): PlannerGateway {
  return createPlanner(
    new OfficeWorkbookPort((batch) => Excel.run(batch)),
    { host: "excel" },
  );
}

/** A gateway over an in-memory workbook preloaded with the example's input sheets, and the preview area showing its selection. */
function previewGateway(root: HTMLElement): PlannerGateway {
  const port = new MemoryWorkbookPort(planWorkbook(haveringExample()));
  const output = addPreviewArea(root);
  const show = (address: string | undefined) => {
    output.textContent = address ?? "none yet";
  };
  show(port.selection());
  port.onSelect(show);
  return createPlanner(port, { host: "preview" });
}

/** The "Preview: an in-memory workbook" box under the pane: it stands in for Excel's own selection. */
function addPreviewArea(root: HTMLElement): HTMLOutputElement {
  const page = root.ownerDocument;
  const area = page.createElement("aside");
  area.className = "preview-workbook";
  area.setAttribute("aria-labelledby", "preview-workbook-heading");
  const heading = page.createElement("h2");
  heading.id = "preview-workbook-heading";
  heading.textContent = PREVIEW_HEADING;
  const line = page.createElement("p");
  line.append("Selected cell: ");
  const output = page.createElement("output");
  output.dataset["testid"] = PREVIEW_SELECTION_TEST_ID;
  output.setAttribute("aria-live", "polite");
  line.append(output);
  area.append(heading, line);
  root.after(area);
  return output;
}

function showProblem(root: HTMLElement, message: string): void {
  const paragraph = root.ownerDocument.createElement("p");
  paragraph.className = "boot-message";
  paragraph.setAttribute("role", "alert");
  paragraph.textContent = message;
  root.replaceChildren(paragraph);
}
