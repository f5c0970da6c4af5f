import { useId, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { SetUpOutcome } from "../planner/gateway";
import { failureMessage } from "./failure-message";
import { useGateway } from "./gateway-context";
import { usePanelStyles } from "./panel-styles";

type SetUpKind = "template" | "example";

const WHAT: Record<SetUpKind, string> = { template: "Creating the planning tables", example: "Loading the Havering example" };

/** Creates the planning tables, empty or with the Havering example, and says what was added and what was already there. */
export function SetUpPanel() {
  const styles = usePanelStyles();
  const gateway = useGateway();
  const headingId = useId();
  const [busy, setBusy] = useState<SetUpKind | undefined>(undefined);
  const [outcome, setOutcome] = useState<SetUpOutcome | undefined>(undefined);

  const setUp = async (kind: SetUpKind) => {
    setBusy(kind);
    setOutcome(undefined);
    try {
      setOutcome(await gateway.setUp(kind));
    } catch (reason) {
      setOutcome({ kind: "failed", message: failureMessage(WHAT[kind], reason) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Set up the workbook
      </h2>
      <p className={styles.text}>
        Adds the planning tables (Plan, Employers, Posts, GP backfill, Non-pay, Funding, Allocations, Pay scales) with dropdowns and guidance. It
        only adds sheets the workbook does not have yet: it never touches an existing sheet.
      </p>
      <div className={styles.actions}>
        <Button appearance="primary" className={styles.wideButton} disabled={busy !== undefined} onClick={() => void setUp("template")}>
          Create planning tables
        </Button>
        <Button className={styles.wideButton} disabled={busy !== undefined} onClick={() => void setUp("example")}>
          Load the Havering example
        </Button>
      </div>
      <div aria-live="polite">
        {busy && <Spinner size="tiny" labelPosition="after" label={`${WHAT[busy]}…`} />}
        {outcome && <SetUpResult outcome={outcome} />}
      </div>
    </section>
  );
}

function SetUpResult({ outcome }: { readonly outcome: SetUpOutcome }) {
  const styles = usePanelStyles();
  if (outcome.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Set up did not finish</MessageBarTitle>
          {outcome.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { added, skipped } = outcome;
  return (
    <MessageBar intent={added.length > 0 ? "success" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{added.length > 0 ? "Planning tables added" : "Nothing added"}</MessageBarTitle>
        {added.length > 0 && <p className={styles.text}>Added: {added.join(", ")}.</p>}
        {skipped.length > 0 && (
          <p className={styles.text}>
            Skipped, because the workbook already has {skipped.length === 1 ? "it" : "them"} (set up never touches an existing sheet): {skipped.join(", ")}.
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
