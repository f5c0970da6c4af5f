import type { TableSpec } from "../../workbook/sheet-model";
import { a1 } from "./render-sheet";
import { xmlText } from "./xml-text";

/** The cells a table covers: its header and its data rows, at least one (an empty table keeps one blank row). */
export function tableRef(table: TableSpec): string {
  return `${a1(table.row, table.column)}:${a1(table.row + Math.max(table.rowCount, 1), table.column + table.columns.length - 1)}`;
}

/** The table part (xl/tables/tableN.xml): a header row, filter buttons, banded rows. `id` is unique in the workbook. */
export function tableXml(table: TableSpec, id: number): string {
  const ref = tableRef(table);
  const columns = table.columns.map((name, index) => `<tableColumn id="${index + 1}" name="${xmlText(name)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlText(table.style ?? "TableStyleLight9")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
