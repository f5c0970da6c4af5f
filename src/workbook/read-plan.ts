import { formatFinancialYear, parseFinancialYear } from "../engine/financial-year";
import type { Plan } from "../engine/plan";
import { parsePlan } from "../plan-format/parse-plan";
import type { InputError } from "../plan-format/input-error";
import { BUILT_IN_REFERENCE, ReferenceData } from "../reference";
import { CellReading, readCell } from "./cell-values";
import { ColumnContract, LINE_LISTS, SETTINGS, SPLIT_FUNDING, SettingContract, matchKey } from "./contract";
import { InputCellIndex } from "./input-cell-index";
import type { InputCells } from "./input-cells";
import { LocatedTable, Position, ReaderProblem, locateTables } from "./locate-tables";
import type { WorkbookSnapshot } from "./tables";

/** A plan read from a workbook, with where each input stands; or every error, each naming its cell. */
export type WorkbookPlan =
  | { readonly plan: Plan; readonly inputs: InputCells; readonly errors: readonly [] }
  | { readonly plan?: undefined; readonly inputs?: InputCells; readonly errors: readonly InputError[] };

type Json = Record<string, unknown>;
type Row = LocatedTable["rows"][number];

/**
 * Reads the input tables of a workbook into a plan: builds the plan-format object from the
 * tables, remembering the cell behind each plan-format path, and hands it to parsePlan so every
 * validation rule is the JSON reader's. Each error is given the most specific cell (a blank cell
 * for a missing value, a row's first cell for a whole-row problem); the reader's own problems
 * (tables, columns, unreadable cells) are errors too, all sorted by sheet, row and column.
 */
export function readPlan(snapshot: WorkbookSnapshot, reference: ReferenceData = BUILT_IN_REFERENCE): WorkbookPlan {
  const reader = new WorkbookReader(snapshot);
  const json = reader.build();
  const parsed = parsePlan(json, reference);
  const errors = reader.errors(parsed.errors);
  if (errors.length > 0 || !parsed.plan) return { inputs: reader.inputs, errors };
  return { plan: parsed.plan, inputs: reader.inputs, errors: [] };
}

class WorkbookReader {
  readonly inputs = new InputCellIndex();
  private readonly problems: ReaderProblem[] = [];
  /** Plan-format path → the cell it came from. */
  private readonly cells = new Map<string, Position>();
  /** Paths (and everything under them) whose problems the reader has already reported. */
  private readonly suppressed = new Set<string>();
  private readonly tables: ReturnType<typeof locateTables>;

  constructor(snapshot: WorkbookSnapshot) {
    this.tables = locateTables(snapshot, this.problems);
  }

  build(): Json {
    const json: Json = {};
    const plan = this.tables.get("Plan");
    if (plan) this.readSettings(plan, json);
    else ["name", "organisation", "startYear", "years", "ask", "settings", "notes"].forEach((path) => this.suppressed.add(path));
    const employers = this.tables.get("Employers");
    if (employers) json.employers = this.readEmployers(employers);
    else this.suppressed.add("employers");
    const lines = (["Posts", "GPBackfill", "NonPay"] as const).flatMap((name) => {
      const table = this.tables.get(name);
      if (!table) return [];
      const { list, rows } = this.readLines(table, LINE_LISTS[name]);
      json[LINE_LISTS[name]] = list;
      return rows;
    });
    this.attachFunding(lines);
    const funding = this.tables.get("Funding");
    if (funding) json.funding = this.readFundingSources(funding);
    // A missing table is one error, not one more for every line that names a source or employer in it.
    else for (const line of lines) this.suppressed.add(`${line.rowPath}.funding`);
    if (!employers) for (const line of lines) if (line.rowPath.startsWith("posts[")) ["employer", "secondment"].forEach((field) => this.suppressed.add(`${line.rowPath}.${field}`));
    const payScales = this.tables.get("PayScales");
    if (payScales) json.payScales = this.readPayScales(payScales);
    return json;
  }

