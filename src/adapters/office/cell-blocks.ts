import type { Cell, CellStyle, RichCell, SheetModel } from "../../workbook/sheet-model";

/** An entry of a `range.formulas` array: null leaves the (new, empty) cell alone. */
export type Entry = string | number | boolean | null;

/** A run of cells in one row with the same named style (0-based). */
export interface StyleRun {
  readonly row: number;
  readonly column: number;
  readonly columns: number;
  readonly style: CellStyle;
}

/** A cell with a link or a note (0-based). */
export interface CellExtra<T> {
  readonly row: number;
  readonly column: number;
  readonly value: T;
}

/** A block of whole rows, ready to queue: one `formulas` array, one optional `numberFormat` array, and the cells' extras. */
export interface RowBlock {
  readonly row: number;
  readonly columns: number;
  readonly entries: Entry[][];
  /** Only when some cell in the block has a number format. */
  readonly numberFormats?: (string | null)[][];
  readonly styles: readonly StyleRun[];
  readonly links: readonly CellExtra<{ readonly link: NonNullable<RichCell["link"]>; readonly text: string }>[];
  readonly notes: readonly CellExtra<string>[];
  /** Estimated JSON size of the arrays. */
  readonly bytes: number;
}

/** A block holds rows up to about this many bytes of data, so a large sheet is split into pieces that fill requests evenly. */
export const BLOCK_BYTES = 256_000;

/**
 * The formulas-array entry for a model cell. Every string is written with Excel's leading
 * apostrophe, which keeps it text whatever it starts with ("=HYPERLINK(…)", "+44…", "-1",
 * "@SUM(…)") or looks like ("1/2", "15%", "TRUE", "#N/A"); the apostrophe is not part of the value.
 */
export function entryOf(cell: Cell | undefined): Entry {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object") {
    const rich = cell as RichCell;
    if (typeof rich.formula === "string") return rich.formula.startsWith("=") ? rich.formula : `=${rich.formula}`;
    return entryOf(rich.value ?? null);
  }
  if (typeof cell === "string") return cell === "" ? null : `'${cell}`;
  return cell;
}

/** Excel refuses a HYPERLINK argument longer than this. */
const MAX_HYPERLINK_ARGUMENT = 255;

/**
 * A link as a HYPERLINK formula ("#Posts!A3" for a cell of this workbook), written with the
 * cell's value in one range assignment rather than one action a link: a sheet of thousands of
 * linked issues stays small. Undefined when the link or its text is too long for the formula.
 */
