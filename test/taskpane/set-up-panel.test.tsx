/** @jest-environment jsdom */
import "./setup-dom";
import { screen, within } from "@testing-library/react";
import { deferred, FakeGateway } from "./fake-gateway";
import { renderPane } from "./render-pane";
import type { SetUpOutcome } from "../../src/planner/gateway";

describe("SetUpPanel", () => {
  it("creates the planning tables and lists what was added", async () => {
    const gateway = new FakeGateway();
    gateway.setUpOutcome = { kind: "done", added: ["Plan", "Posts", "Funding"], skipped: [] };
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Create planning tables" }));
    expect(gateway.calls.setUp).toEqual(["template"]);
    expect(await screen.findByText("Planning tables added")).toBeTruthy();
    expect(screen.getByText("Added: Plan, Posts, Funding.")).toBeTruthy();
    expect(screen.queryByText(/Skipped/)).toBeNull();
  });

  it("loads the Havering example and says which sheets it skipped because they already exist", async () => {
    const gateway = new FakeGateway();
    gateway.setUpOutcome = { kind: "done", added: ["GPBackfill"], skipped: ["Plan", "Posts"] };
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Load the Havering example" }));
    expect(gateway.calls.setUp).toEqual(["example"]);
    expect(await screen.findByText("Added: GPBackfill.")).toBeTruthy();
    expect(screen.getByText(/Skipped, because the workbook already has them \(set up never touches an existing sheet\): Plan, Posts\./)).toBeTruthy();
  });

  it("says nothing was added when every sheet is already there", async () => {
    const gateway = new FakeGateway();
    gateway.setUpOutcome = { kind: "done", added: [], skipped: ["Plan"] };
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Create planning tables" }));
    expect(await screen.findByText("Nothing added")).toBeTruthy();
    expect(screen.getByText(/already has it .*: Plan\./)).toBeTruthy();
  });

  it("shows a failure in a message bar", async () => {
    const gateway = new FakeGateway();
    gateway.setUpOutcome = { kind: "failed", message: "The workbook is protected: unprotect it to add sheets." };
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Create planning tables" }));
    expect(await screen.findByText("Set up did not finish")).toBeTruthy();
    expect(screen.getByText("The workbook is protected: unprotect it to add sheets.")).toBeTruthy();
  });

  it("shows a rejected promise as a message and lets the user try again", async () => {
    const gateway = new FakeGateway();
    gateway.setUpOutcome = () => Promise.reject(new Error("Excel is busy"));
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Load the Havering example" }));
    expect(await screen.findByText("Loading the Havering example stopped unexpectedly: Excel is busy")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Load the Havering example" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("disables both buttons while one runs", async () => {
    const gateway = new FakeGateway();
    const pending = deferred<SetUpOutcome>();
    gateway.setUpOutcome = () => pending.promise;
    const { user } = renderPane(gateway);
    await user.click(screen.getByRole("button", { name: "Create planning tables" }));
    const panel = within(screen.getByRole("tabpanel"));
    expect(panel.getByText("Creating the planning tables…")).toBeTruthy();
    expect((panel.getByRole("button", { name: "Create planning tables" }) as HTMLButtonElement).disabled).toBe(true);
    expect((panel.getByRole("button", { name: "Load the Havering example" }) as HTMLButtonElement).disabled).toBe(true);
    pending.resolve({ kind: "done", added: ["Plan"], skipped: [] });
    expect(await panel.findByText("Added: Plan.")).toBeTruthy();
    expect(gateway.calls.setUp).toEqual(["template"]);
  });
});
