import { xmlContent } from "./xml-text";

const SST_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0">`;

/** `<t>` for a string, keeping leading and trailing spaces and line breaks that XML would otherwise let a reader drop. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ` xml:space="preserve"` : "";
  return `<t${preserve}>${xmlContent(text)}</t>`;
}

/**
 * The shared string table of the package, added to: the base part's strings keep their indexes,
 * new strings are numbered after them, each distinct string once.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private references = 0;

  /** `xml` is the package's xl/sharedStrings.xml, or undefined when it has none. */
  constructor(private readonly xml: string | undefined) {
    this.existing = xml === undefined ? 0 : (xml.match(/<si[\s>/]/g) ?? []).length;
  }

  /** The index of a string in the table. */
  index(text: string): number {
    this.references++;
    let found = this.indexes.get(text);
    if (found === undefined) {
      found = this.existing + this.added.length;
      this.added.push(text);
      this.indexes.set(text, found);
    }
    return found;
  }

  /** Whether the package had no table and now needs one. */
  get created(): boolean {
    return this.xml === undefined && this.added.length > 0;
  }

  /** Whether the table changed. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The table part as text chunks: the base's strings, then the added ones. */
  *chunks(): Generator<string> {
    const base = this.xml ?? `${SST_HEAD}</sst>`;
    const oldCount = Number(/\scount="(\d+)"/.exec(base)?.[1] ?? this.existing);
    const end = base.lastIndexOf("</sst>");
    // A table with no strings may be written as <sst .../>: open it so strings can go in.
    const open = end < 0 ? base.replace(/\/>\s*$/, ">") : base.slice(0, end);
    yield open
      .replace(/(<sst\b[^>]*?\s)count="\d+"/, `$1count="${oldCount + this.references}"`)
      .replace(/(<sst\b[^>]*?\s)uniqueCount="\d+"/, `$1uniqueCount="${this.existing + this.added.length}"`);
    let batch = "";
    for (const text of this.added) {
      batch += `<si>${textElement(text)}</si>`;
      if (batch.length > 65536) {
        yield batch;
        batch = "";
      }
    }
    yield `${batch}</sst>`;
  }
}
