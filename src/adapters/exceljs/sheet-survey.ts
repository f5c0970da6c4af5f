import { columnLetters } from "../../workbook/tables";
import { OWNED_SHEET_NOTE, type DataValidation, type RichCell, type SheetModel } from "../../workbook/sheet-model";
import { literalProblem, MAX_COLUMNS, MAX_ROWS, tableProblem, withoutEquals } from "./cell-limits";
import type { CellNote } from "./note-parts";
import { a1, blockRef, inlineList, type ListRange, type PendingLink } from "./render-sheet";
import { xmlText } from "./xml-text";

/** What an owned sheet needs besides its cells, found in one pass that also checks every cell can be written. */
export interface SheetSurvey {
  readonly notes: readonly CellNote[];
  readonly links: readonly PendingLink[];
  /** 0-based last row and column holding a cell (-1 when the sheet is empty). */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** The header text of each table's header cells: row → column → name. */
  readonly headers: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /** The <dataValidations> element, or "" when there are none. */
  readonly validations: string;
}

/** The note A1 carries on an owned sheet: the owned marker, then any note the model puts there. */
function ownedA1Note(modelNote: string | undefined): string {
  const notes = (modelNote ?? "").includes(OWNED_SHEET_NOTE) ? [modelNote] : [OWNED_SHEET_NOTE, modelNote];
  return notes.filter((note): note is string => note !== undefined && note !== "").join("\n\n");
}

function validationXml(validation: DataValidation, listRange: ListRange): string {
  const list = validation.list;
  const formula = "formula" in list ? withoutEquals(list.formula) : (inlineList(list) ?? withoutEquals(listRange(list)));
  const strict = validation.strict === true;
  // A warning lets pasted data through, so a paste from another workbook is never lost.
  const error = strict ? "Choose a value from the list." : "This value is not in the list. Keep it only if you mean to.";
  const prompt = validation.prompt === undefined ? "" : ` showInputMessage="1" prompt="${xmlText(validation.prompt)}"`;
  return (
    `<dataValidation type="list" errorStyle="${strict ? "stop" : "warning"}" allowBlank="1" showErrorMessage="1" errorTitle="Not in the list" error="${xmlText(error)}"${prompt} sqref="${blockRef(validation.block)}">` +
    `<formula1>${xmlText(formula)}</formula1></dataValidation>`
  );
}

/** Surveys an owned sheet, or gives the problem naming the first cell Excel cannot hold. */
export function surveySheet(sheet: SheetModel, listRange: ListRange): SheetSurvey | { readonly problem: string } {
  if (sheet.rows.length > MAX_ROWS) return { problem: `${sheet.name}: ${sheet.rows.length} rows is more than Excel's ${MAX_ROWS}.` };
  const where = (row: number, column: number): string => `${sheet.name}!${a1(row, column)}`;
  const notes: CellNote[] = [];
  const links: PendingLink[] = [];
  let a1Note: string | undefined;
  let lastRow = -1;
  let lastColumn = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.length > MAX_COLUMNS) return { problem: `${sheet.name} row ${r + 1}: ${cells.length} columns is more than Excel's ${MAX_COLUMNS}.` };
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      lastRow = r;
      if (c > lastColumn) lastColumn = c;
      if (typeof cell !== "object") {
        const problem = literalProblem(cell);
        if (problem !== undefined) return { problem: `${where(r, c)}: ${problem}` };
        continue;
      }
      const rich = cell as RichCell;
      const shown = typeof rich.formula === "string" ? (rich.result ?? (rich.value === null ? undefined : rich.value)) : rich.value;
      const problem = shown === undefined || shown === null ? undefined : literalProblem(shown);
      if (problem !== undefined) return { problem: `${where(r, c)}: ${problem}` };
      if (rich.link !== undefined) links.push({ ref: a1(r, c), link: rich.link });
      if (rich.note !== undefined) {
        if (r === 0 && c === 0) a1Note = rich.note;
        else notes.push({ row: r, column: c, ref: a1(r, c), text: rich.note });
      }
    }
  }
  notes.unshift({ row: 0, column: 0, ref: "A1", text: ownedA1Note(a1Note) });
  for (const { block } of sheet.fills ?? []) {
    if (block.rows <= 0 || block.columns <= 0) continue;
    const bottom = block.row + block.rows - 1;
    const right = block.column + block.columns - 1;
    if (bottom >= MAX_ROWS) return { problem: `${sheet.name}: ${bottom + 1} rows is more than Excel's ${MAX_ROWS}.` };
    if (right >= MAX_COLUMNS) return { problem: `${sheet.name}: ${right + 1} columns is more than Excel's ${MAX_COLUMNS}.` };
    lastRow = Math.max(lastRow, bottom);
    lastColumn = Math.max(lastColumn, right);
  }

  const headers = new Map<number, Map<number, string>>();
  for (const table of sheet.tables ?? []) {
    const problem = tableProblem(table.columns);
    if (problem !== undefined) return { problem: `${sheet.name}, table ${table.name}: ${problem}` };
    const row = headers.get(table.row) ?? new Map<number, string>();
    table.columns.forEach((name, index) => row.set(table.column + index, name));
    headers.set(table.row, row);
    lastRow = Math.max(lastRow, table.row + Math.max(table.rowCount, 1));
    lastColumn = Math.max(lastColumn, table.column + table.columns.length - 1);
  }

  const validations = (sheet.validations ?? []).map((validation) => validationXml(validation, listRange));
  return {
    notes,
    links,
    lastRow,
    lastColumn,
    headers,
    validations: validations.length === 0 ? "" : `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`,
  };
}

/** "A1:AX300" for the sheet's used block. */
export function dimensionRef(survey: SheetSurvey): string {
  if (survey.lastRow < 0 || survey.lastColumn < 0) return "A1";
  return `A1:${columnLetters(survey.lastColumn + 1)}${survey.lastRow + 1}`;
}
