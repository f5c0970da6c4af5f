import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { IssueView } from "../planner/gateway";

const LOOK: Record<IssueView["level"], { readonly label: string; readonly color: BadgeProps["color"] }> = {
  error: { label: "Error", color: "danger" },
  problem: { label: "Problem", color: "severe" },
  warning: { label: "Warning", color: "warning" },
};

/** An issue's level in words on a coloured badge (the word carries the meaning; the colour only helps). */
export function LevelBadge({ level }: { readonly level: IssueView["level"] }) {
  const { label, color } = LOOK[level];
  return (
    <Badge appearance="tint" color={color} shape="rounded" size="small">
      {label}
    </Badge>
  );
}
