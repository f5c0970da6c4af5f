import { expandFills } from "../../src/workbook/expand-fills";
import { a1ToR1C1, r1c1ToA1 } from "../../src/workbook/r1c1";
import type { Cell, WorkbookModel } from "../../src/workbook/sheet-model";

/**
 * An in-memory stand-in for the subset of Excel's JavaScript API the Office adapter uses, with
 * Office.js's batching: calls only queue actions, `context.sync()` runs them in order (a failing
 * action rejects the sync, leaving earlier actions applied, as Excel does), and a loaded property
 * can be read only after the sync that fetched it. Each sync is counted, with the size of its
 * request (the queued actions serialised as JSON).
 */

/** A cell as the fake holds it. */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  /** Whether the text was entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
  numberFormat?: string;
  font?: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  fill?: string;
  wrapText?: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** 0-based bounds, header and totals included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  showHeaders: boolean;
  showTotals: boolean;
  style?: string;
}

export interface FakeChart {
  type: string;
  title?: string;
  series: { name: string; values?: string; xValues?: string }[];
  position?: { start: string; end?: string };
}

export class FakeSheet {
  readonly rows: (FakeCell | undefined)[][] = [];
  readonly names = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly conditionalFormats: { range: string; formula?: string; fill?: string; font?: string }[] = [];
  readonly validations: { range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  frozen?: { rows: number; columns: number };
  tabColor?: string;
  /** Whether this sheet was created by the code under test (not seeded). */
  added = false;
  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.rows[row]?.[column];
  }

  /** The cell at a 0-based position, created when missing. */
  ensure(row: number, column: number): FakeCell {
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { value: "" });
  }
}

/** An error as Office.js raises it: with a code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface Action {
  /** What goes over the wire: measured, never interpreted. */
  readonly wire: unknown;
  readonly apply: () => void;
  /** Writes cell contents (checked against calculation suspension). */
  readonly writes?: boolean;
}

const MAX_ROW = 1048576;

/** A 0-based block; whole columns ("C:E") and rows ("3:3") allowed. */
interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export function boxOf(address: string): Box {
  const clean = address.replace(/\$/g, "").toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(clean);
  if (columns) return { top: 0, left: columnNumber(columns[1] as string) - 1, bottom: MAX_ROW - 1, right: columnNumber(columns[2] as string) - 1 };
  const cells = /^([A-Z]{1,3})([0-9]+)(?::([A-Z]{1,3})([0-9]+))?$/.exec(clean);
  if (!cells) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: "${address}".`);
  const top = Number(cells[2]) - 1;
  const left = columnNumber(cells[1] as string) - 1;
  const bottom = cells[4] === undefined ? top : Number(cells[4]) - 1;
  const right = cells[3] === undefined ? left : columnNumber(cells[3]) - 1;
  if (top < 0 || bottom >= MAX_ROW) throw new FakeOfficeError("InvalidArgument", `Row out of range in "${address}".`);
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

function addressOf(box: Box): string {
  const from = `${letters(box.left)}${box.top + 1}`;
  return box.top === box.bottom && box.left === box.right ? from : `${from}:${letters(box.right)}${box.bottom + 1}`;
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

/**
 * What Excel stores for an entry typed into a cell (through `values` or `formulas`): a leading
 * apostrophe keeps text; "=", "+", "-" and "@" start a formula (unless the rest is a number);
 * numbers, percentages, TRUE/FALSE, error values and dates are converted, as Excel does.
 */
export function typedEntry(entry: unknown): FakeCell {
  if (typeof entry === "number" || typeof entry === "boolean") return { value: entry };
  if (typeof entry !== "string") throw new FakeOfficeError("InvalidArgument", `cannot write ${JSON.stringify(entry)} to a cell`);
  if (entry.startsWith("'")) return { value: entry.slice(1), quotePrefix: true };
  const trimmed = entry.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  if (/^[=+\-@]/.test(entry)) return { value: 0, formula: entry.startsWith("=") ? entry : `=${entry.replace(/^@/, "")}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (ERRORS.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase() };
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(trimmed);
  if (date) {
    const [y, m, d] = date[1] !== undefined ? [Number(date[1]), Number(date[2]), Number(date[3])] : [Number(date[6] ?? 2026), Number(date[5]), Number(date[4])];
    return { value: Date.UTC(y, m - 1, d) / 86400000 + 25569, numberFormat: "yyyy-mm-dd" };
  }
  return { value: entry };
}

