import { useId } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { TotalsView } from "../planner/gateway";
import { usePanelStyles } from "./panel-styles";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  // Money stays on one line and lines up; the label column gives way to it in a narrow pane.
  amount: {
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  label: { fontWeight: tokens.fontWeightRegular },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: "none" },
});

/** Cost by kind of line, and funding by status, as two compact tables that fit a 320 px pane. */
export function TotalsTables({ totals }: { readonly totals: TotalsView }) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const kindId = useId();
  const statusId = useId();
  const cell = styles.cell;
  const amount = mergeClasses(styles.cell, styles.amount);
  return (
    <>
      <h3 id={kindId} className={panel.subheading}>
        Cost by kind
      </h3>
      <table className={styles.table} aria-labelledby={kindId}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(cell, styles.head)}>
              Kind
            </th>
            <th scope="col" className={mergeClasses(amount, styles.head)}>
              Cost
            </th>
            <th scope="col" className={mergeClasses(amount, styles.head)}>
              Unfunded
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.byKind.map((kind) => (
            <tr key={kind.label}>
              <th scope="row" className={mergeClasses(cell, styles.label)}>
                {kind.label}
              </th>
              <td className={amount}>{kind.cost}</td>
              <td className={amount}>{kind.unfunded}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={mergeClasses(cell, styles.total)}>
              Total
            </th>
            <td className={mergeClasses(amount, styles.total)}>{totals.cost}</td>
            <td className={mergeClasses(amount, styles.total)}>{totals.unfunded}</td>
          </tr>
        </tbody>
      </table>
      <h3 id={statusId} className={panel.subheading}>
        Funding by status
      </h3>
      <table className={styles.table} aria-labelledby={statusId}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(cell, styles.head)}>
              Status
            </th>
            <th scope="col" className={mergeClasses(amount, styles.head)}>
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.byStatus.map((status) => (
            <tr key={status.label}>
              <th scope="row" className={mergeClasses(cell, styles.label)}>
                {status.label}
              </th>
              <td className={amount}>{status.amount}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={mergeClasses(cell, styles.total)}>
              Total cost
            </th>
            <td className={mergeClasses(amount, styles.total)}>{totals.cost}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
