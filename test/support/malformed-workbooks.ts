import JSZip from "jszip";
import { haveringExample } from "../../src/example/havering";
import { isoToExcelSerial } from "../../src/workbook/excel-dates";
import { planWorkbook } from "../../src/workbook/input-sheets";
import type { Cell } from "../../src/workbook/sheet-model";
import { addressOf, appendRow, editable, removeColumn, setCell, sheetIn } from "./workbook-snapshot";
import { writeTestXlsx } from "./write-test-xlsx";

/**
 * Malformed planning workbooks, each the Havering example with one thing broken, and files that
 * are not workbooks at all. Each case builds a real .xlsx (or other) file and says what the
 * reader must report: the cell and a fragment of its message, or a fragment of the problem
 * that stops the file being read. Shared by the reader's tests and the CLI's.
 */
export interface MalformedWorkbookCase {
  readonly name: string;
  readonly build: () => Promise<Buffer>;
  /** The cell the error names ("Posts!J3"); absent for a problem with the whole file or a missing table. */
  readonly cell?: string;
  /** A fragment of the error's (or the problem's) message. */
  readonly message: string;
  /** True when the file cannot be read at all (readWorkbookBuffer gives a problem). */
  readonly problem?: true;
}

type Model = ReturnType<typeof editable>;

const base = (): Model => editable(planWorkbook(haveringExample()));
const BASE = base();
/** "J3" for a column header and 1-based sheet row of the example workbook. */
const at = (sheet: string, header: string, row: number) => `${sheet}!${addressOf(BASE, sheet, header, row)}`;
const serial = (iso: string) => isoToExcelSerial(iso) as number;
const errorValue = (error: string) => ({ error }) as unknown as Cell;

/** One cell of the example changed. */
function cellCase(name: string, sheet: string, header: string, row: number, value: Cell, message: string, reportedAt?: string): MalformedWorkbookCase {
  const cell = at(sheet, header, row);
  return { name, cell: reportedAt ?? cell, message, build: () => writeTestXlsx(edited((model) => setCell(model, sheet, cell.slice(sheet.length + 1), value))) };
}

function edited(edit: (model: Model) => void): Model {
  const model = base();
  edit(model);
  return model;
}

/** The Plan sheet's value cell for a setting. */
function settingRow(name: string): number {
  return (sheetIn(BASE, "Plan").rows.findIndex((row) => row[0] === name) + 1) as number;
}

