import { isObject } from "../plan-format/fields";
import { ColumnContract, LINE_LISTS, SETTINGS, SPLIT_FUNDING, TABLES, TableContract, TableName, YES_NO } from "./contract";
import { formatFor, planValueCell } from "./plan-cells";
import { Cell, DATE_FORMAT, DataValidation, MONEY_FORMAT, PERCENT_FORMAT, RichCell, SheetModel, WorkbookModel } from "./sheet-model";

/**
 * The planning workbook's input sheets: one sheet per input table (named as the table), header
 * in row 1, data from row 2, with dropdowns, number formats and widths; and a Guidance sheet.
 * They are the user's sheets (`owned: false`): a calculation never rewrites them.
 */

type Rows = Cell[][];
type TableRows = Partial<Record<TableName, Rows>>;

const FORMATS = { money: MONEY_FORMAT, percent: PERCENT_FORMAT, date: DATE_FORMAT };
/** Data-validation blocks reach this far down, so rows added to a table keep their dropdowns. */
const VALIDATED_ROWS = 1000;
export const GUIDANCE_SHEET = "Guidance";

/** An empty planning workbook: every setting with its default, every line table empty. */
export function templateWorkbook(): WorkbookModel {
  const settings: Rows = SETTINGS.map((setting) => [setting.name, settingCell(setting.template, setting.kind), setting.description]);
  return workbookOf({ Plan: settings });
}

/**
 * A plan in the plan format as a planning workbook: every value in a clean cell (numbers as
 * numbers, rates as fractions with a % format, dates as Excel serial numbers in the 1900 date
 * system with the yyyy-mm-dd format, text as text). A line funded by more than one source has
 * "split" in its Funding cell and one Allocations row per source. The overrides the workbook
 * has no table for (hcas, employerNI, nhsPension) are not carried.
 */
export function planWorkbook(planJson: unknown): WorkbookModel {
  const plan = isObject(planJson) ? planJson : {};
  const allocations: Rows = [];
  const lineRows = (name: "Posts" | "GPBackfill" | "NonPay"): Rows =>
    listOf(plan[LINE_LISTS[name]]).map((line) => {
      const funding = line.funding;
      if (Array.isArray(funding)) {
        for (const claim of funding.filter(isObject)) allocations.push(rowOf(tableContract("Allocations"), { line: line.id, ...claim }));
        return rowOf(tableContract(name), { ...line, funding: SPLIT_FUNDING });
      }
      return rowOf(tableContract(name), line);
    });
  return workbookOf({
    Plan: planSettings(plan),
    Employers: listOf(plan.employers).map((employer) => rowOf(tableContract("Employers"), employer)),
    Posts: lineRows("Posts"),
    GPBackfill: lineRows("GPBackfill"),
    NonPay: lineRows("NonPay"),
    Funding: listOf(plan.funding).flatMap(fundingRows),
    Allocations: allocations,
    PayScales: listOf(plan.payScales).flatMap(payScaleRows),
  });
}

function workbookOf(rows: TableRows): WorkbookModel {
  return { sheets: [...TABLES.map((table) => tableSheet(table, rows[table.name] ?? [])), guidanceSheet()] };
}

