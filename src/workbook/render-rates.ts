import { formatYearMonth, monthOfYear } from "../engine/calendar";
import { payDate, taxYearOf } from "../engine/employer-ni";
import { formatFinancialYear } from "../engine/financial-year";
import type { PayPoint } from "../engine/plan";
import { RateBook } from "../engine/rates";
import type { PlanResult } from "../engine/result";
import { AFC_BANDS, BUILT_IN_REFERENCE, Figure, HCAS_ZONES, PayingZone } from "../reference";
import type { AfcBand } from "../reference";
import type { InputCells } from "./input-cells";
import { RATES_SHEET } from "./owned-sheets";
import { RowList, absoluteA1, headerRow, styled, titleCell } from "./owned-sheet-cells";
import { Cell, DATE_FORMAT, MONEY_FORMAT, OWNED_TAB_COLOR, PERCENT_FORMAT, SheetModel } from "./sheet-model";
import { quoteSheet } from "./tables";
import { dateSerial, formulaCell, inputCell, rateKey, valueCell } from "./traceable-formulas";

/** Where the Costing and Phasing formulas find each rate: absolute ranges on the Rates sheet. */
export interface RatesRefs {
  readonly payAward: string;
  readonly levyRate: string;
  readonly payPoints: { readonly keys: string; readonly amount: string };
  readonly hcas: { readonly keys: string; readonly percent: string; readonly minimum: string; readonly maximum: string };
  /** Employer NI by pay month, one row per horizon month in order. */
  readonly niMonths: {
    /** The figures in the table, month by month, as display caches. */
    readonly terms: readonly { readonly threshold: number; readonly rate: number }[];
    readonly keys: string; readonly threshold: string; readonly rate: string; readonly yearRows: (yearIndex: number) => { readonly threshold: string; readonly rate: string } };
  readonly niYears: { readonly keys: string; readonly threshold: string; readonly rate: string };
  /** NHS pension: the rate charged under the plan's setting, by year. */
  readonly nhsPension: { readonly keys: string; readonly charged: string };
  /** The employers table: ID, pension scheme, own pension rate (blank for the NHS national rate), whether it pays the levy. */
  readonly employers: { readonly ids: string; readonly scheme: string; readonly rate: string; readonly paysLevy: string };
}

export interface RatesSheet {
  readonly sheet: SheetModel;
  readonly refs: RatesRefs;
}

// Columns of every Rates table: the key first, data in B–F, where each figure came from in G and H.
const KEY = 0;
const SOURCE = 6;

const ref = (row: number, column: number) => `${quoteSheet(RATES_SHEET)}!${absoluteA1(row, column)}`;
const range = (first: number, last: number, column: number) => `${quoteSheet(RATES_SHEET)}!${absoluteA1(first, column)}:${absoluteA1(Math.max(first, last), column)}`;
const num = (value: { toString(): string }) => Number(value.toString());

/** A row of up to six cells from column A, then the source and its tag. */
function row(cells: readonly Cell[], source: string, tag = ""): Cell[] {
  const padded: Cell[] = [...cells];
  while (padded.length < SOURCE) padded.push(null);
  padded.push(source, tag);
  return padded;
}

/**
 * The Rates sheet: the reference figures and settings the plan was costed with, each with its
 * source, laid out as keyed tables the Costing and Phasing formulas look up with INDEX/MATCH.
 * Figures come from a RateBook built as costPlan builds it, so they are the engine's own
 * (overrides, mid-points and assumed-award years included).
 */
