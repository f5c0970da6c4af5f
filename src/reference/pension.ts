import { Figure, figure } from "./figure";

/**
 * NHS Pension Scheme employer contributions. NHS employers pay 14.38% locally (including the
 * 0.08% administration levy); the rest of the full rate is paid centrally. Budgets normally
 * charge 14.38%; a "full economic cost" view uses the full rate.
 * Local government and other schemes have a per-employer rate, entered in the plan.
 */
export interface NhsPensionYear {
  readonly employer: Figure;
  readonly full: Figure;
}

const EMPLOYER_SHARE =
  "NHS Employers, NHS Pension Scheme employer contributions: employers pay 14.38% locally (includes the 0.08% administration levy, NHSBSA)";
const FULL_2019 = "NHS Employers: total employer rate 20.6% + 0.08% administration levy = 20.68%, 1 April 2019 – 31 March 2024";
const FULL_2024 = "NHS Employers, 14 March 2024: total employer rate 23.7% + 0.08% administration levy = 23.78% from 1 April 2024";

const before2024: NhsPensionYear = { employer: figure("0.1438", "O", EMPLOYER_SHARE), full: figure("0.2068", "O", FULL_2019) };
const from2024: NhsPensionYear = { employer: figure("0.1438", "O", EMPLOYER_SHARE), full: figure("0.2378", "O", FULL_2024) };

export const NHS_PENSION: ReadonlyMap<number, NhsPensionYear> = new Map([
  [2021, before2024],
  [2022, before2024],
  [2023, before2024],
  [2024, from2024],
  [2025, from2024],
]);
