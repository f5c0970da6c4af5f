import { Figure, figure } from "./figure";

/**
 * Employer (secondary Class 1) National Insurance. NI runs on the tax year (6 April – 5 April),
 * so a monthly model applies the regime in force on each month's pay date.
 */
export interface NiRate {
  /** First pay date the rate applies to, ISO. */
  readonly from: string;
  readonly rate: Figure;
}

export interface NiTaxYear {
  /** Rates in force during the tax year, by pay date; the first starts on 6 April. */
  readonly rates: readonly NiRate[];
  readonly monthlyThreshold: Figure;
  readonly annualThreshold: Figure;
  /** The single rate for the year used by the annual method (HMRC's blended rate where it changed mid-year). */
  readonly annualRate: Figure;
}

const S2021 =
  "The Social Security (Contributions) (Rates, Limits and Thresholds Amendments) Regulations 2021, reg. 6 (legislation.gov.uk): the 2020/21 secondary threshold of £169/week, £732/month, £8,788/year that 2021/22's replaced; rate 13.8%. Used only for pay dates before 6 April 2021 (a pay day from the 1st to the 5th)";
const S2122 = "HMRC, Rates and thresholds for employers 2021 to 2022: secondary threshold £170/week, £737/month, £8,840/year; rate 13.8%";
const S2223 = "HMRC, Rates and thresholds for employers 2022 to 2023: secondary threshold £175/week, £758/month, £9,100/year";
const S2223_RATE =
  "Health and Social Care Levy: 15.05% for pay dates 6 April – 5 November 2022, reversed to 13.8% from 6 November 2022 (Health and Social Care Levy (Repeal) Act 2022)";
const S2223_ANNUAL =
  "HMRC National Insurance Manual NIM01615: secondary percentage 14.53% for 2022/23 = 214/365 × 15.05% + 151/365 × 13.8% (HMRC's blended rate for annual earnings periods)";
const THIRD_PARTY = (year: string) =>
  `Third-party copies (payroll software knowledge bases, tax tables) of HMRC, Rates and thresholds for employers ${year}: rate 13.8%, secondary threshold £175/week, £758/month, £9,100/year`;
const S2526 =
  "Third-party copies (payroll bureaux) of HMRC, Rates and thresholds for employers 2025 to 2026: rate 15%, secondary threshold £96/week, £417/month, £5,000/year";

function single(rate: Figure, monthly: Figure, annual: Figure, startYear: number): NiTaxYear {
  return { rates: [{ from: `${startYear}-04-06`, rate }], monthlyThreshold: monthly, annualThreshold: annual, annualRate: rate };
}

/** By tax year, held as the calendar year it starts in (2021 is 6 April 2021 – 5 April 2022). */
export const EMPLOYER_NI: ReadonlyMap<number, NiTaxYear> = new Map<number, NiTaxYear>([
  [2020, single(figure("0.138", "O", S2021), figure("732", "O", S2021), figure("8788", "O", S2021), 2020)],
  [2021, single(figure("0.138", "O", S2122), figure("737", "O", S2122), figure("8840", "O", S2122), 2021)],
  [
    2022,
    {
      rates: [
        { from: "2022-04-06", rate: figure("0.1505", "O", S2223_RATE) },
        { from: "2022-11-06", rate: figure("0.138", "O", S2223_RATE) },
      ],
      monthlyThreshold: figure("758", "O", S2223),
      annualThreshold: figure("9100", "O", S2223),
      annualRate: figure("0.1453", "O", S2223_ANNUAL),
    },
  ],
  [
    2023,
    single(
      figure("0.138", "3P", THIRD_PARTY("2023 to 2024")),
      figure("758", "3P", THIRD_PARTY("2023 to 2024")),
      figure("9100", "3P", THIRD_PARTY("2023 to 2024")),
      2023,
    ),
  ],
  [
    2024,
    single(
      figure("0.138", "3P", THIRD_PARTY("2024 to 2025")),
      figure("758", "3P", THIRD_PARTY("2024 to 2025")),
      figure("9100", "3P", THIRD_PARTY("2024 to 2025")),
      2024,
    ),
  ],
  [2025, single(figure("0.15", "3P", S2526), figure("417", "3P", S2526), figure("5000", "3P", S2526), 2025)],
]);
