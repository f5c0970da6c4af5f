import type { KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { IssueView } from "../planner/gateway";
import { LevelBadge } from "./level-badge";
import { groupIssues } from "./order-issues";
import { usePanelStyles } from "./panel-styles";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: "border-box",
    width: "100%",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    overflowWrap: "anywhere",
  },
  selectable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  current: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
  },
});

interface IssueListProps {
  readonly issues: readonly IssueView[];
  /** The cell last selected, marked in the list. */
  readonly selectedCell?: string;
  readonly onSelect: (cell: string) => void;
}

/**
 * Every issue, errors first, then problems, then warnings. An issue with a cell is a button
 * (click, Enter or Space selects the cell); the up and down arrows move between them.
 */
export function IssueList({ issues, selectedCell, onSelect }: IssueListProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  return (
    <div className={panel.panel} onKeyDown={moveWithArrows}>
      {groupIssues(issues).map((group) => (
        <section key={group.level}>
          <h3 className={panel.subheading}>
            {GROUP_HEADINGS[group.level]} ({group.issues.length})
          </h3>
          <ul className={styles.list}>
            {group.issues.map((issue, index) => (
              <li key={`${issue.code}-${issue.cell ?? ""}-${index}`}>
                <IssueItem issue={issue} current={issue.cell !== undefined && issue.cell === selectedCell} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function IssueItem({ issue, current, onSelect }: { readonly issue: IssueView; readonly current: boolean; readonly onSelect: (cell: string) => void }) {
  const styles = useStyles();
  const content = (
    <>
      <span className={styles.top}>
        <LevelBadge level={issue.level} />
        <span className={styles.code}>{issue.code}</span>
        {issue.cell && <span className={styles.cell}>{issue.cell}</span>}
      </span>
      <span>{issue.message}</span>
    </>
  );
  const { cell } = issue;
  if (cell === undefined) return <div className={styles.item}>{content}</div>;
  return (
    <button
      type="button"
      data-issue=""
      className={mergeClasses(styles.item, styles.selectable, current && styles.current)}
      aria-current={current ? "true" : undefined}
      title={`Select ${cell}`}
      onClick={() => onSelect(cell)}
    >
      {content}
    </button>
  );
}

const GROUP_HEADINGS: Record<IssueView["level"], string> = { error: "Errors", problem: "Problems", warning: "Warnings" };

/**
 * Up and down arrows (Home, End) move between the issues' buttons across the groups, so a long
 * list need not be walked with Tab; Tab still reaches every one.
 */
function moveWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const keys = ["ArrowDown", "ArrowUp", "Home", "End"];
  if (!keys.includes(event.key)) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-issue]"));
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0 || buttons.length === 0) return;
  const to = event.key === "Home" ? 0 : event.key === "End" ? buttons.length - 1 : event.key === "ArrowDown" ? Math.min(at + 1, buttons.length - 1) : Math.max(at - 1, 0);
  event.preventDefault();
  buttons[to]?.focus();
}
