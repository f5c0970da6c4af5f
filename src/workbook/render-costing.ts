import { UNITS_PER_MONTH, totalUnits, yearEnd, yearStart } from "../engine/calendar";
import { fullTimeBasic, fullTimeHcas, levyApplies, pensionRate } from "../engine/cost-post";
import { unitsOfPeriod } from "../engine/cost-non-pay";
import type { CostingContext } from "../engine/costing-context";
import { formatFinancialYear } from "../engine/financial-year";
import type { ComponentName } from "../engine/line-cost";
import { Pennies } from "../engine/pennies";
import type { GpBackfill, NonPayItem, Post } from "../engine/plan";
import { RateBook } from "../engine/rates";
import { plusRatio, ratioOf, timesRatio } from "../engine/ratio";
import type { LineResult, PlanResult } from "../engine/result";
import { BUILT_IN_REFERENCE } from "../reference";
import type { InputCells } from "./input-cells";
import { COSTING_SHEET } from "./owned-sheets";
import { RowList, headerRow, poundsNumber, styled, titleCell } from "./owned-sheet-cells";
import type { RatesRefs } from "./render-rates";
import { Cell, ConditionalFormat, MONEY_FORMAT, OWNED_TAB_COLOR, RichCell, SheetModel } from "./sheet-model";
import { columnLetters } from "./tables";
import { fillRuns } from "./formula-runs";
import { CostingRef, exactAmount, shownAfter } from "./traceable-amounts";
import { dateSerial, formulaCell, inputCell, inputOrDefault, keyFormula, lookup, niPenny, penny, ratioNumber, text, unitsBetween, valueCell, YEAR_UNITS } from "./traceable-formulas";
import { COSTING_COLUMNS, COSTING_HEADER_ROW, CostingKey, TraceableLayout, costingColumn, phasingMonths, sameRow } from "./traceable-layout";

const num = (value: { toString(): string }) => Number(value.toString());
const FIRST_COMPONENT: CostingKey = "basic";
const LAST_COMPONENT: CostingKey = "vat";

/** What every row builder needs. */
interface CostingScope {
  readonly result: PlanResult;
  readonly inputs: InputCells;
  readonly rates: RatesRefs;
  readonly layout: TraceableLayout;
  readonly context: CostingContext;
  /** The most years any spot salary is uplifted by, over the horizon. */
  readonly spotUplifts: number;
}

/** A Costing row under construction: cells by key, with this row's references. */
class RowCells {
  readonly cells = new Map<CostingKey, Cell>();
  readonly r: CostingRef;

  constructor(readonly row: number) {
    this.r = (key) => sameRow(key, row);
  }

  set(key: CostingKey, cell: Cell): void {
    this.cells.set(key, cell);
  }

  toRow(): Cell[] {
    return COSTING_COLUMNS.map((column) => this.cells.get(column.key) ?? null);
  }
}

/**
 * The Costing sheet: one row per line per horizon year, with the inputs the line used and each
 * component as a live formula over them and the Rates sheet, its cached result the engine's
 * figure. Funded and in kind are the engine's allocation (plan-wide, so values); unfunded is the
 * formula total less both.
 */
