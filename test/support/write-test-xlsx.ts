import ExcelJS from "exceljs";
import type { Cell, WorkbookModel } from "../../src/workbook/sheet-model";
import { literalOf } from "./workbook-snapshot";

/**
 * Writes the values, number formats and tables of a sheet model as a real .xlsx with ExcelJS,
 * small and independent of the product's writer, so tests of the reader can build workbooks
 * that break one thing at a time (error values, duplicate headers, text dates).
 */
export async function writeTestXlsx(model: WorkbookModel, edit?: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const formatOf = (cell: Cell | undefined, column: number) =>
      (typeof cell === "object" && cell !== null && "numberFormat" in cell ? cell.numberFormat : undefined) ?? sheet.columns?.[column]?.numberFormat;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = worksheet.getCell(r + 1, c + 1);
        target.value = toExcel(cell);
        const format = formatOf(cell, c);
        if (format && format !== "@") target.numFmt = format;
      }),
    );
    for (const table of sheet.tables ?? []) {
      const rows = Array.from({ length: Math.max(table.rowCount, 1) }, (_, i) =>
        table.columns.map((_, c) => {
          const cell = sheet.rows[table.row + 1 + i]?.[table.column + c];
          return toExcel(cell);
        }),
      );
      // ExcelJS insists on distinct names; the header cells are restored after.
      const names = table.columns.map((name, i) => (table.columns.indexOf(name) === i ? name : `${name} ${i}`));
      worksheet.addTable({ name: table.name, ref: `${letters(table.column + 1)}${table.row + 1}`, headerRow: true, columns: names.map((name) => ({ name })), rows });
      table.columns.forEach((name, c) => (worksheet.getCell(table.row + 1, table.column + 1 + c).value = name));
      // addTable writes the rows again without their formats.
      rows.forEach((row, i) =>
        row.forEach((_, c) => {
          const format = formatOf(sheet.rows[table.row + 1 + i]?.[table.column + c], table.column + c);
          if (format && format !== "@") worksheet.getCell(table.row + 2 + i, table.column + 1 + c).numFmt = format;
        }),
      );
    }
  }
  edit?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toExcel(cell: Cell | undefined): ExcelJS.CellValue {
  if (typeof cell === "object" && cell !== null && "error" in (cell as object)) return cell as unknown as ExcelJS.CellValue;
  const value = literalOf(cell);
  if (typeof value === "object" && value !== null && !(value instanceof Date)) return { error: value.error } as ExcelJS.CellErrorValue;
  return value;
}

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}
