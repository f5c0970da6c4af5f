import { FILLS, FUNDING_STATUSES, FUNDING_TYPES, NI_METHODS, PAY_POINTS, PENSION_CHARGES, PENSION_SCHEMES, PHASINGS } from "../engine/plan";
import { AFC_BANDS, HCAS_ZONES } from "../reference";

/**
 * The workbook table contract: which Excel tables the reader looks for, their columns, and the
 * plan-format field each column fills. Headers match ignoring case, spaces and punctuation;
 * columns may come in any order and extra columns are ignored. The documented minimum columns
 * (shared plan-format design, "Workbook tables") are required; the others are optional.
 */

/** How a cell's value is read (see cell-values.ts). */
export type ValueKind =
  | "text" // titles, IDs, choices: text as it stands
  | "number" // FTE, quantity, sessions: a decimal number
  | "integer" // count, years, pay day
  | "money" // pounds, at most two decimal places
  | "percent" // 0.15, 15 or "15%" all mean 15%
  | "date" // an Excel date, or text "2021-07-01" / "01/07/2021"
  | "boolean" // Yes / No, TRUE / FALSE, 1 / 0
  | "year" // a financial year, "2021/22"
  | "tolerance" // the ask tolerance: a percentage (up to 100%) or an amount in pounds
  | "pension"; // a post's pension: "none", "employer" or a rate

export interface ColumnContract {
  /** The header as the template writes it. */
  readonly header: string;
  /** The plan-format field within the row's object, dotted: "fte", "pay.band", "secondment.from". */
  readonly field: string;
  /** The name InputCells knows the field by ("band", "recharge", "pensionRate"). */
  readonly key: string;
  readonly kind: ValueKind;
  /** A human label for messages: "FTE", "Rate per session". */
  readonly label: string;
  /** Whether the column must be present (a value may still be left blank where the format allows). */
  readonly required: boolean;
  /** Dropdown choices for the template. */
  readonly choices?: readonly string[];
  /** Other headers accepted for the column. */
  readonly aliases?: readonly string[];
  /** Width in characters in the template. */
  readonly width?: number;
  /** One line of guidance for the template. */
  readonly description: string;
}

export type TableName = "Plan" | "Employers" | "Posts" | "GPBackfill" | "NonPay" | "Funding" | "Allocations" | "PayScales";

export interface TableContract {
  readonly name: TableName;
  /** The sheet the template puts it on. */
  readonly sheet: string;
  /** Whether a workbook without the table is refused. */
  readonly required: boolean;
  /** What one row is, for guidance: "post line". */
  readonly rowIs: string;
  readonly purpose: string;
  readonly columns: readonly ColumnContract[];
}

export const YES_NO = ["Yes", "No"] as const;
/** The Funding cell of a line funded through rows of the Allocations table. */
export const SPLIT_FUNDING = "split";

type ColumnOptions = Partial<Pick<ColumnContract, "choices" | "aliases" | "width" | "required">>;