  /** The reader's problems and the parser's errors, each with its cell, in sheet, row, column order. */
  errors(parseErrors: readonly InputError[]): InputError[] {
    const placed: { error: InputError; at?: Position }[] = this.problems.map((p) => ({ error: { code: p.code, path: p.path, ...(p.at ? { cell: p.at.address } : {}), message: p.message }, ...(p.at ? { at: p.at } : {}) }));
    for (const error of parseErrors) {
      if (this.isSuppressed(error.path)) continue;
      const at = this.locate(error.path);
      placed.push({ error: { ...error, ...(at ? { cell: at.address } : {}), message: this.withCells(error.message) }, ...(at ? { at } : {}) });
    }
    const order = (at: Position | undefined) => (at ? [at.sheetIndex, at.row, at.column] : [-1, 0, 0]);
    return placed
      .map((entry, index) => ({ ...entry, index }))
      .sort((a, b) => {
        const [x, y] = [order(a.at), order(b.at)];
        for (let i = 0; i < 3; i++) if ((x[i] as number) !== (y[i] as number)) return (x[i] as number) - (y[i] as number);
        return a.index - b.index;
      })
      .map((entry) => entry.error);
  }

  /** A parser message that points at another entry ("already used by posts[1]") points at its cell instead. */
  private withCells(message: string): string {
    return message.replace(/\b(posts|gpBackfill|nonPay|employers|funding)\[\d+\]/g, (path) => this.cells.get(`${path}.id`)?.address ?? this.cells.get(path)?.address ?? path);
  }

