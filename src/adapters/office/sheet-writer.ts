import type { Block, ChartSpec, ConditionalFormat, DataValidation, FormulaFill, SheetModel } from "../../workbook/sheet-model";
import { a1, blockAddress, columnAddress, parseRange, splitReference } from "./addresses";
import { rowBlocks, type RowBlock } from "./cell-blocks";
import { applyStyle, FLAG_COLOURS, officeStyle, styleActions } from "./cell-styles";
import type { SupportsApi } from "./host";
import { ACTION_BYTES, type RequestBudget } from "./request-budget";

/** What a sheet writer needs besides the sheet: where to queue, the byte budget, the host's abilities, and where to say what was left out. */
export interface SheetTarget {
  readonly context: Excel.RequestContext;
  readonly worksheet: Excel.Worksheet;
  readonly budget: RequestBudget;
  readonly supports: SupportsApi;
  readonly warn: (warning: string) => void;
  /** A1's note on an owned sheet (the owned-sheet marker, with the model's own A1 note). */
  readonly a1Note?: string;
}

/** Excel refuses an inline validation list longer than this; an input prompt longer than this too. */
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;

/** Column width in characters → points, as Excel's default 8.43 characters is 64 pixels (48 points). */
function widthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/**
 * Queues one model sheet onto a new, empty worksheet: column widths, the cells (row blocks of
 * formulas and number formats, then styles, links and notes), frozen panes, and, once every
 * value is queued, tables, conditional formats, dropdowns and charts. Returns a problem when the
 * model holds what Excel cannot (the worksheet is then left partly written; callers check models first).
 */
export async function queueSheet(sheet: SheetModel, target: SheetTarget): Promise<{ readonly problem: string } | undefined> {
  const { worksheet, budget } = target;
  const header = new Map<string, string>();
  for (const table of sheet.tables ?? []) table.columns.forEach((name, i) => header.set(`${table.row}:${table.column + i}`, name));
  const blocks = rowBlocks(sheet, header);
  if ("problem" in blocks) return blocks;

  for (const [index, column] of (sheet.columns ?? []).entries()) {
    if (column.width !== undefined) {
      await budget.reserve(ACTION_BYTES);
      worksheet.getRange(columnAddress(index)).format.columnWidth = widthPoints(column.width);
    }
    if (column.hidden === true) {
      await budget.reserve(ACTION_BYTES);
      worksheet.getRange(columnAddress(index)).columnHidden = true;
    }
  }
  await queueColumnFormats(sheet, target);
  for (const block of blocks) await queueBlock(block, sheet.name, target);
  for (const fill of sheet.fills ?? []) await queueFill(fill, sheet, target);

  if (target.a1Note !== undefined && target.supports("1.18")) {
    await budget.reserveFor(target.a1Note);
    worksheet.notes.add("A1", target.a1Note);
  }
  await queueFrozen(sheet, target);
  for (const table of sheet.tables ?? []) {
    await budget.reserve(3 * ACTION_BYTES);
    const added = worksheet.tables.add(worksheet.getRange(blockAddress(table.row, table.column, Math.max(table.rowCount, 1) + 1, table.columns.length)), true);
    added.name = table.name;
    added.style = table.style ?? "TableStyleLight9";
  }
  for (const format of sheet.conditionalFormats ?? []) await queueConditionalFormat(format, target);
  for (const validation of sheet.validations ?? []) await queueValidation(validation, sheet.name, target);
  for (const chart of sheet.charts ?? []) await queueChart(chart, sheet.name, target);
  return undefined;
}

async function queueBlock(block: RowBlock, sheetName: string, target: SheetTarget): Promise<void> {
  const { worksheet, budget } = target;
  // Values first, then formats: a formulas array sets constants and formulas alike. Columns
  // empty all the way down the block (formula fills, unused inputs) are left out, so a wide sheet
  // of mostly filled columns does not send a null for each of their cells.
  for (const [first, last] of usedColumnRuns(block)) {
    const entries = block.entries.map((row) => row.slice(first, last + 1));
    const numberFormats = block.numberFormats?.map((row) => row.slice(first, last + 1));
    await budget.reserve(2 * ACTION_BYTES + JSON.stringify(entries).length + (numberFormats === undefined ? 0 : JSON.stringify(numberFormats).length));
    const range = worksheet.getRange(blockAddress(block.row, first, entries.length, last - first + 1));
    range.formulas = entries;
    if (numberFormats !== undefined) range.numberFormat = numberFormats;
  }
  for (const run of block.styles) {
    const style = officeStyle(run.style);
    await budget.reserve(ACTION_BYTES * (1 + styleActions(style)));
    applyStyle(worksheet.getRange(blockAddress(run.row, run.column, 1, run.columns)), style);
  }
  if (block.links.length > 0 && !target.supports("1.7")) target.warn(`${sheetName}: links were not added (they need Excel API 1.7)`);
  else {
    for (const { row, column, value } of block.links) {
      const hyperlink = "cell" in value.link ? { documentReference: value.link.cell } : { address: value.link.url };
      const link = value.text === "" ? hyperlink : { ...hyperlink, textToDisplay: value.text };
      await budget.reserveFor(link);
      worksheet.getRange(a1(row, column)).hyperlink = link;
    }
  }
  if (block.notes.length > 0 && !target.supports("1.18")) target.warn(`${sheetName}: cell notes (where a figure came from) were not added (they need Excel API 1.18)`);
  else {
    for (const { row, column, value } of block.notes) {
      // A1's note is written with the owned-sheet marker, when there is one.
      if (row === 0 && column === 0 && target.a1Note !== undefined) continue;
      await budget.reserveFor(value);
      worksheet.notes.add(a1(row, column), value);
    }
  }
}

