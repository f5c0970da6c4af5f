import { Figure, VerificationTag, figure } from "./figure";

/**
 * Agenda for Change (England) basic annual pay, full time, 2021/22 to 2025/26.
 * Bands 2–4 have two points (entry, top); 5–7 three (entry, intermediate, top); 8a–9 gained a
 * two-year intermediate point from 2024/25; band 2 has a single point from 2023/24.
 * Awards take effect on 1 April.
 */
export const AFC_BANDS = ["2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"] as const;
export type AfcBand = (typeof AFC_BANDS)[number];

export interface BandPoints {
  readonly entry: Figure;
  readonly intermediate?: Figure;
  readonly top: Figure;
}

export type PayScaleYear = Readonly<Record<AfcBand, BandPoints>>;

const OFFICIAL_2021 = "NHS Employers, Annual pay scales 2021/22";
const HCAS_DERIVED_2021 =
  "Derived: NHS Employers, HCAS pay scales 2021/22, inner-London top of band minus the inner-London maximum (£7,097)";
const FLAT_AWARD_DERIVED_2021 = "Derived: 2022/23 figure minus the flat £1,400 award for bands 8–9 in 2022/23";
const thirdParty = (year: string) => `Third-party copy of NHS Employers, Agenda for Change pay scales ${year}`;

/** Two- or three-point band whose figures share a tag and source. */
function band(tag: VerificationTag, source: string, entry: string, intermediate: string | null, top: string): BandPoints {
  const entryFigure = figure(entry, tag, source);
  const topFigure = figure(top, tag, source);
  return intermediate === null
    ? { entry: entryFigure, top: topFigure }
    : { entry: entryFigure, intermediate: figure(intermediate, tag, source), top: topFigure };
}

/** A band whose points carry different tags or sources. */
function mixed(entry: Figure, top: Figure, intermediate?: Figure): BandPoints {
  return intermediate ? { entry, intermediate, top } : { entry, top };
}

const Y2122: PayScaleYear = {
  "2": band("O", OFFICIAL_2021, "18546", null, "19918"),
  "3": band("O", OFFICIAL_2021, "20330", null, "21777"),
  "4": band("O", OFFICIAL_2021, "22549", null, "24882"),
  "5": band("O", OFFICIAL_2021, "25655", "27780", "31534"),
  "6": band("O", OFFICIAL_2021, "32306", "34172", "39027"),
  "7": band("O", OFFICIAL_2021, "40057", "42121", "45839"),
  "8a": mixed(figure("47126", "O", OFFICIAL_2021), figure("53219", "D", HCAS_DERIVED_2021)),
  "8b": band("D", HCAS_DERIVED_2021, "54764", null, "63862"),
  "8c": band("D", HCAS_DERIVED_2021, "65664", null, "75874"),
  "8d": mixed(
    figure("78192", "D", FLAT_AWARD_DERIVED_2021),
    figure("90387", "3P", thirdParty("2021/22")),
  ),
  "9": band("D", FLAT_AWARD_DERIVED_2021, "93735", null, "108075"),
};

const S2223 = thirdParty("2022/23");
const Y2223: PayScaleYear = {
  "2": mixed(figure("20270", "U", `${S2223} (entry point unverified)`), figure("21318", "3P", S2223)),
  "3": band("3P", S2223, "21730", null, "23177"),
  "4": band("3P", S2223, "23949", null, "26282"),
  "5": band("3P", S2223, "27055", "29180", "32934"),
  "6": band("3P", S2223, "33706", "35572", "40588"),
  "7": band("3P", S2223, "41659", "43806", "47672"),
  "8a": band("3P", S2223, "48526", null, "54619"),
  "8b": band("3P", S2223, "56164", null, "65262"),
  "8c": band("3P", S2223, "67064", null, "77274"),
  "8d": band("3P", S2223, "79592", null, "91787"),
  "9": band("3P", S2223, "95135", null, "109475"),
};

const S2324 = thirdParty("2023/24");
const Y2324: PayScaleYear = {
  "2": band("3P", `${S2324} (single point)`, "22383", null, "22383"),
  "3": band("3P", S2324, "22816", null, "24336"),
  "4": band("3P", S2324, "25147", null, "27596"),
  "5": band("3P", S2324, "28407", "30639", "34581"),
  "6": band("3P", S2324, "35392", "37350", "42618"),
  "7": band("3P", S2324, "43742", "45996", "50056"),
  "8a": band("3P", S2324, "50952", null, "57349"),
  "8b": band("3P", S2324, "58972", null, "68525"),
  "8c": band("3P", S2324, "70417", null, "81138"),
  "8d": band("3P", S2324, "83571", null, "96376"),
  "9": band("3P", S2324, "99891", null, "114949"),
};

const S2425 = thirdParty("2024/25");
const Y2425: PayScaleYear = {
  "2": band("3P", `${S2425} (single point)`, "23615", null, "23615"),
  "3": band("3P", S2425, "24071", null, "25674"),
  "4": band("3P", S2425, "26530", null, "29114"),
  "5": band("3P", S2425, "29970", "32324", "36483"),
  "6": band("3P", S2425, "37338", "39405", "44962"),
  "7": band("3P", S2425, "46148", "48526", "52809"),
  "8a": band("3P", S2425, "53755", "56454", "60504"),
  "8b": band("3P", S2425, "62215", "66246", "72293"),
  "8c": band("3P", S2425, "74290", "78814", "85601"),
  "8d": band("3P", S2425, "88168", "93572", "101677"),
  "9": mixed(
    figure("105385", "3P", S2425),
    figure("121271", "3P", S2425),
    figure("111740", "U", `${S2425} (intermediate point unverified)`),
  ),
};

const S2526 = `${thirdParty("2025/26")}; checks exactly against 2024/25 × 1.036`;
const Y2526: PayScaleYear = {
  "2": band("3P", `${S2526} (single point)`, "24465", null, "24465"),
  "3": band("3P", S2526, "24937", null, "26598"),
  "4": band("3P", S2526, "27485", null, "30162"),
  "5": band("3P", S2526, "31049", "33487", "37796"),
  "6": band("3P", S2526, "38682", "40823", "46580"),
  "7": band("3P", S2526, "47810", "50273", "54710"),
  "8a": band("3P", S2526, "55690", "58487", "62682"),
  "8b": band("3P", S2526, "64455", "68631", "74896"),
  "8c": band("3P", S2526, "76965", "81652", "88682"),
  "8d": band("3P", S2526, "91342", "96941", "105337"),
  "9": band("3P", S2526, "109179", "115763", "125637"),
};

/** Published scales by financial year (start calendar year). */
export const AFC_PAY_SCALES: ReadonlyMap<number, PayScaleYear> = new Map([
  [2021, Y2122],
  [2022, Y2223],
  [2023, Y2324],
  [2024, Y2425],
  [2025, Y2526],
]);