export function renderRatesSheet(result: PlanResult, inputs: InputCells): RatesSheet {
  const { plan, years } = result;
  const { settings } = plan;
  const rates = new RateBook(BUILT_IN_REFERENCE, plan);
  const rows = new RowList();
  rows.add(titleCell("Rates: the reference figures and settings this plan was costed with"));
  rows.add(styled("Every figure the Costing and Phasing formulas use, with its source. Look-ups use the Key column (INDEX/MATCH). Tags: O official, 3P third-party copy, D derived, U unverified.", "note"));
  rows.add();

  // Settings.
  rows.add(styled("Plan settings", "subtitle"));
  rows.add(...headerRow(["Setting", "Value", "", "", "", "", "Source", ""]));
  const setting = (name: string, path: string, used: string | number | boolean, format?: string): number => {
    const cell = inputs.setting(path);
    return rows.add(...row([name, inputCell(cell, used, name, format)], cell ? `Plan table, ${cell.address}` : "Plan default"));
  };
  setting("Start year", "startYear", formatFinancialYear(plan.startYear));
  setting("Years", "years", plan.years);
  setting("NI method", "settings.niMethod", settings.niMethod);
  const chargeRow = setting("Pension charge", "settings.pensionCharge", settings.pensionCharge);
  setting("Apprenticeship levy", "settings.apprenticeshipLevy", settings.apprenticeshipLevy ? "Yes" : "No");
  const awardRow = setting("Pay award", "settings.payAward", num(settings.payAward), PERCENT_FORMAT);
  setting("HCAS zone", "settings.hcasZone", settings.hcasZone);
  setting("Pay day", "settings.payDay", settings.payDay);
  rows.add();

  // Apprenticeship levy and who pays it.
  rows.add(styled("Apprenticeship levy", "subtitle"));
  rows.add(...headerRow(["Key", "Rate", "", "", "", "", "Source", "Tag"]));
  const levy = BUILT_IN_REFERENCE.apprenticeshipLevy;
  const levyRow = rows.add(...row(["levy", valueCell(num(rates.levyRate), PERCENT_FORMAT)], levy.source, levy.tag));
  rows.add();
  rows.add(styled("Employers: pension and levy", "subtitle"));
  rows.add(...headerRow(["Employer", "Name", "Pension scheme", "Pension rate", "Pays levy", "", "Source", ""]));
  const employersFirst = rows.next;
  for (const employer of plan.employers) {
    const rateCell = inputs.employer(employer.id, "pensionRate");
    const rate = employer.pension.rate ? inputCell(rateCell, num(employer.pension.rate), `${employer.id} pension rate`, PERCENT_FORMAT) : null;
    const paysLevy = employer.apprenticeshipLevy ?? settings.apprenticeshipLevy;
    const where = inputs.employer(employer.id, "id");
    rows.add(
      ...row(
        [employer.id, employer.name, employer.pension.scheme, rate, paysLevy ? "Yes" : "No"],
        `${where ? `Employers table, ${where.address}` : "The plan's employers"}${employer.pension.scheme === "NHS" && !employer.pension.rate ? "; NHS scheme: the national rate below" : ""}${employer.apprenticeshipLevy === undefined ? "; levy: the plan's setting" : ""}`,
      ),
    );
  }
  // At least one row, so the ranges are ranges even for a plan without employers.
  const employersLast = Math.max(rows.next - 1, employersFirst);
  rows.add();

  // AfC pay points for every band a post uses, every point, every horizon year.
  rows.add(styled("Agenda for Change pay points (full time, a year)", "subtitle"));
  rows.add(...headerRow(["Key", "Band", "Point", "Year", "Amount", "", "Source", "Tag"]));
  const bands = new Set<AfcBand>(plan.posts.flatMap((post) => (post.pay.kind === "scale" ? [post.pay.band] : [])));
  const payFirst = rows.next;
  for (const band of AFC_BANDS.filter((b) => bands.has(b))) {
    for (const year of years) {
      for (const point of ["entry", "intermediate", "top", "mid"] as const) {
        const amount = rates.payPoint(band, point, year);
        if (!amount) continue;
        const [source, tag] = payPointSource(result, band, point, year);
        rows.add(...row([rateKey(band, point, formatFinancialYear(year)), band, point, formatFinancialYear(year), valueCell(num(amount), MONEY_FORMAT)], source, tag));
      }
    }
  }
  const payLast = rows.next - 1;
  rows.add();

  // HCAS bounds for every paying zone and year.
  rows.add(styled("High cost area supplements (full time)", "subtitle"));
  rows.add(...headerRow(["Key", "Zone", "Year", "Percent", "Minimum", "Maximum", "Source", "Tag"]));
  const hcasFirst = rows.next;
  for (const zone of HCAS_ZONES.filter((z): z is PayingZone => z !== "none")) {
    for (const year of years) {
      const bounds = rates.hcas(zone, year);
      if (!bounds) continue;
      const [source, tag] = hcasSource(result, zone, year);
      rows.add(
        ...row(
          [rateKey(zone, formatFinancialYear(year)), zone, formatFinancialYear(year), valueCell(num(bounds.percent), PERCENT_FORMAT), valueCell(num(bounds.minimum), MONEY_FORMAT), valueCell(num(bounds.maximum), MONEY_FORMAT)],
          source,
          tag,
        ),
      );
    }
  }
  const hcasLast = rows.next - 1;
  rows.add();

  // Employer NI per pay month: the monthly threshold and the rate in force on the pay date.
  rows.add(styled(`Employer NI by pay month (monthly method; paid on day ${settings.payDay}, or the month's last day)`, "subtitle"));
  rows.add(...headerRow(["Month", "Pay date", "Tax year", "Monthly threshold", "Rate", "", "Source", "Tag"]));
  const niFirst = rows.next;
  const niTerms: { threshold: number; rate: number }[] = [];
  for (const year of years) {
    for (let index = 0; index < 12; index++) {
      const month = monthOfYear(year, index);
      const paid = payDate(month, settings.payDay);
      const taxYear = taxYearOf(paid);
      const regime = rates.employerNI(taxYear);
      let rateIndex = 0;
      regime.rates.forEach((r, i) => {
        if (r.from <= paid) rateIndex = i;
      });
      const rate = (regime.rates[rateIndex] as (typeof regime.rates)[number]).rate;
      const [source, tag] = niSource(result, taxYear, rateIndex, "monthly");
      niTerms.push({ threshold: num(regime.monthlyThreshold), rate: num(rate) });
      rows.add(
        ...row(
          [formatYearMonth(month), valueCell(dateSerial(paid), DATE_FORMAT), formatFinancialYear(taxYear), valueCell(num(regime.monthlyThreshold), MONEY_FORMAT), valueCell(num(rate), PERCENT_FORMAT)],
          source,
          tag,
        ),
      );
    }
  }
  const niLast = rows.next - 1;
  rows.add();

  // Employer NI for the annual method: the tax year's annual threshold and single rate.
  rows.add(styled("Employer NI by tax year (annual method)", "subtitle"));
  rows.add(...headerRow(["Tax year", "Annual threshold", "Annual rate", "", "", "", "Source", "Tag"]));
  const niYearFirst = rows.next;
  for (const year of years) {
    const regime = rates.employerNI(year);
    const [source, tag] = niSource(result, year, 0, "annual");
    rows.add(...row([formatFinancialYear(year), valueCell(num(regime.annualThreshold), MONEY_FORMAT), valueCell(num(regime.annualRate), PERCENT_FORMAT)], source, tag));
  }
  const niYearLast = rows.next - 1;
  rows.add();

  // NHS pension rates, and the one the plan's pension charge setting picks.
  rows.add(styled("NHS Pension Scheme employer rates", "subtitle"));
  rows.add(...headerRow(["Year", "Employer (local)", "Full", "Charged", "", "", "Source", "Tag"]));
  const pensionFirst = rows.next;
  for (const year of years) {
    const nhs = rates.nhsPension(year);
    const r = rows.next;
    const charged = formulaCell(`IF(${absoluteA1(chargeRow, 1)}="full",${absoluteA1(r, 2)},${absoluteA1(r, 1)})`, num(settings.pensionCharge === "full" ? nhs.full : nhs.employer), PERCENT_FORMAT);
    const [source, tag] = pensionSource(result, year);
    rows.add(...row([formatFinancialYear(year), valueCell(num(nhs.employer), PERCENT_FORMAT), valueCell(num(nhs.full), PERCENT_FORMAT), charged], source, tag));
  }
  const pensionLast = rows.next - 1;
  rows.add();

  rows.add(styled("Assumptions the costing made", "subtitle"));
  if (result.assumptions.length === 0) rows.add("None: every figure used is published or given in the plan.");
  for (const assumption of result.assumptions) rows.add(assumption.message);

  const sheet: SheetModel = {
    name: RATES_SHEET,
    owned: true,
    rows: rows.rows,
    columns: [{ width: 18 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 90 }, { width: 6 }],
    frozen: { rows: 1, columns: 1 },
    tabColor: OWNED_TAB_COLOR,
  };
  const niRange = (column: number) => range(niFirst, niLast, column);
  return {
    sheet,
    refs: {
      payAward: ref(awardRow, 1),
      levyRate: ref(levyRow, 1),
      payPoints: { keys: range(payFirst, payLast, KEY), amount: range(payFirst, payLast, 4) },
      hcas: { keys: range(hcasFirst, hcasLast, KEY), percent: range(hcasFirst, hcasLast, 3), minimum: range(hcasFirst, hcasLast, 4), maximum: range(hcasFirst, hcasLast, 5) },
      niMonths: {
        terms: niTerms,
        keys: niRange(KEY),
        threshold: niRange(3),
        rate: niRange(4),
        yearRows: (y) => ({ threshold: range(niFirst + 12 * y, niFirst + 12 * y + 11, 3), rate: range(niFirst + 12 * y, niFirst + 12 * y + 11, 4) }),
      },
      niYears: { keys: range(niYearFirst, niYearLast, KEY), threshold: range(niYearFirst, niYearLast, 1), rate: range(niYearFirst, niYearLast, 2) },
      nhsPension: { keys: range(pensionFirst, pensionLast, KEY), charged: range(pensionFirst, pensionLast, 3) },
      employers: { ids: range(employersFirst, employersLast, KEY), scheme: range(employersFirst, employersLast, 2), rate: range(employersFirst, employersLast, 3), paysLevy: range(employersFirst, employersLast, 4) },
    },
  };
}