function tableContract(name: TableName): TableContract {
  return TABLES.find((table) => table.name === name) as TableContract;
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A value at a dotted path of a plan-format object. */
function valueAt(object: Record<string, unknown>, path: string): unknown {
  let node: unknown = object;
  for (const part of path.split(".")) node = isObject(node) ? node[part] : undefined;
  return node;
}

function rowOf(table: TableContract, object: Record<string, unknown>): Cell[] {
  return table.columns.map((column) => {
    const value = column.kind === "pension" ? pensionValue(object.pension) : valueAt(object, column.field);
    if (column.field === "eligible" && Array.isArray(value)) return value.map(String).join(", ");
    return planValueCell(value, column.kind);
  });
}

/** A post's pension override: "none", "employer" or its rate. */
function pensionValue(value: unknown): unknown {
  return isObject(value) ? value.rate : value;
}

function settingCell(value: unknown, kind: ColumnContract["kind"]): Cell {
  const cell = planValueCell(value, kind);
  const format = typeof cell === "number" ? formatFor(kind, FORMATS) : undefined;
  return typeof cell === "number" && format && format !== "@" ? ({ value: cell, numberFormat: format } satisfies RichCell) : cell;
}

function planSettings(plan: Record<string, unknown>): Rows {
  return SETTINGS.flatMap((setting) => {
    if (setting.repeats) {
      const notes = Array.isArray(plan.notes) ? plan.notes : [];
      return (notes.length ? notes : [null]).map((note) => [setting.name, settingCell(note, setting.kind), setting.description]);
    }
    return [[setting.name, settingCell(valueAt(plan, setting.path), setting.kind), setting.description]];
  });
}

/** One row per source and year; a source with no amounts still gets a row. */
function fundingRows(source: Record<string, unknown>): Rows {
  const table = tableContract("Funding");
  const amounts = isObject(source.amounts) ? Object.entries(source.amounts) : [];
  const years = amounts.length ? amounts : [[undefined, undefined] as const];
  return years.map(([year, amount]) => rowOf(table, { ...source, year, amount }));
}

/** One row per point given. */
function payScaleRows(override: Record<string, unknown>): Rows {
  const table = tableContract("PayScales");
  const points = isObject(override.points) ? Object.entries(override.points) : [];
  return points.map(([point, salary]) => rowOf(table, { year: override.year, band: override.band, point, salary }));
}

function tableSheet(table: TableContract, data: Rows): SheetModel {
  const headers = table.columns.map((column) => column.header);
  const isPlan = table.name === "Plan";
  return {
    name: table.sheet,
    owned: false,
    rows: [headers, ...data],
    columns: table.columns.map((column) => {
      const numberFormat = isPlan ? undefined : formatFor(column.kind, FORMATS);
      return { width: column.width ?? 12, ...(numberFormat ? { numberFormat } : {}) };
    }),
    frozen: { rows: 1, columns: 1 },
    tables: [{ name: table.name, row: 0, column: 0, columns: headers, rowCount: data.length, style: "TableStyleMedium2" }],
    validations: isPlan ? planValidations(data) : columnValidations(table),
  };
}

/** Dropdowns on the Plan table's value cells, by the setting on each row. */
function planValidations(rows: Rows): DataValidation[] {
  return rows.flatMap((row, index) => {
    const setting = SETTINGS.find((s) => s.name === row[0]);
    if (!setting?.choices) return [];
    return [{ block: { row: index + 1, column: 1, rows: 1, columns: 1 }, list: setting.choices, prompt: setting.description, strict: true }];
  });
}

/** Fixed choices, and lists of the employer and funding source IDs as they stand in their tables. */
function columnValidations(table: TableContract): DataValidation[] {
  const idList = (sheet: string) => ({ formula: `=${sheet}!$A$2:$A$${VALIDATED_ROWS}` });
  return table.columns.flatMap((column, index): DataValidation[] => {
    const block = { row: 1, column: index, rows: VALIDATED_ROWS - 1, columns: 1 };
    if (column.choices) return [{ block, list: column.choices, prompt: column.description, strict: true }];
    if (table.name !== "Employers" && (column.key === "employer" || column.key === "secondedFrom")) return [{ block, list: idList(tableContract("Employers").sheet), prompt: column.description, strict: false }];
    if (column.key === "funding" || (table.name === "Allocations" && column.key === "source")) return [{ block, list: idList(tableContract("Funding").sheet), prompt: column.description, strict: false }];
    return [];
  });
}

function guidanceSheet(): SheetModel {
  const rows: Rows = [
    [{ value: "Resourcing Planner: how to fill in this workbook", style: "title" }],
    [],
    ["Each input sheet holds one Excel table. Keep the table names and the column headers (their order does not matter, and you may add columns of your own)."],
    ["Add rows by typing under a table: it grows to take them. Blank rows are skipped."],
    ["Money is in pounds; rates are percentages (15% or 0.15); dates are real dates or text such as 2021-07-01 or 01/07/2021 (day/month/year)."],
    [`A line funded by more than one source: write "${SPLIT_FUNDING}" in its Funding cell and add one Allocations row per source, with a share or an amount a year.`],
    [`Answers are ${YES_NO.join(" or ")}.`],
    ["Output sheets (Summary, Costing, Phasing, Funding summary, Issues, Rates, Run log) are regenerated whole on each calculation: edit the input tables, not them."],
    [],
    [{ value: "Table", style: "header" }, { value: "Sheet", style: "header" }, { value: "One row per", style: "header" }, { value: "What it is for", style: "header" }],
    ...TABLES.map((table): Cell[] => [table.name, table.sheet, table.rowIs, `${table.purpose}${table.required ? "" : " Optional."}`]),
    [],
    [{ value: "Column", style: "header" }, { value: "Table", style: "header" }, { value: "Required", style: "header" }, { value: "How to fill it", style: "header" }],
    ...TABLES.filter((table) => table.name !== "Plan").flatMap((table) => table.columns.map((column): Cell[] => [column.header, table.name, column.required ? "column required" : "optional column", column.description])),
  ];
  return { name: GUIDANCE_SHEET, owned: false, rows, columns: [{ width: 22 }, { width: 14 }, { width: 22 }, { width: 100 }] };
}
