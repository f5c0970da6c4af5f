import { useId, useState } from "react";
import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { IssueView } from "../planner/gateway";
import { failureMessage } from "./failure-message";
import { useGateway } from "./gateway-context";
import { IssueList } from "./issue-list";
import { usePanelStyles } from "./panel-styles";
import type { CalculationState } from "./use-calculation";

interface IssuesPanelProps {
  readonly state: CalculationState;
  /** The last calculation's issues; undefined when it did not get as far as listing them. */
  readonly issues: readonly IssueView[] | undefined;
  readonly onCalculate: () => void;
}

type Selection = { readonly kind: "selected"; readonly cell: string } | { readonly kind: "problem"; readonly message: string };

/** Every error and flag from the last calculation; choosing one selects its cell in the workbook. */
export function IssuesPanel({ state, issues, onCalculate }: IssuesPanelProps) {
  const styles = usePanelStyles();
  const gateway = useGateway();
  const headingId = useId();
  const [selection, setSelection] = useState<Selection | undefined>(undefined);

  const select = async (cell: string) => {
    setSelection(undefined);
    try {
      const outcome = await gateway.select(cell);
      setSelection(outcome.ok ? { kind: "selected", cell } : { kind: "problem", message: outcome.problem });
    } catch (reason) {
      setSelection({ kind: "problem", message: failureMessage(`Selecting ${cell}`, reason) });
    }
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Issues
      </h2>
      {issues === undefined ? (
        <NoList state={state} onCalculate={onCalculate} />
      ) : issues.length === 0 ? (
        <p className={styles.text}>No problems found: every table was read and no line was flagged.</p>
      ) : (
        <>
          <p className={styles.quiet}>Choose an issue to select its cell in the workbook.</p>
          <div role="status" aria-live="polite">
            {selection?.kind === "selected" && <p className={styles.text}>Selected {selection.cell}</p>}
          </div>
          {selection?.kind === "problem" && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{selection.message}</MessageBarBody>
            </MessageBar>
          )}
          <IssueList issues={issues} selectedCell={selection?.kind === "selected" ? selection.cell : undefined} onSelect={(cell) => void select(cell)} />
        </>
      )}
    </section>
  );
}

/** What the panel says when there is no list: before any calculation, while one runs, or after one failed. */
function NoList({ state, onCalculate }: { readonly state: CalculationState; readonly onCalculate: () => void }) {
  const styles = usePanelStyles();
  if (state.kind === "running") return <p className={styles.text}>Calculating… the issues appear here when it finishes.</p>;
  const words = state.kind === "not-run" ? "No calculation yet, so no issues to show." : "The last calculation did not finish, so there are no issues to show.";
  return (
    <p className={styles.text}>
      {words}{" "}
      <Link as="button" onClick={onCalculate}>
        Go to Calculate
      </Link>
    </p>
  );
}