function valueType(cell: FakeCell | undefined): string {
  if (cell === undefined || cell.value === "") return "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  return !cell.quotePrefix && ERRORS.includes(cell.value) ? "Error" : "String";
}

/** Options for a fake workbook. */
export interface FakeOptions {
  /** The highest ExcelApi 1.x minor version the host supports (default: all of them). */
  readonly apiMinor?: number;
  /** Measure and check writes but keep no cell contents, for very large writes. */
  readonly lean?: boolean;
}

/** The fake workbook: seed it, hand `run` to the adapter, then inspect it. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Bytes of each request, in order. */
  readonly requests: number[] = [];
  /** Bytes of each response (the loaded values, as JSON), in order. */
  readonly responses: number[] = [];
  /** Executed actions that matter for ordering checks ("formulas Summary!A1:F9", "tables.add Summary!A1:C4"). */
  readonly log: string[] = [];
  selection?: string;
  activeSheet?: string;
  /** Cell writes run while calculation was not suspended. */
  writesWhileCalculating = 0;
  suspended = false;
  readonly lean: boolean;
  private readonly apiMinor: number;

  constructor(options: FakeOptions = {}) {
    this.lean = options.lean ?? false;
    this.apiMinor = options.apiMinor ?? 99;
  }

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests);
  }

  /** `Office.context.requirements.isSetSupported("ExcelApi", version)` for this fake host. */
  readonly supports = (version: string): boolean => Number(version.split(".")[1] ?? "0") <= this.apiMinor;

  /** What `Excel.run` would do: one request context for the batch. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** A cell ("Posts", "F7"), undefined when empty. */
  cell(sheet: string, address: string): FakeCell | undefined {
    const box = boxOf(address);
    return this.sheet(sheet)?.cell(box.top, box.left);
  }

  /** Seeds a sheet with literal cells (strings as text, as typed with an apostrophe). */
  addSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null) sheet.ensure(r, c).value = value;
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(sheetName: string, name: string, address: string): FakeTable {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const table: FakeTable = { name, sheet, ...boxOf(address), showHeaders: true, showTotals: false };
    this.tables.push(table);
    return table;
  }

  /** Seeds every sheet of a model as a workbook holding it would be (formulas with their cached results). */
  seedModel(model: WorkbookModel): void {
    for (const modelSheet of model.sheets) {
      const model_ = expandFills(modelSheet);
      const sheet = this.addSheet(model_.name);
      model_.rows.forEach((cells, r) => cells.forEach((cell, c) => seedCell(sheet, r, c, cell)));
      for (const table of model_.tables ?? []) {
        const header = sheet.ensure(table.row, table.column);
        if (header.value === "") table.columns.forEach((column, i) => (sheet.ensure(table.row, table.column + i).value = column));
        this.addTable(model_.name, table.name, addressOf({ top: table.row, left: table.column, bottom: table.row + Math.max(table.rowCount, 1), right: table.column + table.columns.length - 1 }));
      }
    }
  }

  /** The 1-based number of a request that fails whole (as a dropped connection or a host error would), for tests of what is left behind. */
  failRequest?: number;

  /** Runs one request: the actions in order; the first failure rejects it. */
  execute(actions: readonly Action[]): void {
    this.requests.push(JSON.stringify(actions.map((action) => action.wire)).length);
    this.responses.push(0);
    if (this.failRequest === this.requests.length) {
      this.suspended = false;
      throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
    }
    try {
      for (const action of actions) {
        if (action.writes === true && !this.suspended) this.writesWhileCalculating++;
        action.apply();
      }
    } finally {
      this.suspended = false;
    }
    // Excel on the web refuses a response over 5 MB (the loads are then not delivered).
    if ((this.responses[this.responses.length - 1] ?? 0) > this.responseLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  /** The largest response the host gives (Excel on the web: 5 MB). */
  responseLimit = 5 * 1024 * 1024;

  countResponse(value: unknown): void {
    const last = this.responses.length - 1;
    this.responses[last] = (this.responses[last] ?? 0) + (JSON.stringify(value ?? null)?.length ?? 0);
  }

  tablesOn(sheet: FakeSheet): FakeTable[] {
    return this.tables.filter((table) => table.sheet === sheet);
  }
}

function seedCell(sheet: FakeSheet, row: number, column: number, cell: Cell | undefined): void {
  if (cell === null || cell === undefined) return;
  if (typeof cell !== "object") {
    sheet.ensure(row, column).value = cell;
    return;
  }
  const rich = cell as { formula?: string; value?: string | number | boolean | null; result?: string | number | boolean; numberFormat?: string };
  const shown = typeof rich.formula === "string" ? (rich.result ?? rich.value ?? 0) : rich.value;
  if (shown === null || shown === undefined) return;
  const target = sheet.ensure(row, column);
  target.value = shown;
  if (typeof rich.formula === "string") target.formula = rich.formula;
  if (rich.numberFormat !== undefined) target.numberFormat = rich.numberFormat;
}

/** A request context: queues actions until `sync`. */
class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  private queue: Action[] = [];
  private afterSync: (() => void)[] = [];

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue({ o: "suspendCalculation" }, () => (fake.suspended = true)),
    };
  }

  enqueue(wire: unknown, apply: () => void, writes = false): void {
    this.queue.push({ wire, apply, writes });
  }

  /** Runs after the next sync succeeds: makes loaded values readable. */
  whenSynced(then: () => void): void {
    this.afterSync.push(then);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    const after = this.afterSync;
    this.queue = [];
    this.afterSync = [];
    this.fake.execute(actions);
    after.forEach((then) => then());
  }
}

