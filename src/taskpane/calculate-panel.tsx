import { useId } from "react";
import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { CalculationView, IssueView } from "../planner/gateway";
import { AskCheckBanner } from "./ask-check-banner";
import { CalculationProgress } from "./calculation-progress";
import { countOf } from "./order-issues";
import { usePanelStyles } from "./panel-styles";
import { TotalsTables } from "./totals-tables";
import type { CalculationState } from "./use-calculation";

interface CalculatePanelProps {
  readonly state: CalculationState;
  readonly onCalculate: () => void;
  readonly onShowIssues: () => void;
}

/** The Calculate button, its progress, then the ask check, the totals and how many issues there are. */
export function CalculatePanel({ state, onCalculate, onShowIssues }: CalculatePanelProps) {
  const styles = usePanelStyles();
  const running = state.kind === "running";
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Calculate the plan
      </h2>
      <p className={styles.text}>Reads the planning tables, costs every line and writes the Summary, Issues, Costing, Phasing and Funding summary sheets.</p>
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.wideButton} disabled={running} onClick={onCalculate}>
          {running ? "Calculating…" : "Calculate"}
        </Button>
      </div>
      {state.kind === "not-run" && <p className={styles.quiet}>No calculation yet. Press Calculate to cost the plan and check the ask.</p>}
      {/* Only the step and a one-line summary are announced; the banners announce themselves. */}
      <div role="status" aria-live="polite">
        {state.kind === "running" && <CalculationProgress step={state.step} />}
        {state.kind === "finished" && state.outcome.kind === "costed" && <RunSummary view={state.outcome.view} />}
      </div>
      {state.kind === "finished" && state.outcome.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The calculation did not finish</MessageBarTitle>
            {state.outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "finished" && state.outcome.kind === "errors" && <InputErrors issues={state.outcome.issues} onShowIssues={onShowIssues} />}
      {state.kind === "finished" && state.outcome.kind === "costed" && <CalculationResult view={state.outcome.view} onShowIssues={onShowIssues} />}
    </section>
  );
}

function InputErrors({ issues, onShowIssues }: { readonly issues: readonly IssueView[]; readonly onShowIssues: () => void }) {
  const errors = issues.filter((issue) => issue.level === "error").length;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Nothing was costed</MessageBarTitle>
        The planning tables have {countOf(errors, "error")} to put right first.{" "}
        <Link as="button" onClick={onShowIssues}>
          Show the {errors === 1 ? "error" : "errors"} in Issues
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

function RunSummary({ view }: { readonly view: CalculationView }) {
  const styles = usePanelStyles();
  const years = view.years.length > 1 ? `${view.years[0]} to ${view.years[view.years.length - 1]}` : (view.years[0] ?? "");
  return (
    <p className={styles.quiet}>
      Calculated {view.ranAt}: {view.planName}, {view.lineCount === 1 ? "1 line" : `${view.lineCount} lines`}, {years}.
    </p>
  );
}

function CalculationResult({ view, onShowIssues }: { readonly view: CalculationView; readonly onShowIssues: () => void }) {
  const styles = usePanelStyles();
  return (
    <>
      {view.ask ? (
        <AskCheckBanner ask={view.ask} />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>No ask stated, so there is no ask check. Set an ask amount in Settings to check it.</MessageBarBody>
        </MessageBar>
      )}
      <TotalsTables totals={view.totals} />
      {view.issues.length === 0 ? (
        <p className={styles.text}>No issues found.</p>
      ) : (
        <div className={styles.actions}>
          <p className={styles.text}>{countOf(view.issues.length, "issue")} to look at.</p>
          <Button className={styles.wideButton} onClick={onShowIssues}>
            Show {view.issues.length === 1 ? "the issue" : `the ${view.issues.length} issues`}
          </Button>
        </div>
      )}
    </>
  );
}
