import { matchKey } from "../workbook/contract";
import type { Literal } from "../workbook/sheet-model";
import { type CellValue, type WorkbookSnapshot, cellAddress } from "../workbook/tables";
import type { SettingName } from "./gateway";

/**
 * The task pane's Settings panel reads and writes the Plan table's Value cells, so the workbook
 * carries its own set-up. Each setting is found by its row's Setting text, as the reader finds it.
 */
const LABELS: Readonly<Record<SettingName, string>> = {
  startYear: "Start year",
  years: "Years",
  niMethod: "NI method",
  pensionCharge: "Pension charge",
  apprenticeshipLevy: "Apprenticeship levy",
  payAward: "Pay award",
  askAmount: "Ask amount",
  askTolerance: "Ask tolerance",
  askYear: "Ask year",
};

const PERCENT_SETTINGS: ReadonlySet<SettingName> = new Set(["payAward"]);

export interface SettingCells {
  readonly values: Readonly<Record<SettingName, string>>;
  readonly addresses: Readonly<Partial<Record<SettingName, string>>>;
}

export type SettingsRead = ({ readonly ok: true } & SettingCells) | { readonly ok: false; readonly problem: string };

/** The settings as the Plan table shows them, and where each Value cell is. */
export function readSettingCells(snapshot: WorkbookSnapshot): SettingsRead {
  const table = snapshot.tables.find((t) => matchKey(t.name) === "plan");
  if (!table) return { ok: false, problem: "The workbook has no Plan table: set up the planning tables first (Set up tab)." };
  const settingColumn = table.headers.findIndex((h) => typeof h === "string" && matchKey(h) === "setting");
  const valueColumn = table.headers.findIndex((h) => typeof h === "string" && matchKey(h) === "value");
  if (settingColumn < 0 || valueColumn < 0) return { ok: false, problem: `The Plan table (${table.sheet}) needs Setting and Value columns.` };
  const values = {} as Record<SettingName, string>;
  const addresses: Partial<Record<SettingName, string>> = {};
  for (const [name, label] of Object.entries(LABELS) as [SettingName, string][]) {
    const index = table.rows.findIndex((row) => typeof row[settingColumn] === "string" && matchKey(row[settingColumn] as string) === matchKey(label));
    values[name] = index < 0 ? "" : shown(name, table.rows[index]?.[valueColumn] ?? null);
    if (index >= 0) addresses[name] = cellAddress(table.sheet, table.headerRow + 1 + index, table.firstColumn + valueColumn);
  }
  return { ok: true, values, addresses };
}

/** A value cell as the panel shows it: percentages as "3%", yes/no as Yes / No. */
function shown(name: SettingName, value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (value instanceof Date || typeof value === "object") return "";
  if (typeof value === "number") {
    if (PERCENT_SETTINGS.has(name) || (name === "askTolerance" && value <= 1)) return `${trim(value * 100)}%`;
    if (name === "startYear" || name === "askYear") return `${value}/${String((value + 1) % 100).padStart(2, "0")}`;
    return trim(value);
  }
  return value.trim();
}

function trim(value: number): string {
  return String(Number(value.toPrecision(12)));
}

export type SettingWrite = { readonly ok: true; readonly cells: { readonly address: string; readonly value: Literal }[] } | { readonly ok: false; readonly problem: string };

/**
 * The cells to write for changed settings, each value in the form the reader takes as it stands
 * (numbers as numbers, percentages as fractions), so the Costing sheet's formulas can use them.
 * Values that cannot be right are refused here, naming the setting, before anything is written.
 */
export function settingWrites(changes: Readonly<Partial<Record<SettingName, string>>>, addresses: SettingCells["addresses"]): SettingWrite {
  const cells: { address: string; value: Literal }[] = [];
  for (const [name, typed] of Object.entries(changes) as [SettingName, string | undefined][]) {
    if (typed === undefined) continue;
    const address = addresses[name];
    if (!address) return { ok: false, problem: `The Plan table has no "${LABELS[name]}" row: add it (Setting column "${LABELS[name]}") and try again.` };
    const value = cellValue(name, typed.trim());
    if (value === undefined) return { ok: false, problem: `${LABELS[name]}: ${HINTS[name]}; found "${typed}".` };
    cells.push({ address, value });
  }
  return { ok: true, cells };
}

const HINTS: Readonly<Record<SettingName, string>> = {
  startYear: 'a financial year such as "2021/22"',
  years: "a whole number of years from 1 to 5",
  niMethod: "monthly or annual",
  pensionCharge: "employer or full",
  apprenticeshipLevy: "Yes or No",
  payAward: 'a percentage such as "3%"',
  askAmount: "an amount in pounds, or blank for no ask check",
  askTolerance: 'a percentage such as "5%" or an amount in pounds',
  askYear: 'a financial year such as "2021/22", or blank for the first year',
};

const YEAR = /^(\d{4})\/(\d{2})$/;
const POUNDS = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
const PERCENT = /^(\d+(\.\d+)?)\s*%$/;

function cellValue(name: SettingName, typed: string): Literal | undefined {
  const pounds = (text: string) => (POUNDS.test(text) ? Number(text.replace(/[£,\s]/g, "")) : undefined);
  switch (name) {
    case "startYear":
    case "askYear": {
      if (typed === "" && name === "askYear") return null;
      const match = YEAR.exec(typed);
      return match && (Number(match[1]) + 1) % 100 === Number(match[2]) ? typed : undefined;
    }
    case "years":
      return /^[1-5]$/.test(typed) ? Number(typed) : undefined;
    case "niMethod":
      return ["monthly", "annual"].includes(typed.toLowerCase()) ? typed.toLowerCase() : undefined;
    case "pensionCharge":
      return ["employer", "full"].includes(typed.toLowerCase()) ? typed.toLowerCase() : undefined;
    case "apprenticeshipLevy":
      return /^(yes|no)$/i.test(typed) ? (typed.toLowerCase() === "yes" ? "Yes" : "No") : undefined;
    case "payAward": {
      const percent = PERCENT.exec(typed);
      const fraction = percent ? Number(percent[1]) / 100 : undefined;
      return fraction !== undefined && fraction <= 0.25 ? fraction : undefined;
    }
    case "askAmount":
      return typed === "" ? null : pounds(typed);
    case "askTolerance": {
      if (typed === "") return null;
      const percent = PERCENT.exec(typed);
      if (percent) return Number(percent[1]) <= 100 ? Number(percent[1]) / 100 : undefined;
      const amount = pounds(typed);
      // The reader takes a number up to 1 as a percentage: a tolerance of £1 or less stays text.
      return amount === undefined ? undefined : amount > 1 ? amount : `£${amount.toFixed(2)}`;
    }
  }
}
