import { Figure, figure } from "./figure";

/**
 * High Cost Area Supplements ("London weighting"): a percentage of basic pay clamped between a
 * minimum and a maximum payment (full time); pensionable and liable to employer NI.
 * NHS Employers, Agenda for Change handbook section 4 and annex 9. Havering and Harrow are outer
 * London.
 */
export const HCAS_ZONES = ["none", "fringe", "outer", "inner"] as const;
export type HcasZone = (typeof HCAS_ZONES)[number];
export type PayingZone = Exclude<HcasZone, "none">;

export interface HcasRate {
  /** Fraction of basic pay (0.15 for 15%). */
  readonly percent: Figure;
  readonly minimum: Figure;
  readonly maximum: Figure;
}

export type HcasYear = Readonly<Record<PayingZone, HcasRate>>;

const PERCENT_SOURCE = "NHS Employers, Agenda for Change handbook annex 9: inner 20%, outer 15%, fringe 5% of basic pay";
const pct = (value: string) => figure(value, "O", PERCENT_SOURCE);

const S2122 = "Third-party copy of NHS Employers, HCAS pay scales 2021/22";
const FRINGE_2122 = "Derived: 2020/21 fringe minimum and maximum (£1,034, £1,791; handbook annex 9) × 1.03 award";
const S2223 = "NHS Employers / NHSBSA, HCAS values 2022/23";
const UNTAGGED = (year: string) => `HCAS values ${year}, as gathered with the pay scales; no verification tag in the gathered facts`;
const S2526 = "Third-party copy of HCAS values 2025/26";
const S2526_MIN = "Third-party copy of HCAS values 2025/26; minima look un-uplifted from 2024/25";

function zone(percent: Figure, minimum: Figure, maximum: Figure): HcasRate {
  return { percent, minimum, maximum };
}

export const HCAS_RATES: ReadonlyMap<number, HcasYear> = new Map<number, HcasYear>([
  [
    2021,
    {
      inner: zone(pct("0.20"), figure("4608", "3P", S2122), figure("7097", "3P", S2122)),
      outer: zone(pct("0.15"), figure("3898", "3P", S2122), figure("4967", "3P", S2122)),
      fringe: zone(pct("0.05"), figure("1065", "D", FRINGE_2122), figure("1845", "D", FRINGE_2122)),
    },
  ],
  [
    2022,
    {
      inner: zone(pct("0.20"), figure("4888", "O", S2223), figure("7377", "O", S2223)),
      outer: zone(pct("0.15"), figure("4108", "O", S2223), figure("5177", "O", S2223)),
      fringe: zone(pct("0.05"), figure("1136", "O", S2223), figure("1915", "O", S2223)),
    },
  ],
  [
    2023,
    {
      inner: zone(pct("0.20"), figure("5132", "U", UNTAGGED("2023/24")), figure("7745", "U", UNTAGGED("2023/24"))),
      outer: zone(pct("0.15"), figure("4313", "U", UNTAGGED("2023/24")), figure("5436", "U", UNTAGGED("2023/24"))),
      fringe: zone(pct("0.05"), figure("1192", "U", UNTAGGED("2023/24")), figure("2011", "U", UNTAGGED("2023/24"))),
    },
  ],
  [
    2024,
    {
      inner: zone(
        pct("0.20"),
        figure("5415", "U", UNTAGGED("2024/25")),
        figure(
          "8172",
          "U",
          `${UNTAGGED("2024/25")}; one third-party page shows £8,171, £8,172 is consistent with NHS England's reimbursement figures`,
        ),
      ),
      outer: zone(pct("0.15"), figure("4552", "U", UNTAGGED("2024/25")), figure("5735", "U", UNTAGGED("2024/25"))),
      fringe: zone(pct("0.05"), figure("1258", "U", UNTAGGED("2024/25")), figure("2121", "U", UNTAGGED("2024/25"))),
    },
  ],
  [
    2025,
    {
      inner: zone(pct("0.20"), figure("5415", "U", S2526_MIN), figure("8465", "3P", S2526)),
      outer: zone(pct("0.15"), figure("4552", "U", S2526_MIN), figure("5941", "3P", S2526)),
      fringe: zone(pct("0.05"), figure("1258", "U", S2526_MIN), figure("2197", "3P", S2526)),
    },
  ],
]);
