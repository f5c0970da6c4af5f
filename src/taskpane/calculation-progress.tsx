import { makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import type { CalculationStep } from "../planner/gateway";

const STEPS: Record<CalculationStep, { readonly number: number; readonly words: string }> = {
  reading: { number: 1, words: "reading the tables" },
  costing: { number: 2, words: "costing the plan" },
  writing: { number: 3, words: "writing the sheets" },
  done: { number: 3, words: "finishing" },
};

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Which step a running calculation is at: the spinner carries the words for screen readers; the bar is for the eye only. */
export function CalculationProgress({ step }: { readonly step: CalculationStep }) {
  const styles = useStyles();
  const { number, words } = STEPS[step];
  return (
    <div className={styles.progress}>
      <Spinner size="extra-tiny" labelPosition="after" label={`Step ${number} of 3: ${words}…`} />
      <ProgressBar value={step === "done" ? 1 : (number - 1) / 3} aria-hidden />
    </div>
  );
}