const describe = (figure: Figure): [string, string] => [figure.source, figure.tag];

function assumed(result: PlanResult, subject: string, year: number): [string, string] | undefined {
  const assumption = result.assumptions.find((a) => a.subject === subject && a.year === year);
  return assumption ? [`Assumed: ${assumption.message}`, "A"] : undefined;
}

function payPointSource(result: PlanResult, band: AfcBand, point: PayPoint, year: number): [string, string] {
  if (point === "mid") return ["Mid-point: (entry + top) ÷ 2, from the entry and top points above", "D"];
  const override = result.plan.payScales.find((o) => o.year === year && o.band === band && o.points[point] !== undefined);
  if (override) return ["The plan's pay-scale override (PayScales table)", "plan"];
  const published = BUILT_IN_REFERENCE.payScales.get(year)?.[band]?.[point];
  if (published) return describe(published);
  return assumed(result, "pay scales", year) ?? ["Assumed from the previous year", "A"];
}

function hcasSource(result: PlanResult, zone: PayingZone, year: number): [string, string] {
  if (result.plan.hcas.some((o) => o.year === year && o.zone === zone)) return ["The plan's HCAS override", "plan"];
  const published = BUILT_IN_REFERENCE.hcas.get(year)?.[zone];
  if (published) return [`${published.percent.source}; bounds: ${published.minimum.source}`, published.minimum.tag];
  return assumed(result, "HCAS", year) ?? ["Assumed from the previous year", "A"];
}

function niSource(result: PlanResult, taxYear: number, rateIndex: number, method: "monthly" | "annual"): [string, string] {
  if (result.plan.employerNI.some((o) => o.year === taxYear)) return ["The plan's employer NI override", "plan"];
  const published = BUILT_IN_REFERENCE.employerNI.get(taxYear);
  if (!published) return assumed(result, "employer NI", taxYear) ?? ["Carried forward from the last published tax year", "A"];
  const figure = method === "annual" ? published.annualRate : (published.rates[rateIndex]?.rate ?? published.annualRate);
  const threshold = method === "annual" ? published.annualThreshold : published.monthlyThreshold;
  return figure.source === threshold.source ? describe(figure) : [`${threshold.source}; rate: ${figure.source}`, figure.tag];
}

function pensionSource(result: PlanResult, year: number): [string, string] {
  if (result.plan.nhsPension.some((o) => o.year === year)) return ["The plan's NHS pension override", "plan"];
  const published = BUILT_IN_REFERENCE.nhsPension.get(year);
  if (!published) return assumed(result, "NHS pension", year) ?? ["Carried forward from the last published year", "A"];
  return [`${published.employer.source}; full: ${published.full.source}`, published.full.tag];
}