/** A proxy whose properties can be read only after load and sync. */
class Loadable {
  private readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly context: FakeContext,
    readonly path: string,
  ) {}

  /** Queues the read of `names` ("a, b" or an array), fetched from `source` when the request runs. */
  protected queueLoad(names: string | string[] | undefined, source: (name: string) => unknown): void {
    const list = (Array.isArray(names) ? names : (names ?? "").split(",")).map((name) => name.trim()).filter((name) => name !== "");
    const fetched = new Map<string, unknown>();
    this.context.enqueue({ o: "load", p: this.path, a: list }, () =>
      list.forEach((name) => {
        const value = structuredClone(source(name));
        this.context.fake.countResponse(value);
        fetched.set(name, value);
      }),
    );
    this.context.whenSynced(() => fetched.forEach((value, name) => this.loaded.set(name, value)));
  }

  get host(): FakeExcel {
    return this.context.fake;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(name) as T;
  }
}

/** A proxy for an *OrNullObject result: `isNullObject` is known only after a sync. */
class Nullable extends Loadable {
  private found?: boolean;

  protected watchExistence(exists: () => boolean): void {
    let result = false;
    this.context.enqueue({ o: "exists", p: this.path }, () => (result = exists()));
    this.context.whenSynced(() => (this.found = result));
  }

  get isNullObject(): boolean {
    if (this.found === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is not available before context.sync().");
    return !this.found;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheets(context);
    this.tables = new FakeTables(context, "workbook.tables", () => context.fake.tables, undefined);
  }
}

class FakeWorksheets extends Loadable {
  constructor(context: FakeContext) {
    super(context, "worksheets");
  }

  private items_?: FakeWorksheet[];

  get items(): FakeWorksheet[] {
    if (this.items_ === undefined) return this.read("items");
    return this.items_;
  }