/** Runs of consecutive columns holding an entry in some row of the block ([first, last], 0-based). */
function usedColumnRuns(block: RowBlock): [number, number][] {
  const used = new Array<boolean>(block.columns).fill(false);
  for (const row of block.entries) for (let c = 0; c < row.length; c++) if (row[c] !== null) used[c] = true;
  const runs: [number, number][] = [];
  used.forEach((isUsed, c) => {
    if (!isUsed) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  });
  return runs;
}

/** The sheet's last row holding anything (0-based), model rows and fills alike. */
function lastRowOf(sheet: SheetModel): number {
  let last = sheet.rows.length - 1;
  for (const { block } of sheet.fills ?? []) last = Math.max(last, block.row + block.rows - 1);
  return last;
}

/**
 * Each column's number format, set once over the rows in use rather than a format a cell in
 * every row written (spread).
 */
async function queueColumnFormats(sheet: SheetModel, target: SheetTarget): Promise<void> {
  const last = lastRowOf(sheet);
  if (last < 0) return;
  for (const [index, column] of (sheet.columns ?? []).entries()) {
    if (column.numberFormat === undefined) continue;
    await spread({ row: 0, column: index, rows: last + 1, columns: 1 }, { numberFormat: column.numberFormat }, target);
  }
}

/** A formula fill: its R1C1 text is the same in every cell, so it is spread from one cell whatever the number of rows. */
async function queueFill(fill: FormulaFill, sheet: SheetModel, target: SheetTarget): Promise<void> {
  const { block } = fill;
  if (block.rows <= 0 || block.columns <= 0) return;
  await spread(block, { formulaR1C1: fill.formulaR1C1, numberFormat: fill.numberFormat ?? sheet.columns?.[block.column]?.numberFormat }, target);
}

/**
 * One formula and/or number format in every cell of a block, in a few actions whatever its size:
 * set on the block's first cell, then copied over the block with Range.copyFrom (ExcelApi 1.9),
 * which moves relative references as a paste does (an R1C1 formula is the same text in every
 * cell, so nothing moves). Before 1.9, the one value is given for the whole range, which Excel
 * sets in each cell.
 */
async function spread(block: Block, what: { readonly formulaR1C1?: string; readonly numberFormat?: string }, target: SheetTarget): Promise<void> {
  const { worksheet, budget, supports } = target;
  await budget.reserve(3 * ACTION_BYTES + (what.formulaR1C1?.length ?? 0) + (what.numberFormat?.length ?? 0));
  const whole = worksheet.getRange(blockAddress(block.row, block.column, block.rows, block.columns));
  const single = block.rows === 1 && block.columns === 1;
  if (!single && !supports("1.9")) {
    if (what.formulaR1C1 !== undefined) (whole as unknown as { formulasR1C1: string }).formulasR1C1 = what.formulaR1C1;
    if (what.numberFormat !== undefined) (whole as unknown as { numberFormat: string }).numberFormat = what.numberFormat;
    return;
  }
  const first = worksheet.getRange(a1(block.row, block.column));
  if (what.formulaR1C1 !== undefined) first.formulasR1C1 = [[what.formulaR1C1]];
  if (what.numberFormat !== undefined) first.numberFormat = [[what.numberFormat]];
  if (single) return;
  whole.copyFrom(first, what.formulaR1C1 === undefined ? "Formats" : what.numberFormat === undefined ? "Formulas" : "All");
}

async function queueFrozen(sheet: SheetModel, target: SheetTarget): Promise<void> {
  const rows = sheet.frozen?.rows ?? 0;
  const columns = sheet.frozen?.columns ?? 0;
  if (rows === 0 && columns === 0) return;
  if (!target.supports("1.7")) return target.warn(`${sheet.name}: panes were not frozen (this needs Excel API 1.7)`);
  await target.budget.reserve(ACTION_BYTES);
  const panes = target.worksheet.freezePanes;
  if (rows > 0 && columns > 0) panes.freezeAt(target.worksheet.getRange(blockAddress(0, 0, rows, columns)));
  else if (rows > 0) panes.freezeRows(rows);
  else panes.freezeColumns(columns);
}

