/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, within } from "@testing-library/react";
import type { CalculationOutcome, CalculationStep } from "../../src/planner/gateway";
import { anIssue, aView, deferred, FakeGateway } from "./fake-gateway";
import { renderPane } from "./render-pane";

describe("CalculatePanel", () => {
  it("says there is no calculation yet before the first one", async () => {
    const { openTab } = renderPane(new FakeGateway());
    const panel = await openTab("Calculate");
    expect(panel.getByText(/No calculation yet\. Press Calculate/)).toBeTruthy();
  });

  it("shows the current step while the calculation runs", async () => {
    const gateway = new FakeGateway();
    const pending = deferred<CalculationOutcome>();
    let report: (step: CalculationStep) => void = () => undefined;
    gateway.calculation = (onProgress) => {
      report = onProgress;
      return pending.promise;
    };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));

    const status = panel.getByRole("status");
    expect(within(status).getByText("Step 1 of 3: reading the tables…")).toBeTruthy();
    expect((panel.getByRole("button", { name: "Calculating…" }) as HTMLButtonElement).disabled).toBe(true);
    act(() => report("costing"));
    expect(within(status).getByText("Step 2 of 3: costing the plan…")).toBeTruthy();
    act(() => report("writing"));
    expect(within(status).getByText("Step 3 of 3: writing the sheets…")).toBeTruthy();
    expect(panel.getByRole("progressbar", { name: "Step 3 of 3: writing the sheets…" })).toBeTruthy();

    await act(async () => pending.resolve({ kind: "costed", view: aView() }));
    expect(panel.queryByText(/Step \d of 3/)).toBeNull();
    expect(panel.getByText("Ask 2021/22: within tolerance")).toBeTruthy();
    expect(gateway.calls.calculate).toBe(1);
  });

  it("shows the ask within tolerance as a success banner with the figures", async () => {
    const { user, openTab } = renderPane(new FakeGateway());
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    const title = await panel.findByText("Ask 2021/22: within tolerance");
    const banner = title.closest(".fui-MessageBar") as HTMLElement;
    const figures = within(banner);
    expect(figures.getByText("£270,000.00")).toBeTruthy();
    expect(figures.getByText("£272,058.33")).toBeTruthy();
    expect(figures.getByText("+£2,058.33 (+0.76%)")).toBeTruthy();
    expect(figures.getByText("±£13,500.00")).toBeTruthy();
    expect(figures.queryByText(/differs from the stated ask/)).toBeNull();
    expect(intentOf(banner)).toBe("success");
  });

  it("shows the ask outside tolerance as a warning, saying why", async () => {
    const gateway = new FakeGateway();
    const view = aView();
    gateway.calculation = {
      kind: "costed",
      view: aView({ ask: { ...view.ask!, calculated: "£327,298.26", variance: "+£57,298.26", variancePercent: "+21.22%", withinTolerance: false } }),
    };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    const banner = (await panel.findByText("Ask 2021/22: outside tolerance")).closest(".fui-MessageBar") as HTMLElement;
    expect(intentOf(banner)).toBe("warning");
    expect(within(banner).getByText(/differs from the stated ask by more than the tolerance/)).toBeTruthy();
    expect(within(banner).getByText("+£57,298.26 (+21.22%)")).toBeTruthy();
    expect(within(banner).getByText("±£13,500.00")).toBeTruthy();
  });

  it("shows the variance alone when there is no percentage, and a note when no ask is stated", async () => {
    const gateway = new FakeGateway();
    const view = aView();
    gateway.calculation = { kind: "costed", view: aView({ ask: { ...view.ask!, stated: "£0.00", variance: "+£272,058.33", variancePercent: undefined } }) };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("+£272,058.33")).toBeTruthy();

    gateway.calculation = { kind: "costed", view: aView({ ask: undefined }) };
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText(/No ask stated, so there is no ask check/)).toBeTruthy();
  });

  it("shows the totals by kind and by funding status", async () => {
    const { user, openTab } = renderPane(new FakeGateway());
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    const byKind = await panel.findByRole("table", { name: "Cost by kind" });
    expect(rowsOf(byKind)).toEqual([
      ["Kind", "Cost", "Unfunded"],
      ["Posts", "£250,100.00", "£2,058.33"],
      ["GP backfill", "£45,000.00", "£0.00"],
      ["Non-pay", "£32,198.26", "£0.00"],
      ["Total", "£327,298.26", "£2,058.33"],
    ]);
    expect(rowsOf(panel.getByRole("table", { name: "Funding by status" }))).toEqual([
      ["Status", "Amount"],
      ["Confirmed", "£200,000.00"],
      ["Indicative", "£80,000.00"],
      ["Requested", "£45,239.93"],
      ["In kind", "£0.00"],
      ["Unfunded", "£2,058.33"],
      ["Total cost", "£327,298.26"],
    ]);
    expect(within(panel.getByRole("status")).getByText("Calculated 2026-11-23 09:14: Havering Borough Partnership 2021/22, 7 lines, 2021/22.")).toBeTruthy();
  });

  it("counts the issues and opens the Issues panel from a button", async () => {
    const gateway = new FakeGateway();
    gateway.calculation = { kind: "costed", view: aView({ issues: [anIssue(), anIssue({ level: "warning", code: "NON_RECURRENT", cell: "Funding!C4" })] }) };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("2 issues to look at.")).toBeTruthy();
    await user.click(panel.getByRole("button", { name: "Show the 2 issues" }));
    expect(screen.getByRole("tab", { name: "Issues (2)" }).getAttribute("aria-selected")).toBe("true");
    const issues = screen.getByRole("tabpanel");
    expect(document.activeElement).toBe(issues);
    expect(within(issues).getByText("NON_RECURRENT")).toBeTruthy();
  });

  it("says no issues were found when there are none", async () => {
    const gateway = new FakeGateway();
    gateway.calculation = { kind: "costed", view: aView({ issues: [] }) };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("No issues found.")).toBeTruthy();
    expect(panel.queryByRole("button", { name: /Show the/ })).toBeNull();
  });

  it("says nothing was costed when the inputs have errors, with a link to them", async () => {
    const gateway = new FakeGateway();
    gateway.calculation = {
      kind: "errors",
      issues: [
        anIssue({ level: "error", code: "FTE_RANGE", message: 'FTE must be a number more than 0 and at most 1.5; found "full time"', cell: "Posts!J3" }),
        anIssue({ level: "error", code: "DATE", message: "End date is before the start date", cell: "Posts!H4" }),
        anIssue({ level: "warning", code: "NOTE", cell: undefined }),
      ],
    };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("Nothing was costed")).toBeTruthy();
    expect(panel.getByText(/The planning tables have 2 errors to put right first\./)).toBeTruthy();
    expect(panel.queryByRole("table")).toBeNull();
    await user.click(panel.getByRole("button", { name: "Show the errors in Issues" }));
    const issues = within(screen.getByRole("tabpanel"));
    expect(issues.getByText('FTE must be a number more than 0 and at most 1.5; found "full time"')).toBeTruthy();
  });

  it("shows a failed calculation in a message bar", async () => {
    const gateway = new FakeGateway();
    gateway.calculation = { kind: "failed", message: "The Posts sheet is being edited: press Enter or Esc in Excel, then calculate again." };
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("The calculation did not finish")).toBeTruthy();
    expect(panel.getByText(/The Posts sheet is being edited/)).toBeTruthy();
    expect((panel.getByRole("button", { name: "Calculate" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows a rejected calculation as a message, not a crash", async () => {
    const gateway = new FakeGateway();
    gateway.calculation = () => Promise.reject(new Error("RichApi.Error: the request failed"));
    const { user, openTab } = renderPane(gateway);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await panel.findByText("The calculation stopped unexpectedly: RichApi.Error: the request failed")).toBeTruthy();
  });
});

/** The banner's intent: Fluent shows it as colour and icon only, so the banner names it in data-intent. */
function intentOf(banner: HTMLElement): string | null {
  return banner.getAttribute("data-intent");
}

function rowsOf(table: HTMLElement): string[][] {
  return Array.from(table.querySelectorAll("tr")).map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent ?? ""));
}
