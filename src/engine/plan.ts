import type { AfcBand, HcasZone } from "../reference";
import type { Day } from "./calendar";
import type { Decimal } from "./decimal";
import type { FinancialYear } from "./financial-year";
import type { Money } from "./money";

/**
 * The plan as the engine sees it: validated, typed, with dates resolved and money as Decimal.
 * Built by the plan-format parser from JSON, and from workbook tables by the workbook reader.
 * A rate is a fraction (0.15 for 15%).
 */
export type Rate = Decimal;

export const LINE_KINDS = ["post", "gp-backfill", "non-pay"] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const FUNDING_STATUSES = ["confirmed", "indicative", "requested"] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export const FUNDING_TYPES = ["cash", "in-kind"] as const;
export type FundingType = (typeof FUNDING_TYPES)[number];

export const NI_METHODS = ["monthly", "annual"] as const;
export type NiMethod = (typeof NI_METHODS)[number];
export const PENSION_CHARGES = ["employer", "full"] as const;
export type PensionCharge = (typeof PENSION_CHARGES)[number];
export const PENSION_SCHEMES = ["NHS", "LGPS", "other", "none"] as const;
export type PensionScheme = (typeof PENSION_SCHEMES)[number];
export const PAY_POINTS = ["entry", "intermediate", "top", "mid"] as const;
export type PayPoint = (typeof PAY_POINTS)[number];
export const FILLS = ["new", "secondment", "existing"] as const;
export type Fill = (typeof FILLS)[number];
export const PHASINGS = ["even", "lump"] as const;
export type Phasing = (typeof PHASINGS)[number];

export interface PlanSettings {
  readonly niMethod: NiMethod;
  readonly pensionCharge: PensionCharge;
  readonly apprenticeshipLevy: boolean;
  /** Assumed uplift for a year with no published pay scale, and for spot salaries after their year. */
  readonly payAward: Rate;
  /** Default HCAS zone for posts. */
  readonly hcasZone: HcasZone;
  /** Day of the month staff are paid (1–31, last day if the month is shorter): decides each month's NI regime. */
  readonly payDay: number;
}

export type AskTolerance = { readonly kind: "percent"; readonly rate: Rate } | { readonly kind: "amount"; readonly amount: Money };

export interface Ask {
  readonly amount: Money;
  readonly tolerance: AskTolerance;
  readonly year: FinancialYear;
}

export interface EmployerPension {
  readonly scheme: PensionScheme;
  /** Required for LGPS and other; for NHS it replaces the national rate (e.g. a local authority's extra 3.1%). */
  readonly rate?: Rate;
}

export interface Employer {
  readonly id: string;
  readonly name: string;
  readonly pension: EmployerPension;
  /** Overrides the plan's levy switch for this employer. */
  readonly apprenticeshipLevy?: boolean;
}

export type Pay =
  | { readonly kind: "scale"; readonly band: AfcBand; readonly point: PayPoint }
  | { readonly kind: "spot"; readonly salary: Money; readonly year: FinancialYear };

export type PensionOverride = { readonly kind: "none" } | { readonly kind: "rate"; readonly rate: Rate };

export interface Secondment {
  /** Releasing employer id: its on-cost rules apply. */
  readonly from: string;
  /** Share of the cost recharged in cash; the rest is the releasing partner's in-kind contribution. */
  readonly recharge: Rate;
}

/** One part of a line's funding: a share of its cash cost, or an amount per financial year. */
export type FundingClaim =
  | { readonly source: string; readonly share: Rate }
  | { readonly source: string; readonly amount: Money };

interface LineBase {
  readonly id: string;
  readonly title: string;
  readonly workstream: string;
  /** First and last day of cost, inclusive; the horizon's bounds when the plan leaves them out. */
  readonly start: Day;
  readonly end: Day;
  readonly recurrent: boolean;
  readonly funding: readonly FundingClaim[];
  /** Where the line's figures came from, in the planner's words ("Band 7 top: budgeted at top of scale"). */
  readonly note: string;
}

export interface Post extends LineBase {
  readonly kind: "post";
  /** The employer whose pension scheme and levy apply: the releasing employer for a secondment. */
  readonly employer: string;
  readonly pay: Pay;
  /** People on the line. */
  readonly count: number;
  /** FTE of each person. */
  readonly fte: Decimal;
  readonly hcasZone: HcasZone;
  readonly pension?: PensionOverride;
  readonly fill: Fill;
  readonly secondment?: Secondment;
}

export interface GpBackfill extends LineBase {
  readonly kind: "gp-backfill";
  readonly count: number;
  readonly sessionsPerWeek: Decimal;
  readonly weeksPerYear: Decimal;
  readonly ratePerSession: Money;
  readonly onCost: Rate;
}

export interface NonPayItem extends LineBase {
  readonly kind: "non-pay";
  readonly category: string;
  readonly quantity: Decimal;
  readonly unitCost: Money;
  /** Irrecoverable VAT. */
  readonly vat: Rate;
  readonly phasing: Phasing;
}

export type Line = Post | GpBackfill | NonPayItem;

export interface FundingSource {
  readonly id: string;
  readonly name: string;
  readonly type: FundingType;
  readonly status: FundingStatus;
  readonly amounts: ReadonlyMap<FinancialYear, Money>;
  readonly recurrent: boolean;
  readonly eligible: ReadonlySet<LineKind>;
}

export interface PayScaleOverride {
  readonly year: FinancialYear;
  readonly band: AfcBand;
  readonly points: { readonly entry?: Money; readonly intermediate?: Money; readonly top?: Money };
}

export interface HcasOverride {
  readonly year: FinancialYear;
  readonly zone: Exclude<HcasZone, "none">;
  readonly percent: Rate;
  readonly minimum: Money;
  readonly maximum: Money;
}

/** A single NI regime for a tax year, replacing the built-in one. */
export interface EmployerNIOverride {
  readonly year: number;
  readonly rate: Rate;
  readonly monthlyThreshold: Money;
  readonly annualThreshold: Money;
}

export interface NhsPensionOverride {
  readonly year: FinancialYear;
  readonly employer: Rate;
  readonly full: Rate;
}

export interface Plan {
  readonly name: string;
  readonly organisation: string;
  /** The planner's stated assumptions, shown with the results. */
  readonly notes: readonly string[];
  readonly startYear: FinancialYear;
  readonly years: number;
  readonly ask?: Ask;
  readonly settings: PlanSettings;
  readonly employers: readonly Employer[];
  readonly posts: readonly Post[];
  readonly gpBackfill: readonly GpBackfill[];
  readonly nonPay: readonly NonPayItem[];
  readonly funding: readonly FundingSource[];
  readonly payScales: readonly PayScaleOverride[];
  readonly hcas: readonly HcasOverride[];
  readonly employerNI: readonly EmployerNIOverride[];
  readonly nhsPension: readonly NhsPensionOverride[];
}

/** Every line of a plan, posts first, in plan order. */
export function linesOf(plan: Plan): Line[] {
  return [...plan.posts, ...plan.gpBackfill, ...plan.nonPay];
}
