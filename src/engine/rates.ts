import type { AfcBand, BandPoints, Figure, HcasYear, PayingZone, ReferenceData } from "../reference";
import { Day, dayOf, parseIsoDate } from "./calendar";
import { Decimal, ONE } from "./decimal";
import { FinancialYear, formatFinancialYear } from "./financial-year";
import type { Plan, PayPoint, Rate } from "./plan";
import { Ratio, ratioOf } from "./ratio";

/**
 * The rates a plan is costed with, year by year: the built-in reference data, the plan's
 * overrides on top, and for years past the last published figures the plan's assumed pay award
 * (scales and HCAS bounds uplifted, rounded to whole pounds as published scales are) or the last
 * known NI and pension regime carried forward. Every assumption made is recorded.
 */
export interface Assumption {
  readonly year: FinancialYear;
  readonly subject: "pay scales" | "HCAS" | "employer NI" | "NHS pension" | "spot salary";
  readonly message: string;
}

export interface HcasBounds {
  readonly percent: Rate;
  readonly minimum: Decimal;
  readonly maximum: Decimal;
}

export interface NiRegime {
  /** Rates by first pay date, in order. */
  readonly rates: readonly { readonly from: Day; readonly rate: Rate }[];
  /** The monthly threshold with each rate, aligned with `rates`, also as exact ratios for payroll-speed arithmetic. */
  readonly monthly: readonly { readonly threshold: Ratio; readonly rate: Ratio }[];
  readonly monthlyThreshold: Decimal;
  readonly annualThreshold: Decimal;
  readonly annualRate: Rate;
}

export interface NhsPensionRates {
  readonly employer: Rate;
  readonly full: Rate;
}

type Points = { entry: Decimal; intermediate?: Decimal; top: Decimal; mid: Decimal };

const value = (f: Figure) => new Decimal(f.value);
const wholePounds = (amount: Decimal) => amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

export class RateBook {
  private readonly scales = new Map<string, Points | undefined>();
  private readonly spotSalaries = new Map<Decimal, Map<number, Decimal>>();
  private readonly hcasCache = new Map<string, HcasBounds | undefined>();
  private readonly niCache = new Map<number, NiRegime>();
  private readonly pensionCache = new Map<FinancialYear, NhsPensionRates>();
  private readonly noted = new Map<string, Assumption>();
  readonly levyRate: Rate;
  private readonly uplift: Decimal;

  constructor(
    private readonly reference: ReferenceData,
    private readonly plan: Pick<Plan, "payScales" | "hcas" | "employerNI" | "nhsPension" | "settings">,
  ) {
    this.levyRate = value(reference.apprenticeshipLevy);
    this.uplift = ONE.plus(plan.settings.payAward);
  }

  /** Assumptions made so far, in the order first made. */
  assumptions(): Assumption[] {
    return [...this.noted.values()];
  }

  /** Full-time basic pay for a band and point in a year; undefined if the point does not exist then. */
  payPoint(band: AfcBand, point: PayPoint, year: FinancialYear): Decimal | undefined {
    const points = this.bandPoints(band, year);
    if (!points) return undefined;
    if (point === "mid") return points.mid;
    return points[point];
  }

  /** A spot salary given at `salaryYear` prices, uplifted by the assumed award for each later year (to the penny). */
  spotSalary(salary: Decimal, salaryYear: FinancialYear, year: FinancialYear): Decimal {
    if (year <= salaryYear) return salary;
    let byYear = this.spotSalaries.get(salary);
    if (!byYear) this.spotSalaries.set(salary, (byYear = new Map()));
    const key = salaryYear * 10_000 + year;
    let uplifted = byYear.get(key);
    if (!uplifted) {
      this.note(year, "spot salary", () => `spot salaries uplifted by the assumed pay award of ${this.awardText()} a year after the year they are given for`);
      uplifted = this.spotSalary(salary, salaryYear, year - 1).times(this.uplift).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      byYear.set(key, uplifted);
    }
    return uplifted;
  }

  /** HCAS percentage and full-time bounds for a zone and year; undefined before the reference data starts. */
  hcas(zone: PayingZone, year: FinancialYear): HcasBounds | undefined {
    const key = `${zone}|${year}`;
    if (!this.hcasCache.has(key)) this.hcasCache.set(key, this.resolveHcas(zone, year));
    return this.hcasCache.get(key);
  }

  /** Employer NI regime for a tax year (the calendar year its 6 April falls in). */
  employerNI(taxYear: number): NiRegime {
    let regime = this.niCache.get(taxYear);
    if (!regime) {
      regime = this.resolveNI(taxYear);
      this.niCache.set(taxYear, regime);
    }
    return regime;
  }

  /** NHS Pension Scheme employer rates for a financial year. */
  nhsPension(year: FinancialYear): NhsPensionRates {
    let rates = this.pensionCache.get(year);
    if (!rates) {
      rates = this.resolvePension(year);
      this.pensionCache.set(year, rates);
    }
    return rates;
  }

  private bandPoints(band: AfcBand, year: FinancialYear): Points | undefined {
    const key = band + year;
    if (!this.scales.has(key)) this.scales.set(key, this.resolveBand(band, year));
    return this.scales.get(key);
  }

