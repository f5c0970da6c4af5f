import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { AskView } from "../planner/gateway";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  pair: { display: "contents" },
  term: { margin: 0 },
  amount: {
    margin: 0,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
});

/** The ask check: green when the calculated ask is within tolerance of the stated one, a warning when it is not. */
export function AskCheckBanner({ ask }: { readonly ask: AskView }) {
  const styles = useStyles();
  const figures: [string, string][] = [
    ["Stated ask", ask.stated],
    ["Calculated", ask.calculated],
    ["Variance", ask.variancePercent ? `${ask.variance} (${ask.variancePercent})` : ask.variance],
    ["Tolerance", ask.tolerance],
  ];
  const intent = ask.withinTolerance ? "success" : "warning";
  return (
    // data-intent: Fluent shows the intent only as colour and icon; this names it for anything reading the page.
    <MessageBar intent={intent} data-intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Ask {ask.year}: {ask.withinTolerance ? "within tolerance" : "outside tolerance"}
        </MessageBarTitle>
        {!ask.withinTolerance && "The calculated ask differs from the stated ask by more than the tolerance."}
        <dl className={styles.figures}>
          {figures.map(([term, amount]) => (
            <div key={term} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.amount}>{amount}</dd>
            </div>
          ))}
        </dl>
      </MessageBarBody>
    </MessageBar>
  );
}
