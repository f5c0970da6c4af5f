/**
 * Small seeded plans in the plan format for the LibreOffice comparison, each covering the
 * awkward cases: part months, HCAS at its minimum and maximum, the 2022/23 NI rate change with
 * pay days either side of the 6th, the annual NI method, spot salaries uplifted over several
 * years, secondments, lump and even non-pay spanning years, lines of two or three people,
 * assumed pay scales past the published years.
 */

type Json = Record<string, unknown>;

// The benchmark's seeded generator (mulberry32), so every run tests the same plans.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { random: seeded } = require("../../../bench/generate-plan") as { random: (seed: number) => () => number };

interface Shape {
  readonly seed: number;
  readonly startYear: number;
  readonly years: number;
  readonly niMethod: "monthly" | "annual";
  readonly payDay: number;
  readonly pensionCharge: "employer" | "full";
  readonly payAward: string;
  readonly lines: number;
}

const SHAPES: readonly Shape[] = [
  { seed: 11, startYear: 2022, years: 2, niMethod: "monthly", payDay: 6, pensionCharge: "employer", payAward: "3%", lines: 24 },
  { seed: 12, startYear: 2021, years: 3, niMethod: "monthly", payDay: 5, pensionCharge: "full", payAward: "2.5%", lines: 24 },
  { seed: 13, startYear: 2022, years: 3, niMethod: "annual", payDay: 25, pensionCharge: "employer", payAward: "3.5%", lines: 24 },
  { seed: 14, startYear: 2024, years: 4, niMethod: "monthly", payDay: 31, pensionCharge: "full", payAward: "4%", lines: 20 },
  { seed: 15, startYear: 2023, years: 5, niMethod: "annual", payDay: 1, pensionCharge: "full", payAward: "1.75%", lines: 16 },
  { seed: 16, startYear: 2021, years: 3, niMethod: "monthly", payDay: 6, pensionCharge: "employer", payAward: "3%", lines: 150 },
  { seed: 17, startYear: 2022, years: 2, niMethod: "monthly", payDay: 5, pensionCharge: "employer", payAward: "2%", lines: 150 },
];

/**
 * Exact ties, where a spreadsheet's doubles are most likely to part from the engine: employer NI
 * of exactly a halfpenny (disregarded) and pro-rata months of exactly a halfpenny (rounded up).
 */
export function tiesPlan(): Json {
  const post = (id: string, salary: string, extra: Json = {}): Json => ({
    id, title: `Tie ${id}`, employer: "LA2", pay: { salary, year: "2021/22" }, count: 2, fte: "1", hcasZone: "none", funding: "CASH", recurrent: true, ...extra,
  });
  return {
    format: "resourcing-plan/1",
    name: "Ties",
    startYear: "2021/22",
    years: 2,
    settings: { niMethod: "monthly", pensionCharge: "employer", apprenticeshipLevy: false, payAward: "0%", hcasZone: "none", payDay: 6 },
    employers: [{ id: "LA2", name: "No scheme", pension: { scheme: "none" } }],
    posts: [
      // 2021/22: (8,874 ÷ 12 − 737) × 13.8% = 34.5p a month.
      post("T1", "8874"),
      // 2022/23 at 15.05%: (9,216 ÷ 12 − 758) × 15.05% = £1.505 a month.
      post("T2", "9216", { start: "2022-04-01" }),
      // £2,500.005 a month: rounds up.
      post("T3", "30000.06", { count: 1 }),
      post("T4", "30000.06", { count: 1, start: "2021-05-17", end: "2022-11-05" }),
    ],
    gpBackfill: [],
    nonPay: [{ id: "N1", title: "Tie", category: "OD", quantity: "1", unitCost: "1200.06", vat: "0%", start: "2021-04-01", end: "2022-03-31", phasing: "even", funding: "CASH", recurrent: true }],
    funding: [{ id: "CASH", name: "Cash", type: "cash", status: "confirmed", amounts: { "2021/22": "100000", "2022/23": "100000" }, recurrent: true }],
  };
}