// Rows of the example: Posts P1..P5 on rows 2..5 (P2 on row 3); Funding CCG row 2, ASK row 3.
export const MALFORMED_WORKBOOKS: readonly MalformedWorkbookCase[] = [
  cellCase("FTE as words", "Posts", "FTE", 3, "full time", 'FTE must be a number more than 0 and at most 1.5; found "full time"'),
  cellCase("negative FTE", "Posts", "FTE", 3, -1, "FTE must be"),
  cellCase("FTE above 1.5", "Posts", "FTE", 4, 2, "FTE must be more than 0 and at most 1.5"),
  cellCase("end before start", "Posts", "End", 3, serial("2021-06-01"), "is before start"),
  cellCase("unknown band", "Posts", "Band", 3, "10", "Band must be an Agenda for Change band"),
  cellCase("unknown pay point", "Posts", "Point", 3, "highest", "Pay point must be one of"),
  cellCase("unknown funding source", "Posts", "Funding", 3, "XYZ", 'Funding source "XYZ" is not in the funding list'),
  cellCase("unknown employer", "Posts", "Employer", 3, "ACME", 'Employer "ACME" is not in the employers list'),
  cellCase("duplicate line ID", "Posts", "ID", 4, "P2", 'ID "P2" is already used by Posts!A3; every line needs its own ID'),
  cellCase("impossible date", "Posts", "Start", 2, "31/02/2021", "not a real date"),
  cellCase("date as words", "Posts", "Start", 2, "next July", "Start must be a real date"),
  cellCase("Excel's 29 February 1900", "Posts", "Start", 2, 60, "29 February 1900"),
  cellCase("29 February 1900 as text", "Posts", "End", 2, "1900-02-29", "not a real date"),
  cellCase("salary not money", "Posts", "Salary", 5, "£42k", "Salary must be an amount in pounds"),
  cellCase("#N/A in FTE", "Posts", "FTE", 2, errorValue("#N/A"), "FTE holds the error value #N/A"),
  cellCase("count as words", "Posts", "Count", 3, "two", "Count (people on the line) must be a whole number"),
  cellCase("fractional count", "Posts", "Count", 3, 1.5, "must be a whole number"),
  cellCase("unknown HCAS zone", "Posts", "HCAS zone", 2, "central", "HCAS zone must be one of"),
  cellCase("unknown fill", "Posts", "Fill", 2, "agency", "Fill must be one of"),
  // The missing value is reported on its blank cell, not on the cell that asked for it.
  cellCase("secondment without releasing employer", "Posts", "Fill", 3, "secondment", "A secondment needs the releasing employer", at("Posts", "Seconded from", 3)),
  cellCase("recurrent as maybe", "Posts", "Recurrent", 2, "maybe", "Recurrent must be yes or no"),
  cellCase("funding split without allocations", "Posts", "Funding", 3, "split", "the Allocations table has no rows for line P2"),
  cellCase("#REF! in a funding amount", "Funding", "Amount", 2, errorValue("#REF!"), "Amount holds the error value #REF!"),
  cellCase("unknown funding status", "Funding", "Status", 2, "maybe", "Funding status must be one of"),
  cellCase("blank funding status", "Funding", "Status", 2, null, "Funding status is required"),
  cellCase("funding year not a financial year", "Funding", "Year", 2, "21/22", 'Year must be a financial year such as "2021/22"'),
  cellCase("funding amount not money", "Funding", "Amount", 3, "£270,00", "must be an amount in pounds"),
  cellCase("unknown pension scheme", "Employers", "Pension scheme", 2, "NHSPS", "Pension scheme must be one of"),
  cellCase("LGPS without a rate", "Employers", "Pension rate", 3, null, "Pension rate is required for the LGPS scheme"),
  cellCase("pension rate as words", "Employers", "Pension rate", 3, "high", "Pension rate must be a percentage"),
  cellCase("backfill rate not money", "GPBackfill", "Rate per session", 2, "three hundred", "Rate per session must be an amount in pounds"),
  cellCase("backfill sessions negative", "GPBackfill", "Sessions per week", 2, -1, "Sessions per week must be"),
  cellCase("non-pay VAT as words", "NonPay", "VAT", 2, "twenty", "Irrecoverable VAT must be a percentage"),
  cellCase("non-pay VAT over 100%", "NonPay", "VAT", 2, "150%", "Irrecoverable VAT must be between 0% and 100%"),
  cellCase("unknown phasing", "NonPay", "Phasing", 3, "quarterly", "Phasing must be one of"),
  { name: "start year before the built-in figures", cell: `Plan!B${settingRow("Start year")}`, message: "Start year must be from 2021/22", build: () => writeTestXlsx(edited((m) => setCell(m, "Plan", `B${settingRow("Start year")}`, "2019/20"))) },
  { name: "horizon too long", cell: `Plan!B${settingRow("Years")}`, message: "Years (the horizon) must be", build: () => writeTestXlsx(edited((m) => setCell(m, "Plan", `B${settingRow("Years")}`, 9))) },
  { name: "ask year outside the horizon", cell: `Plan!B${settingRow("Ask year")}`, message: "Ask year must be one of the plan's years", build: () => writeTestXlsx(edited((m) => setCell(m, "Plan", `B${settingRow("Ask year")}`, "2023/24"))) },
  { name: "pay award too high", cell: `Plan!B${settingRow("Pay award")}`, message: "Pay award must be between 0% and 25%", build: () => writeTestXlsx(edited((m) => setCell(m, "Plan", `B${settingRow("Pay award")}`, "300%"))) },
  {
    name: "unknown setting",
    cell: `Plan!A${sheetIn(BASE, "Plan").rows.length + 1}`,
    message: 'Setting "Colour" is not one the plan knows',
    build: () => writeTestXlsx(edited((m) => appendRow(m, "Plan", ["Colour", "blue", null]))),
  },
  {
    name: "funding shares over 100%",
    cell: "Allocations!C2",
    message: "Funding shares add up to 110%",
    build: () =>
      writeTestXlsx(
        edited((m) => {
          setCell(m, "Posts", addressOf(m, "Posts", "Funding", 3), "split");
          appendRow(m, "Allocations", ["P2", "CCG", 0.6, null]);
          appendRow(m, "Allocations", ["P2", "ASK", 0.5, null]);
        }),
      ),
  },
  {
    name: "allocation for an unknown line",
    cell: "Allocations!A2",
    message: 'Line ID "P9" is not a line',
    build: () => writeTestXlsx(edited((m) => appendRow(m, "Allocations", ["P9", "ASK", 0.5, null]))),
  },
  {
    name: "allocation share and amount both given",
    cell: "Allocations!A2",
    message: "needs either a share",
    build: () =>
      writeTestXlsx(
        edited((m) => {
          setCell(m, "Posts", addressOf(m, "Posts", "Funding", 3), "split");
          appendRow(m, "Allocations", ["P2", "ASK", 0.5, 1000]);
        }),
      ),
  },
  {
    name: "two rows for one source and year",
    cell: "Funding!E4",
    message: "already has a row for 2021/22",
    build: () => writeTestXlsx(edited((m) => appendRow(m, "Funding", ["CCG", null, null, null, "2021/22", 1000, null, null]))),
  },
  { name: "missing required column", cell: "Posts!A1", message: "The Posts table has no FTE column", build: () => writeTestXlsx(edited((m) => removeColumn(m, "Posts", "FTE"))) },
  {
    name: "duplicate column",
    cell: at("Posts", "Note", 1),
    message: "two FTE columns",
    build: () => writeTestXlsx(edited((m) => setCell(m, "Posts", addressOf(m, "Posts", "Note", 1), "FTE"))),
  },
  {
    name: "missing required table",
    message: "The workbook has no table named Funding",
    build: () => writeTestXlsx(edited((m) => m.sheets.splice(m.sheets.findIndex((s) => s.name === "Funding"), 1))),
  },
  { name: "text file renamed .xlsx", problem: true, message: "not an Excel workbook", build: async () => Buffer.from("ID,Title,FTE\nP1,Project manager,1\n") },
  { name: "PDF renamed .xlsx", problem: true, message: "is a PDF", build: async () => Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n") },
  {
    name: "encrypted workbook",
    problem: true,
    message: "password-protected",
    build: async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  },
  {
    name: "truncated workbook",
    problem: true,
    message: "damaged or incomplete",
    build: async () => {
      const whole = await writeTestXlsx(base());
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
  },
  { name: "empty file", problem: true, message: "The file is empty", build: async () => Buffer.alloc(0) },
  {
    name: "zip that is not a workbook",
    problem: true,
    message: "not an Excel workbook",
    build: async () => {
      const zip = new JSZip();
      zip.file("word/document.xml", "<document/>");
      return zip.generateAsync({ type: "nodebuffer" });
    },
  },
];