export function hyperlinkFormula(link: NonNullable<RichCell["link"]>, text: string): string | undefined {
  const target = "cell" in link ? `#${link.cell.replace(/^#/, "")}` : link.url;
  const shown = text === "" ? target.replace(/^#/, "") : text;
  if (target.length > MAX_HYPERLINK_ARGUMENT || shown.length > MAX_HYPERLINK_ARGUMENT) return undefined;
  const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quoted(target)},${quoted(shown)})`;
}

/** The text a linked cell shows: only text is given as the link's text, since Excel stores that text as the cell's value. */
function shownText(cell: Cell | undefined): string {
  if (typeof cell === "string") return cell;
  if (typeof cell !== "object" || cell === null) return "";
  const rich = cell as RichCell;
  const shown = typeof rich.formula === "string" ? undefined : rich.value;
  return typeof shown === "string" ? shown : "";
}

/**
 * Splits a sheet's rows into blocks of about `blockBytes` each. `header` overrides cells (the
 * tables' header cells, which must hold the table's column names). A number that Excel cannot
 * hold (NaN, ±Infinity) is a problem naming its cell.
 */
export function rowBlocks(sheet: SheetModel, header: ReadonlyMap<string, string>, blockBytes = BLOCK_BYTES): RowBlock[] | { readonly problem: string } {
  const blocks: RowBlock[] = [];
  const columnFormats = (sheet.columns ?? []).map((column) => column.numberFormat ?? null);
  let start = 0;
  let pending: { entries: Entry[]; formats: (string | null)[] }[] = [];
  let pendingBytes = 0;
  let styles: StyleRun[] = [];
  let links: CellExtra<{ link: NonNullable<RichCell["link"]>; text: string }>[] = [];
  let notes: CellExtra<string>[] = [];

  const flush = () => {
    if (pending.length > 0) {
      const columns = Math.max(1, ...pending.map((row) => row.entries.length));
      const pad = <T>(cells: T[], fill: T) => (cells.length === columns ? cells : [...cells, ...Array.from({ length: columns - cells.length }, () => fill)]);
      const entries = pending.map((row) => pad(row.entries, null));
      const hasFormats = pending.some((row) => row.formats.some((format) => format !== null));
      const numberFormats = hasFormats ? pending.map((row) => pad(row.formats, null)) : undefined;
      blocks.push({ row: start, columns, entries, ...(numberFormats ? { numberFormats } : {}), styles, links, notes, bytes: pendingBytes });
    }
    start += pending.length;
    pending = [];
    pendingBytes = 0;
    styles = [];
    links = [];
    notes = [];
  };

  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const entries: Entry[] = [];
    const formats: (string | null)[] = [];
    let run: { column: number; columns: number; style: CellStyle } | undefined;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      const headerName = header.get(`${r}:${c}`);
      const rich = typeof cell === "object" && cell !== null ? (cell as RichCell) : undefined;
      const linkFormula = headerName === undefined && rich?.link !== undefined ? hyperlinkFormula(rich.link, shownText(cell)) : undefined;
      const entry = headerName !== undefined ? `'${headerName}` : (linkFormula ?? entryOf(cell));
      if (typeof entry === "number" && !Number.isFinite(entry)) return { problem: `${sheet.name} row ${r + 1}, column ${c + 1}: the number ${entry} cannot be written to a workbook.` };
      entries.push(entry);
      // A column's own format is set once for the whole column (sheet-writer.ts); only a cell that differs carries one.
      const own = rich?.numberFormat;
      formats.push(own !== undefined && own !== (columnFormats[c] ?? undefined) ? own : null);
      const style = rich?.style;
      if (run !== undefined && (style !== run.style || c !== run.column + run.columns)) {
        styles.push({ row: r, ...run });
        run = undefined;
      }
      if (style !== undefined) run = run === undefined ? { column: c, columns: 1, style } : { ...run, columns: run.columns + 1 };
      if (rich?.link !== undefined && linkFormula === undefined) links.push({ row: r, column: c, value: { link: rich.link, text: shownText(cell) } });
      if (rich?.note !== undefined && rich.note !== "") notes.push({ row: r, column: c, value: rich.note });
    }
    if (run !== undefined) styles.push({ row: r, ...run });
    // Also fill table header cells past the row's model cells.
    for (const [key, name] of header) {
      const [hr, hc] = key.split(":").map(Number) as [number, number];
      if (hr !== r || hc < entries.length) continue;
      while (entries.length < hc) {
        entries.push(null);
        formats.push(null);
      }
      entries.push(`'${name}`);
      formats.push(null);
    }
    const bytes = JSON.stringify(entries).length + (formats.some((format) => format !== null) ? JSON.stringify(formats).length : 0);
    if (pending.length > 0 && pendingBytes + bytes > blockBytes) {
      // The row goes in the next block; its extras were collected against this row, so move them.
      const carried = { styles: styles.filter((s) => s.row === r), links: links.filter((l) => l.row === r), notes: notes.filter((n) => n.row === r) };
      styles = styles.filter((s) => s.row !== r);
      links = links.filter((l) => l.row !== r);
      notes = notes.filter((n) => n.row !== r);
      flush();
      styles = carried.styles;
      links = carried.links;
      notes = carried.notes;
    }
    pending.push({ entries, formats });
    pendingBytes += bytes;
  }
  flush();
  return blocks;
}
