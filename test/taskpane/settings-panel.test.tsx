/** @jest-environment jsdom */
import "./setup-dom";
import { screen } from "@testing-library/react";
import type { SaveOutcome, SettingsOutcome } from "../../src/planner/gateway";
import { deferred, FakeGateway, someSettings } from "./fake-gateway";
import { renderPane } from "./render-pane";

async function openSettings(gateway: FakeGateway) {
  const pane = renderPane(gateway);
  const panel = await pane.openTab("Settings");
  await panel.findByRole("button", { name: "Save settings" });
  return { ...pane, panel };
}

function valueOf(element: HTMLElement): string {
  return (element as HTMLInputElement | HTMLSelectElement).value;
}

describe("SettingsPanel", () => {
  it("loads the settings from the Plan table and says where they are kept", async () => {
    const gateway = new FakeGateway();
    gateway.settingsOutcome = { kind: "settings", values: someSettings({ years: "3", niMethod: "annual", payAward: "3%", askTolerance: "£13,500" }) };
    const { panel } = await openSettings(gateway);
    expect(gateway.calls.readSettings).toBe(1);
    expect(valueOf(panel.getByRole("textbox", { name: "Start year" }))).toBe("2021/22");
    expect(valueOf(panel.getByRole("combobox", { name: "Horizon (years)" }))).toBe("3");
    expect(valueOf(panel.getByRole("combobox", { name: "Employer NI method" }))).toBe("annual");
    expect(valueOf(panel.getByRole("combobox", { name: "NHS pension charge" }))).toBe("employer");
    expect(valueOf(panel.getByRole("combobox", { name: "Apprenticeship levy" }))).toBe("Yes");
    expect(valueOf(panel.getByRole("textbox", { name: "Pay award assumption" }))).toBe("3%");
    expect(valueOf(panel.getByRole("textbox", { name: "Ask amount" }))).toBe("270000");
    expect(valueOf(panel.getByRole("textbox", { name: "Ask tolerance" }))).toBe("£13,500");
    expect(valueOf(panel.getByRole("textbox", { name: "Ask year" }))).toBe("2021/22");
    expect(panel.getByText(/kept in the workbook's Plan table, so the file carries its own set-up/)).toBeTruthy();
    expect((panel.getByRole("button", { name: "Save settings" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows a loading message, then the settings", async () => {
    const gateway = new FakeGateway();
    const pending = deferred<SettingsOutcome>();
    gateway.settingsOutcome = () => pending.promise;
    const { openTab } = renderPane(gateway);
    const panel = await openTab("Settings");
    expect(panel.getByText("Reading the settings from the Plan table…")).toBeTruthy();
    pending.resolve({ kind: "settings", values: someSettings() });
    expect(await panel.findByRole("textbox", { name: "Start year" })).toBeTruthy();
  });

  it("saves only the settings that changed", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await openSettings(gateway);
    await user.selectOptions(panel.getByRole("combobox", { name: "Horizon (years)" }), "3");
    await user.selectOptions(panel.getByRole("combobox", { name: "NHS pension charge" }), "full");
    const amount = panel.getByRole("textbox", { name: "Ask amount" });
    await user.clear(amount);
    await user.type(amount, "300000");
    // Changed and changed back: not saved.
    const award = panel.getByRole("textbox", { name: "Pay award assumption" });
    await user.type(award, "0");
    await user.type(award, "{Backspace}");
    await user.click(panel.getByRole("button", { name: "Save settings" }));
    expect(gateway.calls.saveSettings).toEqual([{ years: "3", pensionCharge: "full", askAmount: "300000" }]);
    expect(await panel.findByText(/Saved 3 settings to the Plan table/)).toBeTruthy();
    expect((panel.getByRole("button", { name: "Save settings" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("saves from the keyboard with Enter in a text box, once a change is made", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await openSettings(gateway);
    const year = panel.getByRole("textbox", { name: "Ask year" });
    await user.clear(year);
    await user.type(year, "2022/23{Enter}");
    expect(gateway.calls.saveSettings).toEqual([{ askYear: "2022/23" }]);
    expect(await panel.findByText(/Saved 1 setting to the Plan table/)).toBeTruthy();
  });

  it("shows what is wrong with a value and will not save it", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await openSettings(gateway);
    const start = panel.getByRole("textbox", { name: "Start year" });
    await user.clear(start);
    await user.type(start, "2021/23");
    expect(panel.getByText(/"2021\/23" is not a financial year: after 2021 comes 22/)).toBeTruthy();
    const tolerance = panel.getByRole("textbox", { name: "Ask tolerance" });
    await user.clear(tolerance);
    await user.type(tolerance, "about five percent");
    expect(panel.getByText('Write a percentage up to 100% ("5%") or an amount in pounds ("13500")')).toBeTruthy();
    expect(start.getAttribute("aria-invalid")).toBe("true");
    expect(panel.getByText("Put right the 2 settings marked above to save.")).toBeTruthy();
    const save = panel.getByRole("button", { name: "Save settings" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await user.type(tolerance, "{Enter}");
    expect(gateway.calls.saveSettings).toEqual([]);

    await user.clear(start);
    expect(panel.getByText("Start year is required")).toBeTruthy();
    await user.type(start, "2021/22");
    await user.clear(tolerance);
    expect(save.disabled).toBe(false);
    await user.click(save);
    // A blank tolerance is allowed (no tolerance stated).
    expect(gateway.calls.saveSettings).toEqual([{ askTolerance: "" }]);
  });

  it("shows hints for every setting", async () => {
    const { panel } = await openSettings(new FakeGateway());
    expect(panel.getByText('The first financial year, e.g. "2021/22"')).toBeTruthy();
    expect(panel.getByText(/blank for no ask check/)).toBeTruthy();
  });

  it("undoes unsaved changes", async () => {
    const gateway = new FakeGateway();
    const { panel, user } = await openSettings(gateway);
    const amount = panel.getByRole("textbox", { name: "Ask amount" });
    await user.type(amount, "5");
    await user.click(panel.getByRole("button", { name: "Undo changes" }));
    expect(valueOf(amount)).toBe("270000");
    expect(gateway.calls.saveSettings).toEqual([]);
  });

  it("shows a failed save and keeps the edits", async () => {
    const gateway = new FakeGateway();
    gateway.saveOutcome = { kind: "failed", message: "The Plan table is on a protected sheet." };
    const { panel, user } = await openSettings(gateway);
    await user.selectOptions(panel.getByRole("combobox", { name: "Apprenticeship levy" }), "No");
    await user.click(panel.getByRole("button", { name: "Save settings" }));
    expect(await panel.findByText("The settings were not saved")).toBeTruthy();
    expect(panel.getByText("The Plan table is on a protected sheet.")).toBeTruthy();
    expect(valueOf(panel.getByRole("combobox", { name: "Apprenticeship levy" }))).toBe("No");
    expect((panel.getByRole("button", { name: "Save settings" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows a rejected save as a message", async () => {
    const gateway = new FakeGateway();
    const pending = deferred<SaveOutcome>();
    gateway.saveOutcome = () => pending.promise;
    const { panel, user } = await openSettings(gateway);
    await user.selectOptions(panel.getByRole("combobox", { name: "Employer NI method" }), "annual");
    await user.click(panel.getByRole("button", { name: "Save settings" }));
    expect(panel.getByRole("button", { name: "Saving…" })).toBeTruthy();
    pending.reject(new Error("Excel is busy"));
    expect(await panel.findByText("Saving the settings stopped unexpectedly: Excel is busy")).toBeTruthy();
  });

  it("shows a failure to read the settings and tries again", async () => {
    const gateway = new FakeGateway();
    gateway.settingsOutcome = { kind: "failed", message: "The workbook has no Plan table: use Set up to add one." };
    const { openTab, user } = renderPane(gateway);
    const panel = await openTab("Settings");
    expect(await panel.findByText("The workbook has no Plan table: use Set up to add one.")).toBeTruthy();
    gateway.settingsOutcome = { kind: "settings", values: someSettings() };
    await user.click(panel.getByRole("button", { name: "Try again" }));
    expect(await panel.findByRole("textbox", { name: "Start year" })).toBeTruthy();
    expect(gateway.calls.readSettings).toBe(2);
  });

  it("shows a value the workbook holds that is none of the choices as written, and matches case", async () => {
    const gateway = new FakeGateway();
    gateway.settingsOutcome = { kind: "settings", values: someSettings({ apprenticeshipLevy: "yes", pensionCharge: "partial" }) };
    const { panel, user } = await openSettings(gateway);
    expect(valueOf(panel.getByRole("combobox", { name: "Apprenticeship levy" }))).toBe("Yes");
    expect(valueOf(panel.getByRole("combobox", { name: "NHS pension charge" }))).toBe("partial");
    expect(panel.getByText("Choose employer rate or full rate")).toBeTruthy();
    await user.selectOptions(panel.getByRole("combobox", { name: "NHS pension charge" }), "full");
    await user.click(panel.getByRole("button", { name: "Save settings" }));
    expect(gateway.calls.saveSettings).toEqual([{ pensionCharge: "full" }]);
    expect(screen.queryByText("Choose employer rate or full rate")).toBeNull();
  });
});
