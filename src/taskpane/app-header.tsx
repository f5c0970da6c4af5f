import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { PlannerGateway } from "../planner/gateway";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/** The product's name, and a Preview badge when the pane runs in a browser rather than in Excel. */
export function AppHeader({ host }: { readonly host: PlannerGateway["host"] }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.title}>
        <h1 className={styles.name}>Resourcing Planner</h1>
        {host === "preview" && (
          <Badge appearance="tint" color="informative">
            Preview
          </Badge>
        )}
      </div>
      {host === "preview" && <p className={styles.note}>Running in a browser on an example workbook held in memory, not in Excel.</p>}
    </header>
  );
}