export function renderCostingSheet(result: PlanResult, inputs: InputCells, rates: RatesRefs, layout: TraceableLayout): SheetModel {
  const { plan } = result;
  const context: CostingContext = {
    rates: new RateBook(BUILT_IN_REFERENCE, plan),
    settings: plan.settings,
    employers: new Map(plan.employers.map((e) => [e.id, e])),
    postYears: new Map(),
  };
  const lastYear = result.years[result.years.length - 1] ?? plan.startYear;
  const spotUplifts = Math.max(0, ...plan.posts.map((post) => (post.pay.kind === "spot" ? lastYear - post.pay.year : 0)));
  const scope: CostingScope = { result, inputs, rates, layout, context, spotUplifts };
  const rows = new RowList();
  rows.add(titleCell("Costing: every line in every year, as live formulas over the input tables and the Rates sheet"));
  rows.add(
    styled(
      "Time is counted in units of 1/4,530,960 of a year (a whole month is 377,580; a part month pro rata by calendar days). Each component is its exact amount for the active units, rounded to the penny; employer NI (monthly method) is the sum of its pay months on the Phasing sheet.",
      "note",
    ),
  );
  rows.add();
  // One note for every secondment row, rather than one a row: a large plan has thousands.
  rows.add(
    ...headerRow(COSTING_COLUMNS.map((column) => column.header)).map((cell, c) =>
      c === costingColumn("employer") ? { ...(cell as RichCell), note: "For a secondment (Kind: secondment), the releasing employer: its on-costs apply." } : cell,
    ),
  );
  result.years.forEach((_, y) => {
    result.lines.forEach((lineResult, i) => {
      const row = rows.add(...lineYearRow(scope, lineResult, i, y));
      if (row !== layout.costingRow(i, y)) throw new Error(`renderCostingSheet(): ${lineResult.line.id} in year ${y} landed on row ${row}, not ${layout.costingRow(i, y)}`);
    });
  });
  rows.add(...totalsRow(result, layout));
  const sheet: SheetModel = {
    name: COSTING_SHEET,
    owned: true,
    rows: rows.rows,
    columns: COSTING_COLUMNS.map((column) => ("format" in column ? { width: column.width, numberFormat: column.format } : { width: column.width })),
    frozen: { rows: COSTING_HEADER_ROW + 1, columns: 4 },
    conditionalFormats: unfundedRows(result),
    tabColor: OWNED_TAB_COLOR,
  };
  // Runs of the same formula moved down (most columns, year by year and kind by kind) are written as one.
  return fillRuns(sheet, COSTING_HEADER_ROW + 1, layout.costingTotalsRow);
}

/** Line-years with money left unfunded, highlighted across the row: the live unfunded figure decides, so it follows edits. */
function unfundedRows(result: PlanResult): ConditionalFormat[] {
  const rows = result.lines.length * result.years.length;
  if (rows === 0) return [];
  const first = COSTING_HEADER_ROW + 1;
  const unfunded = `$${columnLetters(costingColumn("unfunded") + 1)}${first + 1}`;
  return [{ block: { row: first, column: 0, rows, columns: COSTING_COLUMNS.length }, formula: `=ROUND(${unfunded},2)>0`, style: "bad" }];
}

function lineYearRow(scope: CostingScope, lineResult: LineResult, lineIndex: number, yearIndex: number): Cell[] {
  const { result, inputs, layout } = scope;
  const line = lineResult.line;
  const year = result.years[yearIndex] as number;
  const yearResult = lineResult.years[yearIndex];
  if (!yearResult) throw new Error(`lineYearRow(): no year ${yearIndex} for line ${line.id}`);
  const { cost, funding } = yearResult;
  const row = new RowCells(layout.costingRow(lineIndex, yearIndex));
  const { r } = row;
  const idCell = inputs.line(line.id, "id");
  // A reference to the line's ID cell: it leads back to the input row like a link, and is the same formula moved down from line to line.
  row.set("line", inputCell(idCell, line.id, "Line"));
  row.set("kind", line.kind === "post" && line.fill === "secondment" ? "secondment" : line.kind);
  row.set("title", line.title);
  row.set("year", formatFinancialYear(year));
  // As formulas, the same down a year's rows: written once a year.
  row.set("yearStart", formulaCell(`DATE(${year},4,1)`, dateSerial(yearStart(year))));
  row.set("yearEnd", formulaCell(`DATE(${year + 1},3,31)`, dateSerial(yearEnd(year))));
  // A blank start or end is the horizon's first or last day.
  row.set("start", inputOrDefault(inputs.line(line.id, "start"), dateSerial(line.start), dateSerial(yearStart(result.years[0] as number)), "Start"));
  row.set("end", inputOrDefault(inputs.line(line.id, "end"), dateSerial(line.end), dateSerial(yearEnd(result.years[result.years.length - 1] as number)), "End"));
  row.set("from", formulaCell(`MAX(${r("start")},${r("yearStart")})`, dateSerial(Math.max(line.start, yearStart(year)))));
  row.set("to", formulaCell(`MIN(${r("end")},${r("yearEnd")})`, dateSerial(Math.min(line.end, yearEnd(year)))));
  row.set("units", formulaCell(unitsBetween(r("from"), r("to")), totalUnits(cost.months)));

  row.set("recurrent", line.recurrent ? "Yes" : "No");
  const shown = new Map<ComponentName, Pennies>(cost.components.map((c) => [c.name, c.shown]));
  const fye = lineResult.fye.get(year);
  switch (line.kind) {
    case "post":
      postCells(scope, row, line, year, yearIndex, shown, fye);
      break;
    case "gp-backfill":
      backfillCells(scope, row, line, shown, fye);
      break;
    case "non-pay":
      nonPayCells(scope, row, line, year, shown, fye);
      break;
  }
  row.set("total", formulaCell(penny(`SUM(${r(FIRST_COMPONENT)}:${r(LAST_COMPONENT)})`), poundsNumber(cost.total)));
  row.set("funded", poundsNumber(funding.funded));
  row.set("inKind", poundsNumber(funding.inKind));
  row.set("unfunded", formulaCell(penny(`${r("total")}-${r("funded")}-${r("inKind")}`), poundsNumber(funding.unfunded)));
  return row.toRow();
}

