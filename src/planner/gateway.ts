/**
 * What the task pane asks of the planner. The UI talks only to this: in Excel it is backed by
 * the Office.js adapter, in a plain browser (preview) by an in-memory workbook preloaded with the
 * example. Views carry figures already formatted ("£272,058.33"): the UI does no arithmetic.
 */
export interface PlannerGateway {
  /** "excel" inside Excel; "preview" in a plain browser against the in-memory workbook. */
  readonly host: "excel" | "preview";
  /** Creates the planning tables (empty, or filled with the Havering example) on sheets the workbook does not have yet. */
  setUp(kind: "template" | "example"): Promise<SetUpOutcome>;
  /** Reads the tables, costs the plan and writes the owned sheets and a run log row; reports progress by step. */
  calculate(onProgress?: (step: CalculationStep) => void): Promise<CalculationOutcome>;
  /** Selects the cell an issue points at. */
  select(address: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly problem: string }>;
  /** The plan's settings as the Plan table holds them. */
  readSettings(): Promise<SettingsOutcome>;
  /** Writes changed settings into the Plan table's Value cells (so the workbook carries them). */
  saveSettings(changes: Readonly<Partial<Record<SettingName, string>>>): Promise<SaveOutcome>;
}

export type CalculationStep = "reading" | "costing" | "writing" | "done";

export type SetUpOutcome =
  | { readonly kind: "done"; readonly added: readonly string[]; readonly skipped: readonly string[] }
  | { readonly kind: "failed"; readonly message: string };

export type CalculationOutcome =
  | { readonly kind: "costed"; readonly view: CalculationView }
  /** The inputs have errors: nothing costed; the Issues sheet lists them. */
  | { readonly kind: "errors"; readonly issues: readonly IssueView[] }
  | { readonly kind: "failed"; readonly message: string };

export interface CalculationView {
  readonly planName: string;
  readonly years: readonly string[];
  readonly lineCount: number;
  readonly ask?: AskView;
  readonly totals: TotalsView;
  readonly issues: readonly IssueView[];
  /** When the run was, as shown in the run log ("2026-11-23 09:14"). */
  readonly ranAt: string;
}

export interface AskView {
  readonly year: string;
  readonly stated: string;
  readonly calculated: string;
  /** "+£2,058.33". */
  readonly variance: string;
  /** "+0.76%"; absent when the stated ask is nothing. */
  readonly variancePercent?: string;
  readonly tolerance: string;
  readonly withinTolerance: boolean;
}

export interface TotalsView {
  readonly cost: string;
  readonly funded: string;
  readonly inKind: string;
  readonly unfunded: string;
  /** Cost by kind of line, in the order shown: posts, GP backfill, non-pay. */
  readonly byKind: readonly { readonly label: string; readonly cost: string; readonly funded: string; readonly inKind: string; readonly unfunded: string }[];
  /** Cash funding by status, then in kind and unfunded. */
  readonly byStatus: readonly { readonly label: string; readonly amount: string }[];
}

export interface IssueView {
  readonly level: "error" | "problem" | "warning";
  /** "UNFUNDED", or an input error code. */
  readonly code: string;
  readonly message: string;
  /** The cell to select ("Posts!F7"), when there is one. */
  readonly cell?: string;
  readonly lineId?: string;
}

export const SETTING_NAMES = ["startYear", "years", "niMethod", "pensionCharge", "apprenticeshipLevy", "payAward", "askAmount", "askTolerance", "askYear"] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export type SettingsOutcome =
  | { readonly kind: "settings"; readonly values: Readonly<Record<SettingName, string>> }
  | { readonly kind: "failed"; readonly message: string };

export type SaveOutcome = { readonly kind: "saved"; readonly written: number } | { readonly kind: "failed"; readonly message: string };
