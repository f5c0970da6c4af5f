import { OWNED_SHEET_NOTE } from "../../workbook/sheet-model";
import type { SupportsApi } from "./host";

/**
 * The worksheet-scoped name the add-in puts on every sheet it writes (ExcelApi 1.4): how it
 * recognises its own sheets in Excel versions without the notes API. Files written by the CLI
 * carry the A1 note instead, which is read where the notes API exists (ExcelApi 1.18). The tab
 * colour is not trusted: it is one of Excel's theme colours, which a user may pick for a tab.
 */
export const OWNED_NAME = "ResourcingPlannerOutput";

/** What is loaded to tell whether an existing sheet is owned: read it after the next sync. */
export interface OwnedProbe {
  readonly name: Excel.NamedItem;
  readonly note?: Excel.Note;
}

/** Queues the loads that tell whether `worksheet` is owned. */
export function probeOwned(worksheet: Excel.Worksheet, supports: SupportsApi): OwnedProbe {
  const name = worksheet.names.getItemOrNullObject(OWNED_NAME);
  name.load("name");
  if (!supports("1.18")) return { name };
  const note = worksheet.notes.getItemOrNullObject("A1");
  note.load("content");
  return { name, note };
}

/** Whether the probed sheet carries the owned marker (after the sync). */
export function isOwned(probe: OwnedProbe): boolean {
  if (!probe.name.isNullObject) return true;
  const note = probe.note;
  return note !== undefined && !note.isNullObject && note.content.includes(OWNED_SHEET_NOTE);
}

/** Queues the marker on a new owned sheet: the name on A1. */
export function markOwned(worksheet: Excel.Worksheet): void {
  worksheet.names.add(OWNED_NAME, worksheet.getRange("A1"), "Resourcing Planner output: this sheet is regenerated whole on each calculation.");
}

/** A1's note on an owned sheet: the marker, then the model's own A1 note if any. */
export function ownedNote(modelNote: string | undefined): string {
  if (modelNote === undefined || modelNote === "") return OWNED_SHEET_NOTE;
  return modelNote.includes(OWNED_SHEET_NOTE) ? modelNote : `${OWNED_SHEET_NOTE}\n\n${modelNote}`;
}