/** The pro-rata components of a line: the exact amount over the year's active units, to the penny. */
function proRataCell(row: RowCells, component: ComponentName, shown: ReadonlyMap<ComponentName, Pennies>, niMethod: "monthly" | "annual"): Cell {
  const amount = exactAmount(component, row.r, niMethod);
  if (amount === undefined) throw new Error(`proRataCell(): ${component} is not pro rata`);
  return formulaCell(shownAfter(amount, row.r("units")), poundsNumber(shown.get(component) ?? 0));
}

function postCells(scope: CostingScope, row: RowCells, post: Post, year: number, yearIndex: number, shown: ReadonlyMap<ComponentName, Pennies>, fye: Pennies | undefined): void {
  const { inputs, rates, context } = scope;
  const { r } = row;
  const { niMethod } = context.settings;
  const cell = (field: string) => inputs.line(post.id, field);
  row.set("employer", post.employer);
  row.set("count", inputCell(cell("count"), post.count, "Count"));
  row.set("fte", inputCell(cell("fte"), num(post.fte), "FTE"));
  const basic = fullTimeBasic(post, year, context);
  if (post.pay.kind === "scale") {
    row.set("band", inputCell(cell("band"), post.pay.band, "Band"));
    row.set("point", inputCell(cell("point"), post.pay.point, "Point"));
  } else {
    row.set("salary", inputCell(cell("salary"), num(post.pay.salary), "Salary"));
    row.set("salaryYear", inputCell(cell("year"), formatFinancialYear(post.pay.year), "Salary year"));
  }
  // The same formula for every post: the AfC point on Rates for a band, else the spot salary.
  const scale = lookup(rates.payPoints.amount, rates.payPoints.keys, keyFormula(r("band"), r("point"), r("year")));
  row.set("basicFullTime", formulaCell(`IF(${r("band")}<>"",${scale},${spotBasic(r, rates.payAward, scope.spotUplifts)})`, ratioNumber(basic)));
  row.set("zone", inputCell(cell("hcasZone"), post.hcasZone, "HCAS zone"));
  const key = keyFormula(r("zone"), r("year"));
  const hcas = fullTimeHcas(post, year, basic, context);
  row.set(
    "hcasFullTime",
    formulaCell(
      `IF(${r("zone")}="none",0,MIN(MAX(${r("basicFullTime")}*${lookup(rates.hcas.percent, rates.hcas.keys, key)},${lookup(rates.hcas.minimum, rates.hcas.keys, key)}),${lookup(rates.hcas.maximum, rates.hcas.keys, key)}))`,
      ratioNumber(hcas),
    ),
  );
  row.set("pay", formulaCell(`(${r("basicFullTime")}+${r("hcasFullTime")})*${r("fte")}`, ratioNumber(timesRatio(plusRatio(basic, hcas), ratioOf(post.fte)))));
  row.set("pensionRate", pensionRateCell(scope, post, year, r));
  // The levy rate if the employer pays it (Rates' employers table), else none.
  row.set(
    "levyRate",
    formulaCell(`IF(INDEX(${rates.employers.paysLevy},MATCH(${r("employer")},${rates.employers.ids},0))="Yes",${rates.levyRate},0)`, levyApplies(post, context) ? num(context.rates.levyRate) : 0),
  );
  if (niMethod === "annual") {
    const regime = context.rates.employerNI(year);
    row.set("niThreshold", formulaCell(lookup(rates.niYears.threshold, rates.niYears.keys, r("year")), num(regime.annualThreshold)));
    row.set("niRate", formulaCell(lookup(rates.niYears.rate, rates.niYears.keys, r("year")), num(regime.annualRate)));
  }
  for (const component of ["basic", "hcas", "pension", "levy"] as const) row.set(component, proRataCell(row, component, shown, niMethod));
  row.set(
    "employerNI",
    niMethod === "annual"
      ? proRataCell(row, "employerNI", shown, niMethod)
      : formulaCell(penny(`SUM(${phasingMonths("employerNI", row.row)})`), poundsNumber(shown.get("employerNI") ?? 0)),
  );
  // Full-year effect: every component over a whole year (4,530,960 units; NI over twelve whole pay months).
  const whole = (component: ComponentName) => penny(exactAmount(component, r, niMethod) as string);
  let ni: string;
  if (niMethod === "annual") ni = whole("employerNI");
  else {
    const terms = rates.niMonths.yearRows(yearIndex);
    const month = `(${r("pay")}*${UNITS_PER_MONTH}/${YEAR_UNITS}-${terms.threshold})*${terms.rate}`;
    ni = `${r("count")}*SUMPRODUCT((${month}>0)*(${niPenny(month)}))`;
  }
  row.set("fye", fyeCell(row, penny([whole("basic"), whole("hcas"), ni, whole("pension"), whole("levy")].join("+")), fye));
}

