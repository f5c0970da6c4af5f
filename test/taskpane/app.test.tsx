/** @jest-environment jsdom */
import "./setup-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "../../src/taskpane/render-app";
import { FakeGateway } from "./fake-gateway";
import { renderPane } from "./render-pane";

function selectedTab(): string {
  const tab = screen.getAllByRole("tab").find((candidate) => candidate.getAttribute("aria-selected") === "true");
  return tab?.textContent ?? "";
}

describe("App", () => {
  it("shows the product name and no badge in Excel", () => {
    renderPane(new FakeGateway());
    expect(screen.getByRole("heading", { level: 1, name: "Resourcing Planner" })).toBeTruthy();
    expect(screen.queryByText("Preview")).toBeNull();
  });

  it("shows a Preview badge in a browser", () => {
    const gateway = new FakeGateway();
    gateway.host = "preview";
    renderPane(gateway);
    expect(screen.getByText("Preview")).toBeTruthy();
    expect(screen.getByText(/not in Excel/)).toBeTruthy();
  });

  it("opens on Set up, with the other panels hidden", () => {
    renderPane(new FakeGateway());
    expect(screen.getAllByRole("tab").map((tab) => tab.getAttribute("value"))).toEqual(["set-up", "calculate", "issues", "settings"]);
    expect(selectedTab()).toContain("Set up");
    const panels = screen.getAllByRole("tabpanel");
    expect(panels).toHaveLength(1);
    expect(within(panels[0]!).getByRole("button", { name: "Create planning tables" })).toBeTruthy();
    expect(panels[0]!.getAttribute("aria-labelledby")).toBe(screen.getByRole("tab", { name: "Set up" }).id);
  });

  it("moves between tabs with the keyboard: Tab to the list, arrows along it, Enter to open", async () => {
    const gateway = new FakeGateway();
    const { user } = renderPane(gateway);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Set up" }));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Calculate" }));
    await user.keyboard("{Enter}");
    expect(selectedTab()).toContain("Calculate");
    expect(within(screen.getByRole("tabpanel")).getByRole("button", { name: "Calculate" })).toBeTruthy();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Settings" }));
    await user.keyboard(" ");
    expect(selectedTab()).toContain("Settings");
    expect(await within(screen.getByRole("tabpanel")).findByRole("textbox", { name: "Start year" })).toBeTruthy();
    await user.keyboard("{ArrowLeft}{Enter}");
    expect(selectedTab()).toContain("Issues");
  });

  it("keeps unsaved settings when the user looks at another tab", async () => {
    const { user, openTab } = renderPane(new FakeGateway());
    let panel = await openTab("Settings");
    const amount = await panel.findByRole("textbox", { name: "Ask amount" });
    await user.type(amount, "1");
    await openTab("Calculate");
    panel = await openTab("Settings");
    expect((panel.getByRole("textbox", { name: "Ask amount" }) as HTMLInputElement).value).toBe("2700001");
  });

  it("reads the settings only once the Settings tab is opened", async () => {
    const gateway = new FakeGateway();
    const { openTab } = renderPane(gateway);
    expect(gateway.calls.readSettings).toBe(0);
    await openTab("Settings");
    await waitFor(() => expect(gateway.calls.readSettings).toBe(1));
  });
});

describe("renderApp", () => {
  it("mounts the pane into an element with the given gateway", async () => {
    const element = document.createElement("div");
    document.body.append(element);
    const gateway = new FakeGateway();
    gateway.host = "preview";
    const root = await act(async () => renderApp(element, gateway));
    expect(within(element).getByRole("heading", { name: "Resourcing Planner" })).toBeTruthy();
    expect(within(element).getByText("Preview")).toBeTruthy();
    act(() => root.unmount());
    element.remove();
  });
});