const label = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function generatePlan(shape: Shape): Json {
  const next = seeded(shape.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const years = Array.from({ length: shape.years }, (_, i) => shape.startYear + i);
  /** A date in horizon year offset `y` (-1: the year before the horizon), any day of the month. */
  const date = (y: number, month: number, anyDay: boolean) => {
    const calendarYear = shape.startYear + y + (month < 4 ? 1 : 0);
    const day = anyDay ? 1 + Math.floor(next() * lastDay(calendarYear, month)) : pick([1, lastDay(calendarYear, month)]);
    return iso(calendarYear, month, day);
  };
  const dates = (): Json => {
    const roll = next();
    if (roll < 0.2) return {};
    const startYear = Math.floor(next() * shape.years) - (next() < 0.15 ? 1 : 0);
    const endYear = Math.min(shape.years, startYear + Math.floor(next() * (shape.years + 1)));
    const start = date(startYear, pick([4, 5, 7, 9, 10, 11, 12, 1, 2, 3]), next() < 0.6);
    let end = date(endYear, pick([4, 6, 8, 11, 12, 2, 3]), next() < 0.6);
    if (end < start) end = iso(Number(start.slice(0, 4)) + 1, 3, 31);
    return roll < 0.3 ? { start } : roll < 0.4 ? { end: end < `${shape.startYear}-04-01` ? iso(shape.startYear, 12, 15) : end } : { start, end };
  };
  const posts: Json[] = [];
  const gpBackfill: Json[] = [];
  const nonPay: Json[] = [];
  for (let i = 0; i < shape.lines; i++) {
    const roll = next();
    const common: Json = { id: `L${i + 1}`, title: `Line ${i + 1}`, workstream: `W${i % 3}`, recurrent: next() < 0.6, funding: pick(["CASH", "ASK", "CASH"]), ...dates() };
    if (roll < 0.6) {
      const spot = next() < 0.25;
      const seconded = next() < 0.2;
      const pension = next() < 0.12 ? { pension: pick(["none", { rate: "21.3%" }]) } : {};
      posts.push({
        ...common,
        employer: pick(["NHS1", "NHS2", "LA1", "LA2"]),
        pay: spot
          ? { salary: (18_000 + Math.floor(next() * 9_000_000) / 100).toFixed(2), ...(next() < 0.4 ? { year: label(years[Math.floor(next() * shape.years)] as number) } : {}) }
          : { band: pick(["2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"]), point: pick(["entry", "top", "mid", "top"]) },
        count: pick([1, 1, 2, 3]),
        fte: pick(["1", "0.8", "0.6", "0.5", "0.75", "1", "0.4"]),
        hcasZone: pick(["none", "outer", "inner", "fringe"]),
        ...pension,
        ...(seconded ? { fill: "secondment", secondment: { from: pick(["NHS1", "LA1"]), recharge: pick(["0%", "50%", "100%", "33%"]) } } : {}),
      });
    } else if (roll < 0.75) {
      gpBackfill.push({ ...common, count: pick([1, 2, 7]), sessionsPerWeek: pick(["1", "0.5", "2"]), weeksPerYear: pick(["42", "46.4", "52"]), ratePerSession: pick(["309", "287.45", "350.5"]), onCost: pick(["0%", "30%", "13.8%"]) });
    } else {
      nonPay.push({
        ...common,
        category: "OD",
        quantity: pick(["1", "3", "2.5"]),
        unitCost: (500 + Math.floor(next() * 5_000_000) / 100).toFixed(2),
        vat: pick(["0%", "20%", "5%"]),
        phasing: pick(["even", "even", "lump"]),
      });
    }
  }
  const amounts = Object.fromEntries(years.map((year) => [label(year), "400000"]));
  return {
    format: "resourcing-plan/1",
    name: `Generated plan ${shape.seed}`,
    organisation: "Test partnership",
    startYear: label(shape.startYear),
    years: shape.years,
    settings: { niMethod: shape.niMethod, pensionCharge: shape.pensionCharge, apprenticeshipLevy: true, payAward: shape.payAward, hcasZone: "outer", payDay: shape.payDay },
    employers: [
      { id: "NHS1", name: "Trust one", pension: { scheme: "NHS" } },
      { id: "NHS2", name: "Trust two (local rate)", pension: { scheme: "NHS", rate: "17.48%" }, apprenticeshipLevy: false },
      { id: "LA1", name: "Council", pension: { scheme: "LGPS", rate: "19.5%" } },
      { id: "LA2", name: "Council without a scheme", pension: { scheme: "none" } },
    ],
    posts,
    gpBackfill,
    nonPay,
    funding: [
      { id: "CASH", name: "Confirmed cash", type: "cash", status: "confirmed", amounts, recurrent: true },
      { id: "ASK", name: "The ask", type: "cash", status: "requested", amounts, recurrent: false },
    ],
  };
}

/** The plan of exact ties, then the generated plans, in a fixed order. */
export function generatedPlans(): Json[] {
  return [tiesPlan(), ...SHAPES.map(generatePlan)];
}