  private resolveBand(band: AfcBand, year: FinancialYear): Points | undefined {
    const published = this.reference.payScales.get(year)?.[band];
    const base = published ? fromFigures(published) : this.assumedBand(band, year);
    const override = this.plan.payScales.find((o) => o.year === year && o.band === band);
    if (!override) return base;
    const entry = override.points.entry ?? base?.entry;
    const top = override.points.top ?? base?.top;
    if (!entry || !top) return undefined;
    return points(entry, top, override.points.intermediate ?? base?.intermediate);
  }

  private assumedBand(band: AfcBand, year: FinancialYear): Points | undefined {
    const lastPublished = Math.max(...this.reference.payScales.keys());
    if (year <= lastPublished) return undefined;
    const previous = this.bandPoints(band, year - 1);
    if (!previous) return undefined;
    this.note(year, "pay scales", () => `no published Agenda for Change scale: ${formatFinancialYear(year - 1)} points uplifted by the assumed pay award of ${this.awardText()}, to whole pounds`);
    const up = (amount: Decimal) => wholePounds(amount.times(this.uplift));
    return points(up(previous.entry), up(previous.top), previous.intermediate && up(previous.intermediate));
  }

  private resolveHcas(zone: PayingZone, year: FinancialYear): HcasBounds | undefined {
    const override = this.plan.hcas.find((o) => o.year === year && o.zone === zone);
    if (override) return { percent: override.percent, minimum: override.minimum, maximum: override.maximum };
    const published: HcasYear | undefined = this.reference.hcas.get(year);
    if (published) {
      const rate = published[zone];
      return { percent: value(rate.percent), minimum: value(rate.minimum), maximum: value(rate.maximum) };
    }
    const lastPublished = Math.max(...this.reference.hcas.keys());
    if (year <= lastPublished) return undefined;
    const previous = this.hcas(zone, year - 1);
    if (!previous) return undefined;
    this.note(year, "HCAS", () => `no published HCAS values: ${formatFinancialYear(year - 1)} minimum and maximum uplifted by the assumed pay award of ${this.awardText()}, to whole pounds`);
    return {
      percent: previous.percent,
      minimum: wholePounds(previous.minimum.times(this.uplift)),
      maximum: wholePounds(previous.maximum.times(this.uplift)),
    };
  }

  private resolveNI(taxYear: number): NiRegime {
    const override = this.plan.employerNI.find((o) => o.year === taxYear);
    if (override) {
      return regime([{ from: dayOf(taxYear, 4, 6), rate: override.rate }], override.monthlyThreshold, override.annualThreshold, override.rate);
    }
    const published = this.reference.employerNI.get(taxYear);
    if (published) {
      return regime(
        published.rates.map((r) => ({ from: parseIsoDate(r.from) as Day, rate: value(r.rate) })),
        value(published.monthlyThreshold),
        value(published.annualThreshold),
        value(published.annualRate),
      );
    }
    const lastKnown = Math.max(...this.reference.employerNI.keys());
    const last = this.reference.employerNI.get(lastKnown);
    if (!last || taxYear < lastKnown) throw new Error(`RateBook: no employer NI data for ${taxYear}`);
    this.note(taxYear, "employer NI", () => `no published employer NI regime for tax year ${formatFinancialYear(taxYear)}: the ${formatFinancialYear(lastKnown)} rate and thresholds carried forward`);
    const lastRate = last.rates[last.rates.length - 1] as (typeof last.rates)[number];
    return regime([{ from: dayOf(taxYear, 4, 6), rate: value(lastRate.rate) }], value(last.monthlyThreshold), value(last.annualThreshold), value(last.annualRate));
  }

  private resolvePension(year: FinancialYear): NhsPensionRates {
    const override = this.plan.nhsPension.find((o) => o.year === year);
    if (override) return { employer: override.employer, full: override.full };
    const known = [...this.reference.nhsPension.keys()];
    const published = this.reference.nhsPension.get(year);
    const source = published ?? this.reference.nhsPension.get(Math.max(...known));
    if (!source) throw new Error("RateBook: no NHS pension data");
    if (!published) {
      this.note(year, "NHS pension", () => `no published NHS Pension Scheme rates: the ${formatFinancialYear(Math.max(...known))} rates carried forward`);
    }
    return { employer: value(source.employer), full: value(source.full) };
  }

  // The message is spelt out only the first time: the same assumption is met once per post-year.
  private note(year: FinancialYear, subject: Assumption["subject"], message: () => string): void {
    const key = `${subject}|${year}`;
    if (!this.noted.has(key)) this.noted.set(key, { year, subject, message: `${formatFinancialYear(year)}: ${message()}` });
  }

  private awardText(): string {
    return `${this.plan.settings.payAward.times(100).toString()}%`;
  }
}

function regime(rates: NiRegime["rates"], monthlyThreshold: Decimal, annualThreshold: Decimal, annualRate: Rate): NiRegime {
  const threshold = ratioOf(monthlyThreshold);
  return { rates, monthly: rates.map((r) => ({ threshold, rate: ratioOf(r.rate) })), monthlyThreshold, annualThreshold, annualRate };
}

function fromFigures(figures: BandPoints): Points {
  return points(value(figures.entry), value(figures.top), figures.intermediate && value(figures.intermediate));
}

/** A band's points, with its mid-point: halfway between entry and top. */
function points(entry: Decimal, top: Decimal, intermediate: Decimal | undefined): Points {
  const mid = entry.plus(top).div(2);
  return intermediate ? { entry, intermediate, top, mid } : { entry, top, mid };
}