  private isSuppressed(path: string): boolean {
    for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) if (this.suppressed.has(p)) return true;
    return false;
  }

  /** The most specific cell recorded for a path or, failing that, for the nearest path above it. */
  private locate(path: string): Position | undefined {
    for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
      const at = this.cells.get(p);
      if (at) return at;
    }
    return undefined;
  }

  private problem(code: ReaderProblem["code"], path: string, at: Position, message: string): void {
    this.problems.push({ code, path, at, message });
    this.suppressed.add(path);
  }

  /**
   * Reads one cell of `row` into `target` at the column's field, recording its cell for `path`
   * (also when blank: a missing value is reported on the blank cell). Undefined when the table
   * has no such column.
   */
  private readInto(target: Json, table: LocatedTable, row: Row, column: ColumnContract, rowPath: string, field = column.field): ReadCell | undefined {
    const path = `${rowPath}.${field}`;
    const cell = readAt(table, row, column);
    if (!cell) {
      if (column.required) this.suppressed.add(path);
      return undefined;
    }
    const { reading, at } = cell;
    this.cells.set(path, at);
    if ("problem" in reading) {
      this.problem(column.kind === "date" ? "INVALID_DATE" : "INVALID_VALUE", path, at, reading.problem);
      setPath(target, field, reading.value);
    } else if (!reading.blank) setPath(target, field, reading.value);
    return { reading, at };
  }

  private readSettings(table: LocatedTable, json: Json): void {
    const [settingColumn, valueColumn] = table.contract.columns as [ColumnContract, ColumnContract];
    const first = table.position("header", 0);
    ["", "settings", "ask"].forEach((path) => this.cells.set(path, first));
    const seen = new Map<SettingContract, Position>();
    const notes: string[] = [];
    for (const row of table.rows) {
      const nameIndex = table.columns.get(settingColumn);
      const valueIndex = table.columns.get(valueColumn);
      if (nameIndex === undefined || valueIndex === undefined) return;
      const nameAt = table.position(row.index, nameIndex);
      const valueAt = table.position(row.index, valueIndex);
      const nameReading = readCell(row.cells[nameIndex] ?? null, "text", "Setting");
      if ("problem" in nameReading) {
        this.problem("INVALID_VALUE", `plan-row-${row.index}`, nameAt, nameReading.problem);
        continue;
      }
      if (nameReading.blank) {
        this.problem("MISSING_FIELD", `plan-row-${row.index}`, nameAt, `Setting name is missing for the value in ${valueAt.address}; write the setting's name (${SETTINGS.map((s) => s.name).join(", ")})`);
        continue;
      }
      const name = String(nameReading.value);
      const setting = SETTINGS.find((s) => matchKey(s.name) === matchKey(name) || matchKey(s.path) === matchKey(name) || (s.repeats && matchKey(name) === "notes"));
      if (!setting) {
        this.problem("UNKNOWN_VALUE", `plan-row-${row.index}`, nameAt, `Setting "${name}" is not one the plan knows; the settings are ${SETTINGS.map((s) => s.name).join(", ")}`);
        continue;
      }
      const earlier = seen.get(setting);
      if (earlier && !setting.repeats) {
        this.problem("DUPLICATE_ID", `plan-row-${row.index}`, nameAt, `Setting ${setting.name} is given twice (first in ${earlier.address}); keep one row`);
        continue;
      }
      seen.set(setting, nameAt);
      const reading = readCell(row.cells[valueIndex] ?? null, setting.kind, setting.name);
      const path = setting.repeats ? `${setting.path}[${notes.length}]` : setting.path;
      this.cells.set(path, valueAt);
      this.inputs.setSetting(path, { address: valueAt.address, clean: !reading.blank && !("problem" in reading) && reading.clean });
      if (reading.blank) continue;
      if ("problem" in reading) this.problem(setting.kind === "date" ? "INVALID_DATE" : "INVALID_VALUE", path, valueAt, reading.problem);
      if (setting.repeats) notes.push(String(reading.value));
      else setPath(json, setting.path, reading.value);
    }
    if (notes.length > 0) json.notes = notes;
  }

  private readEmployers(table: LocatedTable): Json[] {
    this.cells.set("employers", table.position("header", 0));
    return table.rows.map((row, k) => {
      const rowPath = `employers[${k}]`;
      const employer: Json = {};
      this.cells.set(rowPath, table.position(row.index, 0));
      const read = table.contract.columns.map((column) => ({ column, cell: this.readInto(employer, table, row, column, rowPath) }));
      const scheme = read.find((r) => r.column.key === "pensionScheme")?.cell;
      if (scheme) this.cells.set(`${rowPath}.pension`, scheme.at);
      const id = typeof employer.id === "string" ? employer.id : undefined;
      if (id !== undefined) for (const { column, cell } of read) if (cell) this.inputs.setEmployer(id, column.key, inputCell(cell));
      return employer;
    });
  }

  private readLines(table: LocatedTable, list: string): { list: Json[]; rows: LineRow[] } {
    this.cells.set(list, table.position("header", 0));
    const rows: LineRow[] = [];
    const objects = table.rows.map((row, k) => {
      const rowPath = `${list}[${k}]`;
      const line: Json = {};
      this.cells.set(rowPath, table.position(row.index, 0));
      const read = new Map<string, { reading: CellReading; at: Position }>();
      for (const column of table.contract.columns) {
        if (column.field === "funding") {
          const cell = this.readInto({}, table, row, column, rowPath);
          if (cell) read.set(column.key, cell);
          continue;
        }
        if (column.kind === "pension") {
          const holder: Json = {};
          const cell = this.readInto(holder, table, row, column, rowPath, "value");
          if (!cell) continue;
          this.cells.set(`${rowPath}.pension`, cell.at);
          this.cells.set(`${rowPath}.pension.rate`, cell.at);
          this.cells.delete(`${rowPath}.value`);
          if (holder.value !== undefined) line.pension = holder.value === "none" || holder.value === "employer" ? holder.value : { rate: holder.value };
          read.set(column.key, cell);
          continue;
        }
        const cell = this.readInto(line, table, row, column, rowPath);
        if (cell) read.set(column.key, cell);
      }
      // Whole-field problems of pay and secondment belong to the cell the user fills first.
      const band = read.get("band");
      const salary = read.get("salary");
      const pay = band && !(band.reading.blank && salary && !salary.reading.blank) ? band : salary;
      if (pay) this.cells.set(`${rowPath}.pay`, pay.at);
      const from = read.get("secondedFrom");
      if (from) this.cells.set(`${rowPath}.secondment`, from.at);
      const point = read.get("point");
      if (point) this.cells.set(`${rowPath}.pay.point`, point.at);
      const id = typeof line.id === "string" ? line.id : undefined;
      if (id !== undefined) for (const [key, cell] of read) this.inputs.setLine(id, key, inputCell(cell));
      rows.push({ line, rowPath, id, funding: read.get("funding") });
      return line;
    });
    return { list: objects, rows };
  }

  /** A line's funding: the source in its Funding cell, or its rows in the Allocations table. */
  private attachFunding(lines: readonly LineRow[]): void {
    const byId = new Map<string, LineRow>();
    for (const line of lines) if (line.id !== undefined && !byId.has(line.id)) byId.set(line.id, line);
    const allocations = new Map<LineRow, Json[]>();
    const table = this.tables.get("Allocations");
    if (table) {
      const [lineColumn, sourceColumn, shareColumn, amountColumn] = table.contract.columns as [ColumnContract, ColumnContract, ColumnContract, ColumnContract];
      table.rows.forEach((row, k) => {
        const rowPath = `allocations[${k}]`;
        const entry: Json = {};
        const lineCell = this.readInto(entry, table, row, lineColumn, rowPath);
        if (!lineCell || "problem" in lineCell.reading) return;
        if (lineCell.reading.blank) {
          this.problem("MISSING_FIELD", rowPath, lineCell.at, "Line ID is required: the ID of the post, backfill or non-pay line this row funds");
          return;
        }
        const owner = byId.get(String(entry.line));
        if (!owner) {
          const known = [...byId.keys()];
          this.problem("UNKNOWN_REFERENCE", rowPath, lineCell.at, `Line ID "${String(entry.line)}" is not a line in the Posts, GPBackfill or NonPay tables${known.length ? ` (known: ${known.join(", ")})` : ""}`);
          return;
        }
        const entries = allocations.get(owner) ?? [];
        const entryPath = `${owner.rowPath}.funding[${entries.length}]`;
        const claim: Json = {};
        this.cells.set(entryPath, lineCell.at);
        for (const column of [sourceColumn, shareColumn, amountColumn]) {
          const cell = this.readInto(claim, table, row, column, entryPath);
          // Shares adding up to more than 100% are put right in the Share column.
          if (cell && column === shareColumn && entries.length === 0) this.cells.set(`${owner.rowPath}.funding`, cell.at);
        }
        entries.push(claim);
        allocations.set(owner, entries);
      });
    }
    for (const line of lines) {
      const split = allocations.get(line);
      const cell = line.funding;
      const text = cell && !cell.reading.blank && "value" in cell.reading && !("problem" in cell.reading) ? String(cell.reading.value) : undefined;
      const saysSplit = text !== undefined && matchKey(text) === matchKey(SPLIT_FUNDING);
      if (split) {
        if (text !== undefined && !saysSplit && cell) {
          const first = this.cells.get(`${line.rowPath}.funding[0]`);
          this.problem("INVALID_VALUE", `${line.rowPath}.funding`, cell.at, `Funding names "${text}" but line ${line.id ?? ""} also has rows in Allocations${first ? ` (${first.address})` : ""}; write "${SPLIT_FUNDING}" here to use those rows, or delete them`);
        }
        line.line.funding = split;
      } else if (saysSplit && cell) {
        this.problem("MISSING_FIELD", `${line.rowPath}.funding`, cell.at, `Funding says "${SPLIT_FUNDING}" but the Allocations table has no rows for line ${line.id ?? ""}; add rows there (Line ID, Source, and a Share or an Amount) or name one funding source`);
      } else if (text !== undefined) {
        line.line.funding = text;
        if (cell) this.cells.set(`${line.rowPath}.funding`, cell.at);
      }
    }
  }

  /** Funding rows grouped into sources by ID: the source's fields from its rows, its amounts by year. */
  private readFundingSources(table: LocatedTable): Json[] {
    this.cells.set("funding", table.position("header", 0));
    const sources: FundingGroup[] = [];
    const byId = new Map<string, FundingGroup>();
    const columnOf = (key: string) => table.contract.columns.find((c) => c.key === key) as ColumnContract;
    for (const row of table.rows) {
      const idCell = readAt(table, row, columnOf("id"));
      const id = idCell && !idCell.reading.blank && !("problem" in idCell.reading) ? String(idCell.reading.value) : undefined;
      let source = id === undefined ? undefined : byId.get(id);
      if (!source) {
        const rowPath = `funding[${sources.length}]`;
        source = { id, json: {}, amounts: {}, rowPath, years: new Map(), fields: new Map() };
        sources.push(source);
        if (id !== undefined) byId.set(id, source);
        this.cells.set(rowPath, table.position(row.index, 0));
        const amountIndex = table.columns.get(columnOf("amount"));
        if (amountIndex !== undefined) this.cells.set(`${rowPath}.amounts`, table.position(row.index, amountIndex));
        if (idCell) this.readInto(source.json, table, row, columnOf("id"), rowPath);
        else this.suppressed.add(`${rowPath}.id`);
        if (idCell && id !== undefined) this.inputs.setSource(id, "id", undefined, inputCell(idCell));
      }
      for (const key of ["name", "type", "status", "recurrent", "eligible"]) this.readSourceField(table, row, source, columnOf(key));
      this.readFundingYear(table, row, source, columnOf("year"), columnOf("amount"));
    }
    return sources.map((source) => ({ ...source.json, amounts: source.amounts }));
  }

  /** A field of a source: from the first of its rows that fills it; a later row may repeat it but not contradict it. */
  private readSourceField(table: LocatedTable, row: Row, source: FundingGroup, column: ColumnContract): void {
    const path = `${source.rowPath}.${column.field}`;
    const cell = readAt(table, row, column);
    if (!cell) {
      if (column.required) this.suppressed.add(path);
      return;
    }
    const earlier = source.fields.get(column.key);
    if ("problem" in cell.reading) {
      this.problem("INVALID_VALUE", path, cell.at, cell.reading.problem);
      return;
    }
    if (cell.reading.blank) {
      if (!earlier && !this.cells.has(path)) this.cells.set(path, cell.at);
      return;
    }
    const value = cell.reading.value;
    if (!earlier) {
      source.fields.set(column.key, { value, at: cell.at });
      source.json[column.field] = value;
      this.cells.set(path, cell.at);
      if (source.id !== undefined) this.inputs.setSource(source.id, column.key, undefined, inputCell(cell));
    } else if (matchKey(String(earlier.value)) !== matchKey(String(value))) {
      this.problem(
        "INVALID_VALUE",
        `${path}@${cell.at.address}`,
        cell.at,
        `${column.label} "${String(value)}" differs from source ${source.id ?? ""}'s first row (${earlier.at.address}: "${String(earlier.value)}"); give every row of a source the same ${column.label.toLowerCase()}, or leave it blank after the first`,
      );
    }
  }

  private readFundingYear(table: LocatedTable, row: Row, source: FundingGroup, yearColumn: ColumnContract, amountColumn: ColumnContract): void {
    const yearCell = readAt(table, row, yearColumn);
    const amountCell = readAt(table, row, amountColumn);
    const amountsPath = `${source.rowPath}.amounts`;
    if (!yearCell || !amountCell) {
      this.suppressed.add(amountsPath);
      return;
    }
    const rowKey = `${amountsPath}@${yearCell.at.address}`;
    if ("problem" in yearCell.reading || "problem" in amountCell.reading) {
      if ("problem" in yearCell.reading) this.problem("INVALID_YEAR", rowKey, yearCell.at, yearCell.reading.problem);
      if ("problem" in amountCell.reading) this.problem("INVALID_MONEY", `${amountsPath}@${amountCell.at.address}`, amountCell.at, amountCell.reading.problem);
      this.suppressed.add(amountsPath);
      return;
    }
    if (yearCell.reading.blank && amountCell.reading.blank) return;
    if (yearCell.reading.blank) {
      this.problem("MISSING_FIELD", rowKey, yearCell.at, 'Year is required for an amount: the financial year the money is for, e.g. "2021/22"');
      this.suppressed.add(amountsPath);
      return;
    }
    const yearText = String(yearCell.reading.value);
    const year = parseFinancialYear(yearText);
    if (year === undefined) {
      this.problem("INVALID_YEAR", rowKey, yearCell.at, `Year must be a financial year such as "2021/22"; found ${JSON.stringify(yearText)}`);
      this.suppressed.add(amountsPath);
      return;
    }
    const label = formatFinancialYear(year);
    const earlier = source.years.get(label);
    if (earlier) {
      this.problem("DUPLICATE_ID", rowKey, yearCell.at, `Source ${source.id ?? ""} already has a row for ${label} (${earlier.address}); give each source one row a year`);
      return;
    }
    source.years.set(label, yearCell.at);
    const path = `${amountsPath}.${label}`;
    this.cells.set(path, amountCell.at);
    if (amountCell.reading.blank) {
      this.problem("MISSING_FIELD", path, amountCell.at, `Amount is required for ${label}: the money the source has that year (0 if none)`);
      return;
    }
    source.amounts[label] = amountCell.reading.value;
    if (source.id !== undefined) {
      this.inputs.setSource(source.id, "amount", label, inputCell(amountCell));
      this.inputs.setSource(source.id, "year", label, inputCell(yearCell));
    }
  }

  /** PayScales rows grouped by year and band, one point a row. */
  private readPayScales(table: LocatedTable): Json[] {
    this.cells.set("payScales", table.position("header", 0));
    const groups = new Map<string, { json: Json; points: Json; rowPath: string; at: Map<string, Position> }>();
    const [yearColumn, bandColumn, pointColumn, salaryColumn] = table.contract.columns as [ColumnContract, ColumnContract, ColumnContract, ColumnContract];
    for (const row of table.rows) {
      const cells = [yearColumn, bandColumn, pointColumn, salaryColumn].map((column) => readAt(table, row, column));
      const [yearCell, bandCell, pointCell, salaryCell] = cells;
      if (!yearCell || !bandCell || !pointCell || !salaryCell) return [];
      const bad = cells.find((cell) => cell && "problem" in cell.reading);
      if (bad && "problem" in bad.reading) {
        this.problem("INVALID_VALUE", `payScales@${bad.at.address}`, bad.at, bad.reading.problem);
        continue;
      }
      const text = (cell: ReadCell) => (cell.reading.blank || "problem" in cell.reading ? undefined : String(cell.reading.value));
      const [year, band, point, salary] = [text(yearCell), text(bandCell), text(pointCell), text(salaryCell)];
      const key = `${matchKey(year ?? "")}|${matchKey(band ?? "")}`;
      let group = groups.get(key);
      if (!group) {
        const rowPath = `payScales[${groups.size}]`;
        group = { json: { ...(year === undefined ? {} : { year }), ...(band === undefined ? {} : { band }) }, points: {}, rowPath, at: new Map() };
        groups.set(key, group);
        this.cells.set(rowPath, table.position(row.index, 0));
        this.cells.set(`${rowPath}.year`, yearCell.at);
        this.cells.set(`${rowPath}.band`, bandCell.at);
        this.cells.set(`${rowPath}.points`, pointCell.at);
      }
      const pointKey = matchKey(point ?? "");
      if (!["entry", "intermediate", "top"].includes(pointKey)) {
        this.problem("UNKNOWN_VALUE", `${group.rowPath}.points@${pointCell.at.address}`, pointCell.at, `Point must be entry, intermediate or top; found ${JSON.stringify(point ?? "")}`);
        continue;
      }
      const earlier = group.at.get(pointKey);
      if (earlier) {
        this.problem("DUPLICATE_ID", `${group.rowPath}.points@${pointCell.at.address}`, pointCell.at, `This year, band and point already has a salary (${earlier.address}); keep one row`);
        continue;
      }
      group.at.set(pointKey, pointCell.at);
      this.cells.set(`${group.rowPath}.points.${pointKey}`, salaryCell.at);
      if (salary === undefined) {
        this.problem("MISSING_FIELD", `${group.rowPath}.points.${pointKey}`, salaryCell.at, "Salary is required: the full-time salary at this point");
        continue;
      }
      group.points[pointKey] = salary;
    }
    return [...groups.values()].map((group) => ({ ...group.json, points: group.points }));
  }
}