/**
 * A spot salary in the row's year: uplifted by the pay award once for each year after the year
 * it is given for, to the penny each year (rates.ts spotSalary), chosen by the number of years;
 * `most` is the largest number any spot salary of the plan needs.
 */
function spotBasic(r: CostingRef, payAward: string, most: number): string {
  if (most === 0) return r("salary");
  const uplifted = [r("salary")];
  for (let n = 1; n <= most; n++) uplifted.push(penny(`${uplifted[n - 1] as string}*(1+${payAward})`));
  const years = `YEAR(${r("yearStart")})-VALUE(LEFT(${r("salaryYear")},4))`;
  return `CHOOSE(MAX(0,MIN(${most},${years}))+1,${uplifted.join(",")})`;
}

/** The pension rate the post used: its override, its employer's rate, or the NHS rate the plan charges. */
function pensionRateCell(scope: CostingScope, post: Post, year: number, r: CostingRef): Cell {
  const { inputs, rates, context } = scope;
  const used = ratioNumber(pensionRate(post, year, context));
  if (post.pension?.kind === "none") return valueCell(0, undefined, `Pension rate: the post's pension is "none"${where(inputs.line(post.id, "pension")?.address)}.`);
  if (post.pension?.kind === "rate") return inputCell(inputs.line(post.id, "pension"), used, "Pension rate (the post's override)");
  // The employer's own rate on Rates' employers table, else the NHS rate charged if it is in the NHS scheme, else none:
  // the same formula for every post, whoever employs it.
  const employerRow = `MATCH(${r("employer")},${rates.employers.ids},0)`;
  const ownRate = `INDEX(${rates.employers.rate},${employerRow})`;
  const nhs = lookup(rates.nhsPension.charged, rates.nhsPension.keys, r("year"));
  return formulaCell(`IF(${ownRate}<>"",${ownRate},IF(INDEX(${rates.employers.scheme},${employerRow})="NHS",${nhs},0))`, used);
}

function where(address: string | undefined): string {
  return address ? ` (${address})` : "";
}

function backfillCells(scope: CostingScope, row: RowCells, line: GpBackfill, shown: ReadonlyMap<ComponentName, Pennies>, fye: Pennies | undefined): void {
  const cell = (field: string) => scope.inputs.line(line.id, field);
  row.set("count", inputCell(cell("count"), line.count, "Count"));
  row.set("sessions", inputCell(cell("sessionsPerWeek"), num(line.sessionsPerWeek), "Sessions per week"));
  row.set("weeks", inputCell(cell("weeksPerYear"), num(line.weeksPerYear), "Weeks per year"));
  row.set("ratePerSession", inputCell(cell("ratePerSession"), num(line.ratePerSession), "Rate per session"));
  row.set("onCostRate", inputCell(cell("onCost"), num(line.onCost), "On-cost"));
  for (const component of ["backfill", "onCost"] as const) row.set(component, proRataCell(row, component, shown, "monthly"));
  const whole = (component: ComponentName) => penny(exactAmount(component, row.r, "monthly") as string);
  row.set("fye", fyeCell(row, penny(`${whole("backfill")}+${whole("onCost")}`), fye));
}

