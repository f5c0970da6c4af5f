import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { FakeGateway } from "./fake-gateway";

/** Renders the whole pane on a fake gateway; `openTab` clicks a tab and returns its (now visible) panel. */
export function renderPane(gateway: FakeGateway, reload: () => void = () => undefined) {
  const user = userEvent.setup();
  const view = render(<App gateway={gateway} reload={reload} />);
  const openTab = async (name: string | RegExp) => {
    await user.click(screen.getByRole("tab", { name }));
    return within(screen.getByRole("tabpanel"));
  };
  return { ...view, user, openTab };
}
