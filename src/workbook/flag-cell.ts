import type { Flag } from "../engine/flags";
import type { InputCells } from "./input-cells";

/**
 * Where a flag takes the user in the input tables: the line's row; else the source's row for the
 * flag's year (a flag without a year, such as an ineligible source, goes to the source's first
 * row in the horizon); else, for the ask check, the Ask amount setting.
 */
export function flagCell(flag: Flag, inputs: InputCells, years: readonly string[]): string | undefined {
  if (flag.lineId !== undefined) return inputs.line(flag.lineId, "id")?.address;
  if (flag.sourceId !== undefined) return sourceCell(flag.sourceId, flag.year, inputs, years);
  if (flag.code === "ASK_OUTSIDE_TOLERANCE") return inputs.setting("ask.amount")?.address;
  return undefined;
}

/** A funding source's row for a year, or its first row in the horizon. */
export function sourceCell(sourceId: string, year: string | undefined, inputs: InputCells, years: readonly string[]): string | undefined {
  return (
    (year !== undefined ? inputs.source(sourceId, "id", year)?.address : undefined) ??
    inputs.source(sourceId, "id")?.address ??
    years.map((y) => inputs.source(sourceId, "id", y)?.address).find((address) => address !== undefined)
  );
}