function column(header: string, field: string, kind: ValueKind, description: string, options: ColumnOptions & { key?: string; label?: string } = {}): ColumnContract {
  const last = field.split(".").pop() ?? field;
  return {
    header,
    field,
    key: options.key ?? last,
    kind,
    label: options.label ?? header,
    required: options.required ?? true,
    description,
    ...(options.choices ? { choices: options.choices } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    ...(options.width ? { width: options.width } : {}),
  };
}

const optional = { required: false } as const;

/** Columns every kind of line ends with. */
const lineDates = [
  column("Start", "start", "date", "First day (blank: the plan's first day)", { width: 12 }),
  column("End", "end", "date", "Last day, inclusive (blank: the plan's last day)", { width: 12 }),
];
const lineTail = [
  column("Recurrent", "recurrent", "boolean", "Yes if the cost carries on after the plan (ongoing capacity)", { choices: YES_NO, width: 11 }),
  column("Funding", "funding", "text", `A funding source ID, "${SPLIT_FUNDING}" when the line has rows in Allocations, or blank (unfunded)`, { width: 12 }),
  column("Note", "note", "text", "Where the figures came from", { ...optional, aliases: ["Notes"], width: 40 }),
];

export const PLAN_TABLE: TableContract = {
  name: "Plan",
  sheet: "Plan",
  required: true,
  rowIs: "setting",
  purpose: "The plan's name, horizon, ask and costing settings: one setting a row.",
  columns: [
    column("Setting", "setting", "text", "The setting's name (leave as written)", { width: 22 }),
    column("Value", "value", "text", "Its value", { width: 28 }),
    column("Description", "description", "text", "What the setting means", { ...optional, width: 70 }),
  ],
};

/** One row of the Plan table: a scalar field of the plan format. */
export interface SettingContract {
  readonly name: string;
  /** Plan-format path: "startYear", "settings.payAward", "ask.amount". */
  readonly path: string;
  readonly kind: ValueKind;
  readonly choices?: readonly string[];
  /** The value the template shows (blank: none). */
  readonly template: string | number | boolean | null;
  readonly description: string;
  /** Whether the row may appear more than once, each a list entry (notes). */
  readonly repeats?: boolean;
}

export const SETTINGS: readonly SettingContract[] = [
  { name: "Name", path: "name", kind: "text", template: null, description: "The plan's title" },
  { name: "Organisation", path: "organisation", kind: "text", template: null, description: "The partnership or organisation the plan is for" },
  { name: "Start year", path: "startYear", kind: "year", template: null, description: 'Required: the first financial year, e.g. "2021/22"' },
  { name: "Years", path: "years", kind: "integer", template: 1, description: "Horizon length in financial years, 1 to 5" },
  { name: "Ask amount", path: "ask.amount", kind: "money", template: null, description: "The amount the partnership asks for (blank: no ask check)" },
  { name: "Ask tolerance", path: "ask.tolerance", kind: "tolerance", template: null, description: "How far the calculated ask may differ: a percentage (5%) or an amount in pounds" },
  { name: "Ask year", path: "ask.year", kind: "year", template: null, description: "The financial year the ask is for (blank: the first year)" },
  { name: "NI method", path: "settings.niMethod", kind: "text", choices: NI_METHODS, template: "monthly", description: "Employer NI per pay month (monthly) or on the annual threshold (annual)" },
  { name: "Pension charge", path: "settings.pensionCharge", kind: "text", choices: PENSION_CHARGES, template: "employer", description: "NHS scheme: employer rate only (employer) or the full rate (full)" },
  { name: "Apprenticeship levy", path: "settings.apprenticeshipLevy", kind: "boolean", choices: YES_NO, template: "Yes", description: "Charge the 0.5% apprenticeship levy on pay" },
  { name: "Pay award", path: "settings.payAward", kind: "percent", template: 0, description: "Assumed uplift for a year with no published pay scale" },
  { name: "HCAS zone", path: "settings.hcasZone", kind: "text", choices: HCAS_ZONES, template: "none", description: "Default high cost area supplement zone for posts" },
  { name: "Pay day", path: "settings.payDay", kind: "integer", template: 25, description: "Day of the month staff are paid (1 to 31)" },
  { name: "Note", path: "notes", kind: "text", template: null, description: "A stated assumption; add one row per note", repeats: true },
];

export const EMPLOYERS_TABLE: TableContract = {
  name: "Employers",
  sheet: "Employers",
  required: true,
  rowIs: "employing organisation",
  purpose: "The organisations that employ or second staff, with their pension scheme.",
  columns: [
    column("ID", "id", "text", "A short ID used by posts (e.g. LBH)", { width: 10 }),
    column("Name", "name", "text", "The organisation's name", { width: 36 }),
    column("Pension scheme", "pension.scheme", "text", "NHS, LGPS, other or none", { key: "pensionScheme", choices: PENSION_SCHEMES, width: 15 }),
    column("Pension rate", "pension.rate", "percent", "Employer contribution rate; required for LGPS and other (blank for NHS: the national rate)", { key: "pensionRate", width: 13 }),
    column("Apprenticeship levy", "apprenticeshipLevy", "boolean", "Overrides the plan's levy setting for this employer", { ...optional, choices: YES_NO, width: 12 }),
  ],
};

export const POSTS_TABLE: TableContract = {
  name: "Posts",
  sheet: "Posts",
  required: true,
  rowIs: "post line",
  purpose: "Salaried posts: an Agenda for Change band and point, or a spot salary.",
  columns: [
    column("ID", "id", "text", "A unique line ID (e.g. P1)", { width: 8 }),
    column("Title", "title", "text", "The post's title", { width: 34 }),
    column("Workstream", "workstream", "text", "The workstream it belongs to", { width: 18 }),
    column("Employer", "employer", "text", "The employer's ID (Employers table)", { width: 11 }),
    column("Band", "pay.band", "text", "Agenda for Change band (blank for a spot salary)", { choices: AFC_BANDS, width: 7 }),
    column("Point", "pay.point", "text", "Pay point: entry, intermediate, top or mid (blank: top)", { choices: PAY_POINTS, width: 12 }),
    column("Salary", "pay.salary", "money", "A spot salary, full time (blank for a banded post)", { width: 13 }),
    column("Salary year", "pay.year", "year", "The year the spot salary is for (blank: the first year)", { ...optional, width: 11 }),
    column("Count", "count", "integer", "People on the line (blank: 1)", { width: 7 }),
    column("FTE", "fte", "number", "Each person's full-time equivalent, more than 0 and at most 1.5", { width: 7 }),
    ...lineDates,
    column("HCAS zone", "hcasZone", "text", "none, fringe, outer or inner (blank: the plan's zone)", { choices: HCAS_ZONES, width: 10 }),
    column("Fill", "fill", "text", "new, secondment or existing (blank: new)", { choices: FILLS, width: 12 }),
    column("Seconded from", "secondment.from", "text", "For a secondment: the releasing employer's ID", { key: "secondedFrom", width: 13 }),
    column("Recharge", "secondment.recharge", "percent", "For a secondment: 100% recharged in cash, 0% given in kind", { key: "recharge", width: 10 }),
    column("Pension rate", "pension", "pension", 'Overrides the employer\'s pension: a rate, "none" or blank', { ...optional, key: "pension", width: 12 }),
    ...lineTail,
  ],
};

export const GP_BACKFILL_TABLE: TableContract = {
  name: "GPBackfill",
  sheet: "GPBackfill",
  required: true,
  rowIs: "backfill line",
  purpose: "Sessions bought to release GPs: count × sessions a week × weeks a year × rate.",
  columns: [
    column("ID", "id", "text", "A unique line ID (e.g. G1)", { width: 8 }),
    column("Title", "title", "text", "What the backfill is for", { width: 34 }),
    column("Workstream", "workstream", "text", "The workstream it belongs to", { ...optional, width: 18 }),
    column("Count", "count", "integer", "GPs backfilled (blank: 1)", { width: 7 }),
    column("Sessions per week", "sessionsPerWeek", "number", "Sessions a week for each GP", { width: 10 }),
    column("Weeks per year", "weeksPerYear", "number", "Weeks a year (e.g. 42, leave taken out)", { width: 10 }),
    column("Rate per session", "ratePerSession", "money", "Pounds per session", { width: 12 }),
    column("On-cost", "onCost", "percent", "On-cost on the rate (blank: 0%)", { width: 9 }),
    ...lineDates,
    ...lineTail,
  ],
};

export const NON_PAY_TABLE: TableContract = {
  name: "NonPay",
  sheet: "NonPay",
  required: true,
  rowIs: "non-pay line",
  purpose: "Non-pay items: quantity × unit cost plus irrecoverable VAT.",
  columns: [
    column("ID", "id", "text", "A unique line ID (e.g. N1)", { width: 8 }),
    column("Title", "title", "text", "What is bought", { width: 34 }),
    column("Workstream", "workstream", "text", "The workstream it belongs to", { ...optional, width: 18 }),
    column("Category", "category", "text", "A category for the summary", { width: 14 }),
    column("Quantity", "quantity", "number", "How many (blank: 1)", { width: 9 }),
    column("Unit cost", "unitCost", "money", "Pounds each, before VAT", { width: 13 }),
    column("VAT", "vat", "percent", "Irrecoverable VAT (blank: 0%)", { width: 8 }),
    ...lineDates,
    column("Phasing", "phasing", "text", "even (spread over the months) or lump (all in the start month)", { choices: PHASINGS, width: 9 }),
    ...lineTail,
  ],
};

export const FUNDING_TABLE: TableContract = {
  name: "Funding",
  sheet: "Funding",
  required: true,
  rowIs: "funding source and year",
  purpose: "Funding sources, one row per source and financial year; rows with the same ID are one source.",
  columns: [
    column("ID", "id", "text", "A short source ID used by lines (e.g. CCG, ASK)", { width: 10 }),
    column("Name", "name", "text", "The source's name", { width: 36 }),
    column("Type", "type", "text", "cash or in-kind (blank: cash)", { choices: FUNDING_TYPES, width: 9 }),
    column("Status", "status", "text", "confirmed, indicative or requested (the ask itself)", { choices: FUNDING_STATUSES, width: 12 }),
    column("Year", "year", "year", 'The financial year of this row\'s amount, e.g. "2021/22"', { width: 9 }),
    column("Amount", "amount", "money", "Pounds available in that year", { width: 13 }),
    column("Recurrent", "recurrent", "boolean", "Yes if the money carries on after the plan", { choices: YES_NO, width: 11 }),
    column("Eligible", "eligible", "text", "Line kinds it may fund: post, gp-backfill, non-pay, comma separated (blank: all)", { width: 22 }),
  ],
};

export const ALLOCATIONS_TABLE: TableContract = {
  name: "Allocations",
  sheet: "Allocations",
  required: false,
  rowIs: "split of one line",
  purpose: `How a line funded by more than one source is split: a share or an amount a year for each source (the line's Funding cell says "${SPLIT_FUNDING}").`,
  columns: [
    column("Line ID", "line", "text", "The line's ID", { width: 9 }),
    column("Source", "source", "text", "A funding source ID", { width: 10 }),
    column("Share", "share", "percent", "A share of the line's cash cost (or give an amount)", { width: 9 }),
    column("Amount", "amount", "money", "Pounds a year (or give a share)", { width: 13 }),
  ],
};

export const PAY_SCALES_TABLE: TableContract = {
  name: "PayScales",
  sheet: "PayScales",
  required: false,
  rowIs: "override",
  purpose: "Overrides of the built-in Agenda for Change pay points for a year (e.g. a year not yet published).",
  columns: [
    column("Year", "year", "year", 'The financial year, e.g. "2026/27"', { width: 9 }),
    column("Band", "band", "text", "Agenda for Change band", { choices: AFC_BANDS, width: 7 }),
    column("Point", "point", "text", "entry, intermediate or top", { choices: ["entry", "intermediate", "top"], width: 12 }),
    column("Salary", "salary", "money", "Full-time salary at that point", { width: 13 }),
  ],
};

/** Every table, in the order the template lays out its sheets. */
export const TABLES: readonly TableContract[] = [PLAN_TABLE, EMPLOYERS_TABLE, POSTS_TABLE, GP_BACKFILL_TABLE, NON_PAY_TABLE, FUNDING_TABLE, ALLOCATIONS_TABLE, PAY_SCALES_TABLE];

/** The key a header or name is matched by: case, spaces and punctuation ignored ("On-cost" → "oncost"). */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Every header a column is known by, as match keys. */
export function columnKeys(column: ColumnContract): readonly string[] {
  return [column.header, column.field, ...(column.aliases ?? [])].map(matchKey);
}

/** The plan-format list a line table fills. */
export const LINE_LISTS = { Posts: "posts", GPBackfill: "gpBackfill", NonPay: "nonPay" } as const;
