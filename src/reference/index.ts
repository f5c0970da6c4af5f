import { APPRENTICESHIP_LEVY_RATE } from "./apprenticeship-levy";
import { EMPLOYER_NI, NiTaxYear } from "./employer-ni";
import { Figure } from "./figure";
import { HCAS_RATES, HcasYear } from "./hcas";
import { AFC_PAY_SCALES, PayScaleYear } from "./pay-scales";
import { NHS_PENSION, NhsPensionYear } from "./pension";

/** The built-in reference tables the engine costs with; a plan may override any of them. */
export interface ReferenceData {
  readonly payScales: ReadonlyMap<number, PayScaleYear>;
  readonly hcas: ReadonlyMap<number, HcasYear>;
  readonly employerNI: ReadonlyMap<number, NiTaxYear>;
  readonly nhsPension: ReadonlyMap<number, NhsPensionYear>;
  readonly apprenticeshipLevy: Figure;
}

export const BUILT_IN_REFERENCE: ReferenceData = {
  payScales: AFC_PAY_SCALES,
  hcas: HCAS_RATES,
  employerNI: EMPLOYER_NI,
  nhsPension: NHS_PENSION,
  apprenticeshipLevy: APPRENTICESHIP_LEVY_RATE,
};

/** The first financial year every built-in table covers. */
export const FIRST_REFERENCE_YEAR = 2021;

export { AFC_BANDS } from "./pay-scales";
export type { AfcBand, BandPoints, PayScaleYear } from "./pay-scales";
export { HCAS_ZONES } from "./hcas";
export type { HcasZone, HcasRate, HcasYear, PayingZone } from "./hcas";
export type { NiTaxYear, NiRate } from "./employer-ni";
export type { NhsPensionYear } from "./pension";
export type { Figure, VerificationTag } from "./figure";