async function queueConditionalFormat(format: ConditionalFormat, target: SheetTarget): Promise<void> {
  if (!target.supports("1.6")) return target.warn("highlighting (conditional formats) was not added: it needs Excel API 1.6");
  await target.budget.reserveFor(format.formula);
  const { block } = format;
  const added = target.worksheet.getRange(blockAddress(block.row, block.column, block.rows, block.columns)).conditionalFormats.add("Custom");
  added.custom.rule.formula = format.formula.startsWith("=") ? format.formula : `=${format.formula}`;
  added.custom.format.font.color = FLAG_COLOURS[format.style].text;
  added.custom.format.fill.color = FLAG_COLOURS[format.style].fill;
}

/** The list source Office.js takes: "a,b,c" for fixed choices, or a range formula. */
function listSource(list: DataValidation["list"]): string | undefined {
  if ("formula" in list) return list.formula.startsWith("=") ? list.formula : `=${list.formula}`;
  if (list.some((choice) => choice.includes(","))) return undefined;
  const joined = list.join(",");
  return joined.length <= MAX_INLINE_LIST ? joined : undefined;
}

async function queueValidation(validation: DataValidation, sheetName: string, target: SheetTarget): Promise<void> {
  if (!target.supports("1.8")) return target.warn(`${sheetName}: dropdown lists were not added (they need Excel API 1.8)`);
  const source = listSource(validation.list);
  const { block } = validation;
  const where = blockAddress(block.row, block.column, block.rows, block.columns);
  if (source === undefined) return target.warn(`${sheetName}!${where}: the dropdown's choices are too long for a list typed into the rule, so it was not added`);
  const strict = validation.strict === true;
  const rule = { list: { inCellDropDown: true, source } };
  const errorAlert = {
    showAlert: true,
    // A warning lets pasted data through, so a paste from another workbook is never lost.
    style: strict ? "Stop" : "Warning",
    title: "Not in the list",
    message: strict ? "Choose a value from the list." : "This value is not in the list. Keep it only if you mean to.",
  } as const;
  const prompt = validation.prompt === undefined ? undefined : { showPrompt: true, title: "", message: validation.prompt.slice(0, MAX_PROMPT) };
  await target.budget.reserveFor([rule, errorAlert, prompt]);
  const range = target.worksheet.getRange(where);
  range.dataValidation.rule = rule;
  range.dataValidation.errorAlert = errorAlert;
  if (prompt !== undefined) range.dataValidation.prompt = prompt;
}

const CHART_TYPES = { column: "ColumnClustered", "stacked-column": "ColumnStacked", bar: "BarClustered" } as const;

async function queueChart(chart: ChartSpec, sheetName: string, target: SheetTarget): Promise<void> {
  // Series are set one by one (series.add, setValues, setXAxisValues): ExcelApi 1.7.
  if (!target.supports("1.7")) return target.warn(`${sheetName}: the chart "${chart.title}" was not added (it needs Excel API 1.7)`);
  const rangeOf = (reference: string): Excel.Range | undefined => {
    const split = splitReference(reference);
    if (split === undefined) return undefined;
    const worksheet = split.sheet.toLowerCase() === sheetName.toLowerCase() ? target.worksheet : target.context.workbook.worksheets.getItem(split.sheet);
    return worksheet.getRange(split.range);
  };
  const first = chart.series[0];
  const bounds = first === undefined ? undefined : parseRange(splitReference(first.values)?.range ?? "");
  const categories = rangeOf(chart.categories);
  if (first === undefined || bounds === undefined || categories === undefined || chart.series.some((series) => splitReference(series.values) === undefined)) {
    return target.warn(`${sheetName}: the chart "${chart.title}" was not added (its ranges are not cell ranges)`);
  }
  await target.budget.reserve(ACTION_BYTES * (4 + 3 * chart.series.length));
  const seriesBy = bounds.left === bounds.right ? "Columns" : "Rows";
  const added = target.worksheet.charts.add(CHART_TYPES[chart.kind], rangeOf(first.values) as Excel.Range, seriesBy);
  added.title.text = chart.title;
  chart.series.forEach((spec, index) => {
    const series = index === 0 ? added.series.getItemAt(0) : added.series.add(spec.name);
    series.name = spec.name;
    if (index > 0) series.setValues(rangeOf(spec.values) as Excel.Range);
    series.setXAxisValues(categories);
  });
  const { at } = chart;
  added.setPosition(a1(at.row, at.column), a1(at.row + Math.max(at.rows, 1) - 1, at.column + Math.max(at.columns, 1) - 1));
}
