/**
 * UK financial years (1 April – 31 March), held as the calendar year they start in
 * (2021 is 2021/22) and written "2021/22" for people.
 */
export type FinancialYear = number;

const LABEL = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;

/** "2021/22" (also "2021-22", "2021/2022") → 2021; undefined if it is not a financial year. */
export function parseFinancialYear(text: string): FinancialYear | undefined {
  const match = LABEL.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] as string;
  const endYear = end.length === 2 ? Math.floor((start + 1) / 100) * 100 + Number(end) : Number(end);
  return endYear === start + 1 ? start : undefined;
}

/** 2021 → "2021/22". */
export function formatFinancialYear(year: FinancialYear): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The horizon's years in order: startYear, startYear + 1, … */
export function horizonYears(startYear: FinancialYear, years: number): FinancialYear[] {
  return Array.from({ length: years }, (_, i) => startYear + i);
}