type ReadCell = { readonly reading: CellReading; readonly at: Position };

/** One cell of a row, read for its column; undefined when the table lacks the column. */
function readAt(table: LocatedTable, row: Row, column: ColumnContract): ReadCell | undefined {
  const index = table.columns.get(column);
  if (index === undefined) return undefined;
  return { reading: readCell(row.cells[index] ?? null, column.kind, column.label), at: table.position(row.index, index) };
}

interface FundingGroup {
  readonly id: string | undefined;
  readonly json: Json;
  readonly amounts: Json;
  readonly rowPath: string;
  readonly years: Map<string, Position>;
  readonly fields: Map<string, { value: unknown; at: Position }>;
}

interface LineRow {
  readonly line: Json;
  readonly rowPath: string;
  readonly id: string | undefined;
  readonly funding: { reading: CellReading; at: Position } | undefined;
}

function inputCell({ reading, at }: { reading: CellReading; at: Position }): { address: string; clean: boolean; blank?: boolean } {
  return { address: at.address, clean: !reading.blank && !("problem" in reading) && reading.clean, ...(reading.blank ? { blank: true } : {}) };
}

/** "posts[2].pay.band" → "posts[2].pay" → "posts[2]" → "posts" → "" → undefined. */
function parentPath(path: string): string | undefined {
  if (path === "") return undefined;
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut < 0 ? "" : path.slice(0, cut);
}

function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next as Json;
    else {
      const created: Json = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] as string] = value;
}
