import ExcelJS from "exceljs";
import { OWNED_SHEET_NOTE } from "../../workbook/sheet-model";

/** The zip signature every .xlsx starts with, and the OLE header of encrypted (password) and old binary workbooks. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Buffer, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, index) => data[index] === byte);
}

/** Loads the user's workbook, or says in plain words why it cannot be read. */
export async function loadBase(base: Buffer): Promise<{ readonly workbook: ExcelJS.Workbook } | { readonly problem: string }> {
  if (startsWith(base, OLE_SIGNATURE)) {
    return { problem: "The workbook is password-protected or in the old .xls format; save it as an unprotected .xlsx workbook and try again." };
  }
  if (!startsWith(base, ZIP_SIGNATURE)) return { problem: "The file is not an Excel workbook (.xlsx); save it as an .xlsx workbook and try again." };
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(base as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { problem: `The workbook could not be read (${reason}); it may be damaged or incomplete. Open and save it in Excel, then try again.` };
  }
  if (workbook.worksheets.length === 0) return { problem: "The workbook could not be read: it has no worksheets. Open and save it in Excel, then try again." };
  return { workbook };
}

/** The text of a cell note, however ExcelJS gives it (a string when written, rich text runs when read). */
export function noteText(note: string | ExcelJS.Comment | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}

/** Whether a sheet is one the product owns: A1's note carries the owned-sheet marker. */
export function isOwnedSheet(worksheet: ExcelJS.Worksheet): boolean {
  // findRow/findCell, not getCell: looking must not add an empty A1 to a user's sheet.
  return noteText(worksheet.findRow(1)?.findCell(1)?.note).includes(OWNED_SHEET_NOTE);
}
