import { useCallback, useRef, useState } from "react";
import type { CalculationOutcome, CalculationStep, IssueView, PlannerGateway } from "../planner/gateway";
import { failureMessage } from "./failure-message";

/** Where the pane is with calculating: never run, running at a step, or finished with an outcome (`run` counts finished runs). */
export type CalculationState =
  | { readonly kind: "not-run" }
  | { readonly kind: "running"; readonly step: CalculationStep }
  | { readonly kind: "finished"; readonly outcome: CalculationOutcome; readonly run: number };

/** Runs the gateway's calculation, following its steps; a rejected promise becomes a "failed" outcome, never an uncaught error. */
export function useCalculation(gateway: PlannerGateway): { readonly state: CalculationState; readonly calculate: () => Promise<void> } {
  const [state, setState] = useState<CalculationState>({ kind: "not-run" });
  // A ref, not state: a second press before React re-renders must not start a second run.
  const running = useRef(false);
  const runs = useRef(0);
  const calculate = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState({ kind: "running", step: "reading" });
    let outcome: CalculationOutcome;
    try {
      outcome = await gateway.calculate((step) => setState({ kind: "running", step }));
    } catch (reason) {
      outcome = { kind: "failed", message: failureMessage("The calculation", reason) };
    }
    running.current = false;
    runs.current += 1;
    setState({ kind: "finished", outcome, run: runs.current });
  }, [gateway]);
  return { state, calculate };
}

/** The issues the last finished calculation reported, or undefined when there is no such list to show. */
export function issuesOf(state: CalculationState): readonly IssueView[] | undefined {
  if (state.kind !== "finished") return undefined;
  const { outcome } = state;
  if (outcome.kind === "costed") return outcome.view.issues;
  if (outcome.kind === "errors") return outcome.issues;
  return undefined;
}
