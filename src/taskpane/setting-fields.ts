import type { SettingName } from "../planner/gateway";

/** How a setting is edited: free text checked against a pattern, or one of a few choices. */
export type SettingField =
  | { readonly name: SettingName; readonly label: string; readonly hint: string; readonly kind: "text"; readonly optional: boolean; readonly check: (value: string) => string | undefined }
  | { readonly name: SettingName; readonly label: string; readonly hint: string; readonly kind: "choice"; readonly choices: readonly { readonly value: string; readonly label: string }[] };

const YEAR = /^(\d{4})\/(\d{2})$/;
const PERCENT = /^(\d+(\.\d+)?)\s*%$/;
const POUNDS = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/** A financial year "2021/22": the second part must be the year after the first. */
/** A percentage "3%" of at most `most` per cent: the Plan table takes no other form. */
function percentUpTo(value: string, most: number): boolean {
  const match = PERCENT.exec(value);
  return match !== null && Number(match[1]) <= most;
}

function checkYear(value: string): string | undefined {
  const match = YEAR.exec(value);
  if (!match) return 'Write the financial year as "2021/22"';
  const [, first = "", second = ""] = match;
  if ((Number(first) + 1) % 100 !== Number(second)) return `"${value}" is not a financial year: after ${first} comes ${String((Number(first) + 1) % 100).padStart(2, "0")}`;
  return undefined;
}

/**
 * The settings the pane edits, in the order shown. The checks follow the forms the planner writes
 * to the Plan table, as hints while typing; the planner still refuses anything else when saving,
 * and checks the table again when it calculates.
 */
export const SETTING_FIELDS: readonly SettingField[] = [
  { name: "startYear", label: "Start year", hint: 'The first financial year, e.g. "2021/22"', kind: "text", optional: false, check: checkYear },
  {
    name: "years",
    label: "Horizon (years)",
    hint: "How many financial years the plan covers",
    kind: "choice",
    choices: ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value === "1" ? "1 year" : `${value} years` })),
  },
  {
    name: "niMethod",
    label: "Employer NI method",
    hint: "Per pay month, as payroll does, or on the annual threshold",
    kind: "choice",
    choices: [
      { value: "monthly", label: "Monthly (per pay month)" },
      { value: "annual", label: "Annual threshold" },
    ],
  },
  {
    name: "pensionCharge",
    label: "NHS pension charge",
    hint: "The employer rate only, or the full rate",
    kind: "choice",
    choices: [
      { value: "employer", label: "Employer rate" },
      { value: "full", label: "Full rate" },
    ],
  },
  {
    name: "apprenticeshipLevy",
    label: "Apprenticeship levy",
    hint: "Charge the 0.5% levy on pay",
    kind: "choice",
    choices: [
      { value: "Yes", label: "Yes, charge the levy" },
      { value: "No", label: "No levy" },
    ],
  },
  {
    name: "payAward",
    label: "Pay award assumption",
    hint: 'Assumed uplift for a year with no published pay scale, e.g. "3%"',
    kind: "text",
    optional: false,
    // The planner takes a pay award of up to 25% a year; more is far more likely a typing slip.
    check: (value) => (percentUpTo(value, 25) ? undefined : 'Write a percentage from 0% to 25%, e.g. "3%" (0% for none)'),
  },
  {
    name: "askAmount",
    label: "Ask amount",
    hint: "What the partnership asks for, in pounds; blank for no ask check",
    kind: "text",
    optional: true,
    check: (value) => (POUNDS.test(value) ? undefined : 'Write an amount in pounds, e.g. "270000" or "£270,000.00"'),
  },
  {
    name: "askTolerance",
    label: "Ask tolerance",
    hint: 'How far the calculated ask may differ: a percentage ("5%") or pounds',
    kind: "text",
    optional: true,
    check: (value) => ((value.endsWith("%") ? percentUpTo(value, 100) : POUNDS.test(value)) ? undefined : 'Write a percentage up to 100% ("5%") or an amount in pounds ("13500")'),
  },
  { name: "askYear", label: "Ask year", hint: 'The financial year the ask is for; blank for the start year', kind: "text", optional: true, check: checkYear },
];

/** What is wrong with a value typed for a setting, in words; undefined when it looks right. */
export function settingProblem(field: SettingField, value: string): string | undefined {
  const trimmed = value.trim();
  if (field.kind === "choice") {
    if (field.choices.some((choice) => choice.value === trimmed)) return undefined;
    const labels = field.choices.map((choice) => choice.label.toLowerCase());
    return labels.length <= 2 ? `Choose ${labels.join(" or ")}` : `Choose one of: ${labels.join(", ")}`;
  }
  if (trimmed === "") return field.optional ? undefined : `${field.label} is required`;
  return field.check(trimmed);
}

/** The settings whose value differs from what the workbook holds: only these are saved. */
export function changedSettings(loaded: Readonly<Record<SettingName, string>>, edited: Readonly<Record<SettingName, string>>): Partial<Record<SettingName, string>> {
  const changes: Partial<Record<SettingName, string>> = {};
  for (const field of SETTING_FIELDS) {
    const value = edited[field.name].trim();
    if (value !== loaded[field.name].trim()) changes[field.name] = value;
  }
  return changes;
}

/** The choice matching a value written differently in the workbook ("yes", "Monthly"), so the list shows it; otherwise the value as written. */
export function matchChoice(field: SettingField, value: string): string {
  if (field.kind !== "choice") return value;
  const match = field.choices.find((choice) => choice.value.toLowerCase() === value.trim().toLowerCase());
  return match ? match.value : value;
}
