/** @jest-environment jsdom */
import "./setup-dom";
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CalculationView } from "../../src/planner/gateway";
import { ErrorBoundary } from "../../src/taskpane/error-boundary";
import { aView, FakeGateway } from "./fake-gateway";
import { renderPane } from "./render-pane";

/** A component that fails while rendering once its button is pressed. */
function Breaks() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error("a bug in a panel");
  return <button onClick={() => setBroken(true)}>Break</button>;
}

describe("ErrorBoundary", () => {
  // React reports every error a boundary catches on the console; the test expects them.
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => quiet.mockRestore());

  it("shows a plain message when a component fails, with a way to reload the pane", async () => {
    const reload = jest.fn();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ErrorBoundary onReload={reload}>
          <Breaks />
        </ErrorBoundary>
      </FluentProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Break" }));
    expect(screen.getByText("Something went wrong; your workbook has not been changed.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Break" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Reload the pane" }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("replaces the panels when a result cannot be shown, and nothing writes to the workbook afterwards", async () => {
    const gateway = new FakeGateway();
    // A view missing its totals: showing it fails inside the Calculate panel.
    gateway.calculation = { kind: "costed", view: { ...aView(), totals: undefined } as unknown as CalculationView };
    const reload = jest.fn();
    const { user, openTab } = renderPane(gateway, reload);
    const panel = await openTab("Calculate");
    await user.click(panel.getByRole("button", { name: "Calculate" }));
    expect(await screen.findByText("Something went wrong; your workbook has not been changed.")).toBeTruthy();
    const writesBefore = gateway.writes;

    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.queryByRole("button", { name: "Calculate" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Create planning tables" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Save settings" })).toBeNull();
    await user.keyboard("{Tab}{Enter}{Tab}{Enter}");
    expect(gateway.writes).toBe(writesBefore);
    expect(gateway.calls.setUp).toEqual([]);
    expect(gateway.calls.saveSettings).toEqual([]);
    // The header stays, so the user still knows where they are.
    expect(screen.getByRole("heading", { name: "Resourcing Planner" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Reload the pane" }));
    expect(reload).toHaveBeenCalled();
  });
});
