import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { PlannerGateway } from "../planner/gateway";
import { AppHeader } from "./app-header";
import { ErrorBoundary } from "./error-boundary";
import { GatewayProvider } from "./gateway-context";
import { PlannerPanels } from "./planner-panels";

const useStyles = makeStyles({
  provider: {
    backgroundColor: tokens.colorNeutralBackground1,
  },
  page: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    // The pane is narrow: content wraps, it never scrolls sideways.
    overflowX: "hidden",
  },
});

export interface AppProps {
  readonly gateway: PlannerGateway;
  /** How "Reload the pane" reloads; the page reload unless given (tests pass their own). */
  readonly reload?: () => void;
}

function reloadPage(): void {
  window.location.reload();
}

/** The task pane: header, then the Set up, Calculate, Issues and Settings panels behind an error boundary. */
export function App({ gateway, reload = reloadPage }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <GatewayProvider gateway={gateway}>
        <div className={styles.page}>
          <AppHeader host={gateway.host} />
          <ErrorBoundary onReload={reload}>
            <PlannerPanels />
          </ErrorBoundary>
        </div>
      </GatewayProvider>
    </FluentProvider>
  );
}
