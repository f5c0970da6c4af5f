import type { InputCell, InputCells } from "./input-cells";

/** InputCells built while a workbook is read: the first cell recorded for a key wins (a duplicate ID is an error anyway). */
export class InputCellIndex implements InputCells {
  private readonly lines = new Map<string, InputCell>();
  private readonly settings = new Map<string, InputCell>();
  private readonly employers = new Map<string, InputCell>();
  private readonly sources = new Map<string, InputCell>();

  setLine(lineId: string, field: string, cell: InputCell): void {
    keep(this.lines, key(lineId, field), cell);
  }

  setSetting(name: string, cell: InputCell): void {
    keep(this.settings, name, cell);
  }

  setEmployer(employerId: string, field: string, cell: InputCell): void {
    keep(this.employers, key(employerId, field), cell);
  }

  /** A source field for one year (amount, year) or for the whole source (year undefined). */
  setSource(sourceId: string, field: string, year: string | undefined, cell: InputCell): void {
    keep(this.sources, key(sourceId, field, year), cell);
  }

  line(lineId: string, field: string): InputCell | undefined {
    return this.lines.get(key(lineId, field));
  }

  setting(name: string): InputCell | undefined {
    return this.settings.get(name);
  }

  employer(employerId: string, field: string): InputCell | undefined {
    return this.employers.get(key(employerId, field));
  }

  source(sourceId: string, field: string, year?: string): InputCell | undefined {
    return this.sources.get(key(sourceId, field, year)) ?? (year === undefined ? undefined : this.sources.get(key(sourceId, field)));
  }
}

function key(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined).join("\u0000");
}

function keep(map: Map<string, InputCell>, name: string, cell: InputCell): void {
  if (!map.has(name)) map.set(name, cell);
}
