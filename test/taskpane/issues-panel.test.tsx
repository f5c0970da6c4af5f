/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, within } from "@testing-library/react";
import type { CalculationOutcome } from "../../src/planner/gateway";
import { anIssue, aView, deferred, FakeGateway } from "./fake-gateway";
import { renderPane } from "./render-pane";

const MIXED = [
  anIssue({ level: "warning", code: "NON_RECURRENT", message: "P1 is recurrent but its source is not", cell: "Funding!C4" }),
  anIssue({ level: "problem", code: "UNFUNDED", message: "P2 has £647.19 unfunded", cell: "Posts!B3" }),
  anIssue({ level: "error", code: "FTE_RANGE", message: 'FTE must be more than 0 and at most 1.5; found "40"', cell: "Posts!F7" }),
  anIssue({ level: "problem", code: "ASK_OUTSIDE_TOLERANCE", message: "The ask is outside its tolerance", cell: undefined }),
];

/** Renders the pane, calculates with the given issues and opens the Issues panel. */
async function issuesAfterCalculating(gateway: FakeGateway, outcome: CalculationOutcome) {
  gateway.calculation = outcome;
  const pane = renderPane(gateway);
  const calculate = await pane.openTab("Calculate");
  await pane.user.click(calculate.getByRole("button", { name: "Calculate" }));
  await screen.findByRole("tab", { name: /^Issues/ });
  const panel = await pane.openTab(/^Issues/);
  return { ...pane, panel };
}

describe("IssuesPanel", () => {
  it("says there has been no calculation before the first one", async () => {
    const { openTab, user } = renderPane(new FakeGateway());
    const panel = await openTab("Issues");
    expect(panel.getByText(/No calculation yet, so no issues to show\./)).toBeTruthy();
    await user.click(panel.getByRole("button", { name: "Go to Calculate" }));
    expect(screen.getByRole("tab", { name: "Calculate" }).getAttribute("aria-selected")).toBe("true");
  });

  it("says no problems were found after a clean calculation", async () => {
    const { panel } = await issuesAfterCalculating(new FakeGateway(), { kind: "costed", view: aView({ issues: [] }) });
    expect(panel.getByText(/No problems found/)).toBeTruthy();
    expect(panel.queryByRole("list")).toBeNull();
  });

  it("says why there is no list after a failed calculation", async () => {
    const { panel } = await issuesAfterCalculating(new FakeGateway(), { kind: "failed", message: "Excel closed the connection" });
    expect(panel.getByText(/The last calculation did not finish/)).toBeTruthy();
  });

  it("lists errors, then problems, then warnings, each with its level and code", async () => {
    const { panel } = await issuesAfterCalculating(new FakeGateway(), { kind: "costed", view: aView({ issues: MIXED }) });
    expect(panel.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual(["Errors (1)", "Problems (2)", "Warnings (1)"]);
    const items = panel.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      'ErrorFTE_RANGEPosts!F7FTE must be more than 0 and at most 1.5; found "40"',
      "ProblemUNFUNDEDPosts!B3P2 has £647.19 unfunded",
      "ProblemASK_OUTSIDE_TOLERANCEThe ask is outside its tolerance",
      "WarningNON_RECURRENTFunding!C4P1 is recurrent but its source is not",
    ]);
    // An issue with no cell has nothing to select: it is not a button.
    expect(panel.getAllByRole("button").map((button) => button.textContent)).not.toContain("ProblemASK_OUTSIDE_TOLERANCEThe ask is outside its tolerance");
  });

  it("selects an issue's cell on a click and says so", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await issuesAfterCalculating(gateway, { kind: "costed", view: aView({ issues: MIXED }) });
    await user.click(panel.getByRole("button", { name: /FTE_RANGE/ }));
    expect(gateway.calls.select).toEqual(["Posts!F7"]);
    expect(within(panel.getByRole("status")).getByText("Selected Posts!F7")).toBeTruthy();
    expect(panel.getByRole("button", { name: /FTE_RANGE/ }).getAttribute("aria-current")).toBe("true");
  });

  it("selects an issue's cell with Enter and with Space", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await issuesAfterCalculating(gateway, { kind: "errors", issues: MIXED });
    panel.getByRole("button", { name: /UNFUNDED/ }).focus();
    await user.keyboard("{Enter}");
    expect(await panel.findByText("Selected Posts!B3")).toBeTruthy();
    panel.getByRole("button", { name: /NON_RECURRENT/ }).focus();
    await user.keyboard(" ");
    expect(await panel.findByText("Selected Funding!C4")).toBeTruthy();
    expect(gateway.calls.select).toEqual(["Posts!B3", "Funding!C4"]);
  });

  it("moves between issues with the arrow keys, Home and End", async () => {
    const { panel, user } = await issuesAfterCalculating(new FakeGateway(), { kind: "costed", view: aView({ issues: MIXED }) });
    panel.getByRole("button", { name: /FTE_RANGE/ }).focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /UNFUNDED/ }));
    // Across the group boundary, skipping the issue that has no cell.
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /NON_RECURRENT/ }));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /NON_RECURRENT/ }));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /FTE_RANGE/ }));
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /NON_RECURRENT/ }));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(panel.getByRole("button", { name: /UNFUNDED/ }));
  });

  it("shows the problem when the cell cannot be selected", async () => {
    const gateway = new FakeGateway();
    gateway.selectOutcome = { ok: false, problem: "There is no sheet called Posts any more." };
    const { panel, user } = await issuesAfterCalculating(gateway, { kind: "costed", view: aView({ issues: MIXED }) });
    await user.click(panel.getByRole("button", { name: /FTE_RANGE/ }));
    expect(await panel.findByText("There is no sheet called Posts any more.")).toBeTruthy();
    expect(panel.queryByText(/^Selected/)).toBeNull();
  });

  it("shows a rejected selection as a message", async () => {
    const gateway = new FakeGateway();
    gateway.selectOutcome = () => Promise.reject(new Error("Excel is busy"));
    const { panel, user } = await issuesAfterCalculating(gateway, { kind: "costed", view: aView({ issues: MIXED }) });
    await user.click(panel.getByRole("button", { name: /UNFUNDED/ }));
    expect(await panel.findByText("Selecting Posts!B3 stopped unexpectedly: Excel is busy")).toBeTruthy();
  });

  it("forgets the last selection when a new calculation finishes", async () => {
    const gateway = new FakeGateway();
    const { panel, user, openTab } = await issuesAfterCalculating(gateway, { kind: "costed", view: aView({ issues: MIXED }) });
    await user.click(panel.getByRole("button", { name: /FTE_RANGE/ }));
    expect(await panel.findByText("Selected Posts!F7")).toBeTruthy();
    const pending = deferred<CalculationOutcome>();
    gateway.calculation = () => pending.promise;
    const calculate = await openTab("Calculate");
    await user.click(calculate.getByRole("button", { name: "Calculate" }));
    const issues = await openTab("Issues");
    expect(issues.getByText(/Calculating… the issues appear here/)).toBeTruthy();
    await act(async () => pending.resolve({ kind: "costed", view: aView({ issues: MIXED }) }));
    expect(screen.queryByText("Selected Posts!F7")).toBeNull();
  });
});