  load(names?: string): this {
    const itemNames = (names ?? "").split(",").map((name) => name.trim().replace(/^items\//, ""));
    let sheets: FakeSheet[] = [];
    this.context.enqueue({ o: "load", p: this.path, a: names }, () => (sheets = [...this.context.fake.sheets]));
    this.context.whenSynced(() => {
      this.items_ = sheets.map((sheet) => {
        const item = new FakeWorksheet(this.context, () => sheet, sheet.name);
        item.preload(itemNames, sheet);
        return item;
      });
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    const fake = this.context.fake;
    let created: FakeSheet | undefined;
    this.context.enqueue({ o: "worksheets.add", a: name }, () => {
      if (fake.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
      created = new FakeSheet(name);
      created.added = true;
      fake.sheets.push(created);
      fake.log.push(`worksheets.add ${name}`);
    });
    return new FakeWorksheet(this.context, () => created ?? missing(name), name);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.sheet(name) ?? missing(name), name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, () => this.context.fake.sheet(name) ?? missing(name), name);
    sheet.watch(() => this.context.fake.sheet(name) !== undefined);
    return sheet;
  }
}

function missing(what: string): never {
  throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

class FakeWorksheet extends Nullable {
  readonly tables: FakeTables;
  readonly names: FakeNames;
  readonly notes: FakeNotes;
  readonly charts: FakeCharts;
  readonly freezePanes: { freezeAt(range: FakeRange | string): void; freezeRows(count: number): void; freezeColumns(count: number): void };
  private preloaded = new Map<string, unknown>();

  constructor(
    context: FakeContext,
    readonly resolve: () => FakeSheet,
    name: string,
  ) {
    super(context, `worksheet(${name})`);
    this.tables = new FakeTables(context, `${this.path}.tables`, () => context.fake.tablesOn(resolve()), resolve);
    this.names = new FakeNames(context, this.path, resolve);
    this.notes = new FakeNotes(context, this.path, resolve);
    this.charts = new FakeCharts(context, this.path, resolve);
    const freeze = (rows: number, columns: number) => this.context.enqueue({ o: "freeze", p: this.path, a: [rows, columns] }, () => (resolve().frozen = { rows, columns }));
    this.freezePanes = {
      freezeAt: (range) => {
        const box = boxOf(typeof range === "string" ? range : range.address_);
        freeze(box.bottom + 1, box.right + 1);
      },
      freezeRows: (count) => freeze(count, 0),
      freezeColumns: (count) => freeze(0, count),
    };
  }

  watch(exists: () => boolean): void {
    this.watchExistence(exists);
  }

  preload(names: readonly string[], sheet: FakeSheet): void {
    for (const name of names) if (name === "name") this.preloaded.set("name", sheet.name);
  }

  get name(): string {
    return this.preloaded.has("name") ? (this.preloaded.get("name") as string) : this.read("name");
  }

  set tabColor(color: string) {
    this.context.enqueue({ o: "tabColor", p: this.path, a: color }, () => (this.resolve().tabColor = color));
  }

  set name(name: string) {
    const fake = this.context.fake;
    this.context.enqueue({ o: "rename", p: this.path, a: name }, () => {
      const sheet = this.resolve();
      const other = fake.sheet(name);
      if (other !== undefined && other !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
      fake.log.push(`rename ${sheet.name} ${name}`);
      sheet.name = name;
    });
  }

  load(names?: string): this {
    this.queueLoad(names, (name) => (name === "name" ? this.resolve().name : undefined));
    return this;
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this.resolve, address);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    let used: string | undefined;
    const range = new FakeRange(this.context, this.resolve, () => used ?? missing("used range"));
    range.watch(() => {
      const sheet = this.resolve();
      let bottom = -1;
      let right = -1;
      sheet.rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (cell !== undefined && (cell.value !== "" || valuesOnly !== true)) {
            bottom = Math.max(bottom, r);
            right = Math.max(right, c);
          }
        }),
      );
      used = bottom < 0 ? undefined : addressOf({ top: 0, left: 0, bottom, right });
      return used !== undefined;
    });
    return range;
  }

  activate(): void {
    this.context.enqueue({ o: "activate", p: this.path }, () => (this.context.fake.activeSheet = this.resolve().name));
  }

  delete(): void {
    const fake = this.context.fake;
    this.context.enqueue({ o: "delete", p: this.path }, () => {
      const sheet = this.resolve();
      if (fake.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
      for (const table of fake.tablesOn(sheet)) fake.tables.splice(fake.tables.indexOf(table), 1);
      fake.log.push(`worksheets.delete ${sheet.name}`);
    });
  }
}

type Address = string | (() => string);

class FakeRange extends Nullable {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: { add(type: string): FakeConditionalFormat };
  readonly dataValidation: FakeDataValidation;

  constructor(
    context: FakeContext,
    readonly sheet: () => FakeSheet,
    private readonly where: Address,
  ) {
    super(context, `range(${typeof where === "string" ? where : "used"})`);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = {
      add: (type: string) => {
        if (type !== "Custom") throw new Error(`the fake knows only custom conditional formats, not ${type}`);
        return new FakeConditionalFormat(this);
      },
    };
    this.dataValidation = new FakeDataValidation(this);
  }

  get address_(): string {
    return typeof this.where === "string" ? this.where : this.where();
  }

  box(): Box {
    return boxOf(this.address_);
  }

  watch(exists: () => boolean): void {
    this.watchExistence(exists);
  }

  /** Queues an action on this range's cells. */
  act(o: string, a: unknown, apply: (sheet: FakeSheet, box: Box) => void, writes = false): void {
    this.context.enqueue(
      { o, p: `${this.path}`, a },
      () => {
        const sheet = this.sheet();
        const box = this.box();
        if (writes) this.context.fake.log.push(`${o} ${quote(sheet.name)}!${addressOf(box)}`);
        apply(sheet, box);
      },
      writes,
    );
  }

  private grid(name: string, data: unknown, each: (cell: FakeCell | undefined, entry: unknown, row: number, column: number, sheet: FakeSheet) => void): void {
    this.act(
      name,
      data,
      (sheet, box) => {
        const rows = box.bottom - box.top + 1;
        const columns = box.right - box.left + 1;
        // One value (not an array) is set in every cell of the range, as Excel does.
        if (!Array.isArray(data)) {
          for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) each(sheet.cell(r, c), data, r, c, sheet);
          return;
        }
        if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== columns)) {
          throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${addressOf(box)}).`);
        }
        (data as unknown[][]).forEach((row, r) =>
          row.forEach((entry, c) => {
            // null leaves a cell as it is, as in Office.js.
            if (entry === null || entry === undefined) return;
            each(sheet.cell(box.top + r, box.left + c), entry, box.top + r, box.left + c, sheet);
          }),
        );
      },
      true,
    );
  }

  private typeInto(entry: unknown, row: number, column: number, sheet: FakeSheet): void {
    const typed = typeof entry === "string" && entry === "" ? undefined : typedEntry(entry);
    if (this.context.fake.lean) return;
    const cell = sheet.ensure(row, column);
    cell.value = typed?.value ?? "";
    cell.formula = typed?.formula;
    cell.quotePrefix = typed?.quotePrefix;
    if (typed?.numberFormat !== undefined && cell.numberFormat === undefined) cell.numberFormat = typed.numberFormat;
  }

  set values(data: unknown[][]) {
    this.grid("values", data, (_, entry, row, column, sheet) => this.typeInto(entry, row, column, sheet));
  }

  set formulas(data: unknown[][]) {
    this.grid("formulas", data, (_, entry, row, column, sheet) => this.typeInto(entry, row, column, sheet));
  }

  /** R1C1 formulas: one (the same text in every cell) or an array; held as the A1 formula each cell shows. */
  set formulasR1C1(data: unknown) {
    this.grid("formulasR1C1", data, (_, entry, row, column, sheet) => this.typeInto(typeof entry === "string" && entry.startsWith("=") ? r1c1ToA1(entry, row, column) : entry, row, column, sheet));
  }

  set numberFormat(data: unknown[][]) {
    this.grid("numberFormat", data, (_, entry, row, column, sheet) => {
      if (!this.context.fake.lean) sheet.ensure(row, column).numberFormat = String(entry);
    });
  }

  get values(): unknown[][] {
    return this.read("values");
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  get address(): string {
    return this.read("address");
  }

  set columnHidden(hidden: boolean) {
    this.act("columnHidden", hidden, (sheet, box) => {
      for (let c = box.left; c <= box.right; c++) if (hidden) sheet.hiddenColumns.add(c);
    });
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.act("hyperlink", link, (sheet, box) => {
      const cell = sheet.ensure(box.top, box.left);
      cell.hyperlink = link;
      if (link.textToDisplay !== undefined) {
        cell.value = link.textToDisplay;
        cell.formula = undefined;
      }
    });
  }

  load(names?: string | string[]): this {
    this.queueLoad(names, (name) => {
      const sheet = this.sheet();
      const box = this.box();
      const grid = (of: (cell: FakeCell | undefined) => unknown) =>
        Array.from({ length: box.bottom - box.top + 1 }, (_, r) => Array.from({ length: box.right - box.left + 1 }, (_, c) => of(sheet.cell(box.top + r, box.left + c))));
      switch (name) {
        case "address":
          return `${quote(sheet.name)}!${addressOf(box)}`;
        case "values":
          return grid((cell) => cell?.value ?? "");
        case "valueTypes":
          return grid(valueType);
        case "formulas":
          return grid((cell) => cell?.formula ?? cell?.value ?? "");
        case "rowCount":
          return box.bottom - box.top + 1;
        case "columnCount":
          return box.right - box.left + 1;
        default:
          throw new Error(`the fake cannot load range.${name}`);
      }
    });
    return this;
  }

  /**
   * Range.copyFrom (ExcelApi 1.9) from a range on the same sheet: the source repeated over this
   * range as a paste does, formulas moved with relative references ("Formulas", "All") and/or
   * number formats ("Formats", "All").
   */
  copyFrom(source: FakeRange, copyType: "All" | "Formulas" | "Formats" = "All"): void {
    if (!this.context.fake.supports("1.9")) throw new FakeOfficeError("ApiNotFound", "Range.copyFrom needs ExcelApi 1.9.");
    this.act(
      `copyFrom:${copyType}`,
      source.address_,
      (sheet, box) => {
        if (this.context.fake.lean) return;
        const from = source.box();
        const height = from.bottom - from.top + 1;
        const width = from.right - from.left + 1;
        for (let r = box.top; r <= box.bottom; r++) {
          for (let c = box.left; c <= box.right; c++) {
            const sr = from.top + ((r - box.top) % height);
            const sc = from.left + ((c - box.left) % width);
            const original = sheet.cell(sr, sc);
            if (original === undefined) continue;
            const cell = sheet.ensure(r, c);
            if (copyType !== "Formats") {
              cell.formula = original.formula === undefined ? undefined : r1c1ToA1(a1ToR1C1(original.formula, sr, sc), r, c);
              cell.value = original.value;
              cell.quotePrefix = original.quotePrefix;
            }
            if (copyType !== "Formulas" && original.numberFormat !== undefined) cell.numberFormat = original.numberFormat;
          }
        }
      },
      true,
    );
  }

  select(): void {
    this.context.enqueue({ o: "select", p: this.path }, () => {
      const sheet = this.sheet();
      this.context.fake.selection = `${quote(sheet.name)}!${addressOf(this.box())}`;
    });
  }
}

class FakeRangeFormat {
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly fill: { color: string };

  constructor(private readonly range: FakeRange) {
    const cells = (o: string, value: unknown, set: (cell: FakeCell) => void) =>
      range.act(o, value, (sheet, box) => {
        if (range.host.lean) return;
        for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) set(sheet.ensure(r, c));
      });
    const font = (key: "bold" | "italic" | "color" | "size") => ({
      set: (value: never) => cells(`font.${key}`, value, (cell) => (cell.font = { ...cell.font, [key]: value })),
      get: () => {
        throw new Error("the fake does not read formats back");
      },
    });
    this.font = Object.defineProperties({} as { bold: boolean; italic: boolean; color: string; size: number }, { bold: font("bold"), italic: font("italic"), color: font("color"), size: font("size") });
    this.fill = Object.defineProperties({} as { color: string }, {
      color: { set: (value: string) => cells("fill.color", value, (cell) => (cell.fill = value)) },
    });
  }

  set wrapText(wrap: boolean) {
    this.range.act("wrapText", wrap, (sheet, box) => {
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) sheet.ensure(r, c).wrapText = wrap;
    });
  }

  set columnWidth(points: number) {
    this.range.act("columnWidth", points, (sheet, box) => {
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class FakeConditionalFormat {
  readonly custom: { rule: { formula: string }; format: { font: { color: string }; fill: { color: string } } };

  constructor(range: FakeRange) {
    const entry: { range: string; formula?: string; fill?: string; font?: string } = { range: "" };
    range.act("conditionalFormats.add", "Custom", (sheet, box) => {
      entry.range = addressOf(box);
      sheet.conditionalFormats.push(entry);
    });
    const later = (o: string, set: (value: string) => void) => ({ set: (value: string) => range.act(o, value, () => set(value)) });
    this.custom = {
      rule: Object.defineProperties({} as { formula: string }, { formula: later("cf.formula", (value) => (entry.formula = value)) }),
      format: {
        font: Object.defineProperties({} as { color: string }, { color: later("cf.font", (value) => (entry.font = value)) }),
        fill: Object.defineProperties({} as { color: string }, { color: later("cf.fill", (value) => (entry.fill = value)) }),
      },
    };
  }
}

class FakeDataValidation {
  private entry?: { range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown };
  constructor(private readonly range: FakeRange) {}

  private set(key: "rule" | "errorAlert" | "prompt", value: unknown): void {
    this.range.act(`dataValidation.${key}`, value, (sheet, box) => {
      if (this.entry === undefined) {
        this.entry = { range: addressOf(box) };
        sheet.validations.push(this.entry);
      }
      this.entry[key] = value;
    });
  }

  set rule(rule: unknown) {
    this.set("rule", rule);
  }
  set errorAlert(alert: unknown) {
    this.set("errorAlert", alert);
  }
  set prompt(prompt: unknown) {
    this.set("prompt", prompt);
  }
}

class FakeTables extends Loadable {
  private items_?: FakeTableProxy[];

  constructor(
    context: FakeContext,
    path: string,
    private readonly list: () => FakeTable[],
    private readonly sheet: (() => FakeSheet) | undefined,
  ) {
    super(context, path);
  }

  get items(): FakeTableProxy[] {
    if (this.items_ === undefined) return this.read("items");
    return this.items_;
  }

  load(names?: string): this {
    let tables: FakeTable[] = [];
    this.context.enqueue({ o: "load", p: this.path, a: names }, () => (tables = [...this.list()]));
    this.context.whenSynced(() => (this.items_ = tables.map((table) => new FakeTableProxy(this.context, () => table, table.name, true))));
    return this;
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    const fake = this.context.fake;
    let created: FakeTable | undefined;
    const wire = typeof address === "string" ? address : address.address_;
    this.context.enqueue({ o: "tables.add", p: this.path, a: [wire, hasHeaders] }, () => {
      const sheet = typeof address === "string" ? (this.sheet?.() ?? missing("sheet")) : address.sheet();
      const box = typeof address === "string" ? boxOf(address) : address.box();
      if (!hasHeaders) throw new Error("the fake adds tables with headers only");
      const overlaps = fake.tablesOn(sheet).some((t) => t.left <= box.right && box.left <= t.right && t.top <= box.bottom && box.top <= t.bottom);
      if (overlaps) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      // Excel names blank header cells Column1, Column2, … (as a table added before its values gets).
      for (let c = box.left; c <= box.right; c++) {
        const cell = sheet.cell(box.top, c);
        if (cell === undefined || cell.value === "") sheet.ensure(box.top, c).value = `Column${c - box.left + 1}`;
      }
      created = { name: `Table${fake.tables.length + 1}`, sheet, ...box, showHeaders: true, showTotals: false };
      fake.tables.push(created);
      fake.log.push(`tables.add ${quote(sheet.name)}!${addressOf(box)}`);
    });
    return new FakeTableProxy(this.context, () => created ?? missing("table"), "new", false);
  }
}

class FakeTableProxy extends Loadable {
  readonly columns: { load(names: string): FakeTableProxy["columns"]; items: { name: string }[] };

  constructor(
    context: FakeContext,
    private readonly resolve: () => FakeTable,
    private readonly knownName: string,
    private readonly nameKnown: boolean,
  ) {
    super(context, `table(${knownName})`);
    let names: string[] | undefined;
    const columns: FakeTableProxy["columns"] = {
      load: (what: string) => {
        let found: string[] = [];
        context.enqueue({ o: "load", p: `${this.path}.columns`, a: what }, () => {
          const table = resolve();
          found = Array.from({ length: table.right - table.left + 1 }, (_, i) => String(table.sheet.cell(table.top, table.left + i)?.value ?? `Column${i + 1}`));
        });
        context.whenSynced(() => (names = found));
        return columns;
      },
      get items() {
        if (names === undefined) throw new FakeOfficeError("PropertyNotLoaded", "table.columns is not loaded.");
        return names.map((name) => ({ name }));
      },
    };
    this.columns = columns;
  }

  get name(): string {
    return this.nameKnown ? this.knownName : this.read("name");
  }

  set name(name: string) {
    const fake = this.context.fake;
    this.context.enqueue({ o: "table.name", p: this.path, a: name }, () => {
      const table = this.resolve();
      if (fake.tables.some((other) => other !== table && other.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("InvalidArgument", `A table named ${name} already exists.`);
      table.name = name;
    });
  }

  set style(style: string) {
    this.context.enqueue({ o: "table.style", p: this.path, a: style }, () => (this.resolve().style = style));
  }

  get showHeaders(): boolean {
    return this.read("showHeaders");
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve().sheet, `${this.knownName}.worksheet`);
  }

  load(names?: string): this {
    this.queueLoad(names, (name) => {
      const table = this.resolve();
      if (name === "name") return table.name;
      if (name === "showHeaders") return table.showHeaders;
      if (name === "showTotals") return table.showTotals;
      throw new Error(`the fake cannot load table.${name}`);
    });
    return this;
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.resolve().sheet, () => addressOf(this.resolve()));
  }
}

class FakeNames {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(name: string, reference: FakeRange | string, comment?: string): void {
    const target = typeof reference === "string" ? reference : reference.address_;
    this.context.enqueue({ o: "names.add", p: this.path, a: [name, target, comment] }, () => {
      const sheet = this.sheet();
      if ([...sheet.names.keys()].some((key) => key.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      sheet.names.set(name, target);
    });
  }

  getItemOrNullObject(name: string): Nullable & { load(names: string): void } {
    const item = new FakeNamedItem(this.context, `${this.path}.names(${name})`);
    item.watch(() => [...this.sheet().names.keys()].some((key) => key.toLowerCase() === name.toLowerCase()));
    return item;
  }
}

class FakeNamedItem extends Nullable {
  watch(exists: () => boolean): void {
    this.watchExistence(exists);
  }
  load(names: string): void {
    this.queueLoad(names, () => undefined);
  }
}

class FakeNotes {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(cellAddress: FakeRange | string, content: string): void {
    const address = typeof cellAddress === "string" ? cellAddress : cellAddress.address_;
    this.context.enqueue({ o: "notes.add", p: this.path, a: [address, content] }, () => {
      const box = boxOf(address);
      if (box.top !== box.bottom || box.left !== box.right) throw new FakeOfficeError("InvalidCellAddress", "A note goes on one cell.");
      this.sheet().notes.set(addressOf(box), content);
    });
  }

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, `${this.path}.notes(${address})`, () => this.sheet().notes.get(addressOf(boxOf(address))));
  }
}

class FakeNote extends Nullable {
  constructor(
    context: FakeContext,
    path: string,
    private readonly text: () => string | undefined,
  ) {
    super(context, path);
    this.watchExistence(() => text() !== undefined);
  }

  get content(): string {
    return this.read("content");
  }

  load(names: string): this {
    this.queueLoad(names, (name) => (name === "content" ? (this.text() ?? "") : undefined));
    return this;
  }
}

class FakeCharts {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy {
    const chart: FakeChart = { type, series: [] };
    const sourceAddress = () => `${quote(source.sheet().name)}!${addressOf(source.box())}`;
    this.context.enqueue({ o: "charts.add", p: this.path, a: [type, source.address_, seriesBy] }, () => {
      const sheet = this.sheet();
      const box = source.box();
      const byColumns = seriesBy !== "Rows";
      const count = byColumns ? box.right - box.left + 1 : box.bottom - box.top + 1;
      for (let i = 0; i < count; i++) chart.series.push({ name: `Series${i + 1}`, values: sourceAddress() });
      sheet.charts.push(chart);
      this.context.fake.log.push(`charts.add ${quote(sheet.name)}!${addressOf(box)}`);
    });
    return new FakeChartProxy(this.context, `${this.path}.chart`, chart);
  }
}

const rangeName = (range: FakeRange) => `${quote(range.sheet().name)}!${addressOf(range.box())}`;

class FakeChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): FakeSeries; add(name: string): FakeSeries };

  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly chart: FakeChart,
  ) {
    this.title = Object.defineProperties({} as { text: string }, {
      text: { set: (text: string) => context.enqueue({ o: "chart.title", p: path, a: text }, () => (chart.title = text)) },
    });
    this.series = {
      getItemAt: (index) => new FakeSeries(context, path, () => chart.series[index] ?? missing(`series ${index}`), chart),
      add: (name) => {
        const added = { name };
        context.enqueue({ o: "series.add", p: path, a: name }, () => chart.series.push(added));
        return new FakeSeries(context, path, () => added, chart);
      },
    };
  }

  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    const name = (cell: FakeRange | string | undefined) => (cell === undefined || typeof cell === "string" ? cell : cell.address_);
    this.context.enqueue({ o: "chart.setPosition", p: this.path, a: [name(start), name(end)] }, () => (this.chart.position = { start: name(start) as string, end: name(end) }));
  }
}

class FakeSeries {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly resolve: () => { name: string; values?: string; xValues?: string },
    private readonly chart: FakeChart,
  ) {}

  set name(name: string) {
    this.context.enqueue({ o: "series.name", p: this.path, a: name }, () => (this.resolve().name = name));
  }

  setValues(range: FakeRange): void {
    this.context.enqueue({ o: "series.setValues", p: this.path, a: range.address_ }, () => (this.resolve().values = rangeName(range)));
  }

  setXAxisValues(range: FakeRange): void {
    this.context.enqueue({ o: "series.setXAxisValues", p: this.path, a: range.address_ }, () => (this.resolve().xValues = rangeName(range)));
  }

  delete(): void {
    this.context.enqueue({ o: "series.delete", p: this.path }, () => {
      const series = this.resolve();
      this.chart.series.splice(this.chart.series.indexOf(series), 1);
    });
  }
}
