import type { CellValue, WorkbookSnapshot } from "../workbook/tables";

/**
 * A short fingerprint of the input tables (their names, positions and every cell), so the run log
 * shows at a glance whether the inputs changed between two runs. Not a security measure: a
 * 53-bit string hash (two 32-bit multiply-xor lanes) is plenty to tell edits apart.
 */
export function fingerprintOf(snapshot: WorkbookSnapshot): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  };
  const tables = [...snapshot.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const table of tables) {
    add(`\u0001${table.name}\u0002${table.sheet}\u0002${table.headerRow}\u0002${table.firstColumn}`);
    for (const header of table.headers) add(`\u0003${cellText(header)}`);
    for (const row of table.rows) {
      add("\u0004");
      for (const cell of row) add(`\u0005${cellText(cell)}`);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return `d${value.getTime()}`;
  if (typeof value === "object") return `e${value.error}`;
  return `${typeof value}:${String(value)}`;
}
