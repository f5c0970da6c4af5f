import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { CalculatePanel } from "./calculate-panel";
import { useGateway } from "./gateway-context";
import { IssuesPanel } from "./issues-panel";
import { SetUpPanel } from "./set-up-panel";
import { SettingsPanel } from "./settings-panel";
import { issuesOf, useCalculation } from "./use-calculation";

const PANELS = [
  { value: "set-up", label: "Set up" },
  { value: "calculate", label: "Calculate" },
  { value: "issues", label: "Issues" },
  { value: "settings", label: "Settings" },
] as const;
type PanelName = (typeof PANELS)[number]["value"];

const useStyles = makeStyles({
  tabs: {
    flexWrap: "wrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Narrower than Fluent's default padding, so all four tabs (with the issue count) fit one row at 320 px.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  tabPanel: {
    minWidth: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
});

/**
 * The four panels behind a tab list (arrow keys move between tabs, Enter or Space opens one). A
 * panel stays mounted once opened, hidden when not selected, so half-typed settings and the last
 * result survive a look at another tab.
 */
export function PlannerPanels() {
  const styles = useStyles();
  const gateway = useGateway();
  const idPrefix = useId();
  const { state: calculation, calculate } = useCalculation(gateway);
  const [selected, setSelected] = useState<PanelName>("set-up");
  const [opened, setOpened] = useState<ReadonlySet<PanelName>>(() => new Set<PanelName>(["set-up"]));
  const [focusRequest, setFocusRequest] = useState<{ readonly panel: PanelName } | undefined>(undefined);
  const panelElements = useRef(new Map<PanelName, HTMLDivElement>());

  const open = (panel: PanelName) => {
    setSelected(panel);
    setOpened((before) => (before.has(panel) ? before : new Set([...before, panel])));
  };
  // From a link in one panel to another: keyboard and screen-reader users land on the new panel.
  const goTo = (panel: PanelName) => {
    open(panel);
    setFocusRequest({ panel });
  };
  useEffect(() => {
    if (focusRequest) panelElements.current.get(focusRequest.panel)?.focus();
  }, [focusRequest]);

  const issues = issuesOf(calculation);
  const content: Record<PanelName, () => ReactNode> = {
    "set-up": () => <SetUpPanel />,
    calculate: () => <CalculatePanel state={calculation} onCalculate={calculate} onShowIssues={() => goTo("issues")} />,
    issues: () => (
      <IssuesPanel key={calculation.kind === "finished" ? calculation.run : 0} state={calculation} issues={issues} onCalculate={() => goTo("calculate")} />
    ),
    settings: () => <SettingsPanel />,
  };

  return (
    <>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_event, data) => open(data.value as PanelName)}
        aria-label="Planner"
      >
        {PANELS.map((panel) => (
          <Tab key={panel.value} className={styles.tab} value={panel.value} id={`${idPrefix}-tab-${panel.value}`} aria-controls={`${idPrefix}-panel-${panel.value}`}>
            {panel.label}
            {panel.value === "issues" && issues && issues.length > 0 ? ` (${issues.length})` : ""}
          </Tab>
        ))}
      </TabList>
      {PANELS.map((panel) => (
        <div
          key={panel.value}
          ref={(element) => {
            if (element) panelElements.current.set(panel.value, element);
            else panelElements.current.delete(panel.value);
          }}
          className={styles.tabPanel}
          role="tabpanel"
          id={`${idPrefix}-panel-${panel.value}`}
          aria-labelledby={`${idPrefix}-tab-${panel.value}`}
          hidden={selected !== panel.value}
          tabIndex={-1}
        >
          {opened.has(panel.value) && content[panel.value]()}
        </div>
      ))}
    </>
  );
}