function nonPayCells(scope: CostingScope, row: RowCells, line: NonPayItem, year: number, shown: ReadonlyMap<ComponentName, Pennies>, fye: Pennies | undefined): void {
  const { r } = row;
  const cell = (field: string) => scope.inputs.line(line.id, field);
  row.set("quantity", inputCell(cell("quantity"), num(line.quantity), "Quantity"));
  row.set("unitCost", inputCell(cell("unitCost"), num(line.unitCost), "Unit cost"));
  row.set("vatRate", inputCell(cell("vat"), num(line.vat), "VAT"));
  row.set("phasing", inputCell(cell("phasing"), line.phasing, "Phasing"));
  const before = line.start >= yearStart(year) ? 0 : unitsOfPeriod(line.start, Math.min(line.end, yearStart(year) - 1));
  row.set("unitsBefore", formulaCell(unitsBetween(r("start"), `MIN(${r("end")},${r("yearStart")}-1)`), before));
  row.set("lineUnits", formulaCell(unitsBetween(r("start"), r("end")), unitsOfPeriod(line.start, line.end)));
  for (const component of ["nonPay", "vat"] as const) {
    const amount = exactAmount(component, r, "monthly") as string;
    const lump = `IF(AND(${r("start")}>=${r("yearStart")},${r("start")}<=${r("yearEnd")}),${penny(amount)},0)`;
    const even = `${shownAfter(amount, `(${r("unitsBefore")}+${r("units")})`, r("lineUnits"))}-${shownAfter(amount, r("unitsBefore"), r("lineUnits"))}`;
    row.set(component, formulaCell(`IF(${r("phasing")}=${text("lump")},${lump},${even})`, poundsNumber(shown.get(component) ?? 0)));
  }
  const net = exactAmount("nonPay", r, "monthly") as string;
  const vat = exactAmount("vat", r, "monthly") as string;
  const lump = `${penny(net)}+${penny(vat)}`;
  const even = `${shownAfter(net, YEAR_UNITS, r("lineUnits"))}+${shownAfter(vat, YEAR_UNITS, r("lineUnits"))}`;
  row.set("fye", fyeCell(row, penny(`IF(${r("phasing")}=${text("lump")},${lump},${even})`), fye));
}

/**
 * The full-year effect, shown for a recurrent line in a year it is active and blank otherwise:
 * the same formula on every row, so a year's lines of a kind share it.
 */
function fyeCell(row: RowCells, formula: string, fye: Pennies | undefined): Cell {
  return formulaCell(`IF(AND(${row.r("recurrent")}="Yes",${row.r("units")}>0),${formula},"")`, fye === undefined ? "" : poundsNumber(fye));
}

/** Totals under the rows: live SUMs of each money column, the engine's totals as cached results. */
function totalsRow(result: PlanResult, layout: TraceableLayout): Cell[] {
  const cells: Cell[] = COSTING_COLUMNS.map(() => null);
  cells[0] = styled("Total", "total");
  const first = COSTING_HEADER_ROW + 2;
  const last = layout.costingTotalsRow;
  const sum = (key: CostingKey, pennies: Pennies) => {
    const letter = columnLetters(costingColumn(key) + 1);
    cells[costingColumn(key)] = { formula: `=${penny(`SUM(${letter}${first}:${letter}${last})`)}`, result: poundsNumber(pennies), numberFormat: MONEY_FORMAT, style: "total" };
  };
  const all = result.lines.flatMap((line) => line.years);
  const components: ComponentName[] = ["basic", "hcas", "employerNI", "pension", "levy", "backfill", "onCost", "nonPay", "vat"];
  for (const component of components) {
    let total = 0;
    for (const year of all) for (const c of year.cost.components) if (c.name === component) total += c.shown;
    sum(component, total);
  }
  const add = (pick: (y: (typeof all)[number]) => Pennies) => all.reduce((total, y) => total + pick(y), 0);
  sum("total", add((y) => y.cost.total));
  sum("funded", add((y) => y.funding.funded));
  sum("inKind", add((y) => y.funding.inKind));
  sum("unfunded", add((y) => y.funding.unfunded));
  return cells;
}

