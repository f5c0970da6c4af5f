import type { IssueView } from "../planner/gateway";

/** The order issue levels are shown in: what stops a calculation first, then what is wrong, then what to check. */
export const ISSUE_LEVELS = ["error", "problem", "warning"] as const satisfies readonly IssueView["level"][];

/** Issues grouped by level (errors, problems, warnings), each group keeping the planner's order; empty groups left out. */
export function groupIssues(issues: readonly IssueView[]): { readonly level: IssueView["level"]; readonly issues: readonly IssueView[] }[] {
  return ISSUE_LEVELS.map((level) => ({ level, issues: issues.filter((issue) => issue.level === level) })).filter((group) => group.issues.length > 0);
}

/** "1 error", "3 problems": a count in words for headings and summaries. */
export function countOf(count: number, level: IssueView["level"] | "issue"): string {
  return `${count} ${level}${count === 1 ? "" : "s"}`;
}
