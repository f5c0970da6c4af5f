import { createRoot, type Root } from "react-dom/client";
import type { PlannerGateway } from "../planner/gateway";
import { App } from "./App";

/** Mounts the task pane into `element`, talking to the planner through `gateway`; returns the root so a caller can unmount it. */
export function renderApp(element: HTMLElement, gateway: PlannerGateway): Root {
  const root = createRoot(element);
  root.render(<App gateway={gateway} />);
  return root;
}
