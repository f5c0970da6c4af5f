/**
 * Where each input of a plan read from a workbook stands, so the owned sheets can point at it:
 * live formulas on Costing and Phasing refer to these cells, and every error and flag on the
 * Issues sheet links to one.
 */
export interface InputCell {
  /** "Posts!I5" (sheet quoted where it needs it). */
  readonly address: string;
  /**
   * Whether a formula can use the cell as it stands: a number where a number is meant, a real
   * date (a serial or a date-formatted cell) where a date is meant, a percentage stored as a
   * fraction, text for text choices. False for values the reader had to interpret (numbers
   * stored as text, "15%" or 15 for 15%, dates typed as text, blanks that take a default): a
   * formula then uses the value the reader understood, with the cell named beside it.
   */
  readonly clean: boolean;
  /** The cell is empty: the plan took a default for it. */
  readonly blank?: boolean;
}

export interface InputCells {
  /**
   * A line's field, by line id and the plan-format field name: "fte", "count", "start", "end",
   * "band", "point", "salary", "hcasZone", "recharge", "sessionsPerWeek", "weeksPerYear",
   * "ratePerSession", "onCost", "quantity", "unitCost", "vat", "phasing", "id" (the line's row).
   */
  line(lineId: string, field: string): InputCell | undefined;
  /** A Plan-table setting by plan-format name ("startYear", "settings.payAward", "ask.amount", …). */
  setting(name: string): InputCell | undefined;
  /** An employer's field ("pensionRate", "pensionScheme", "id") by employer id. */
  employer(employerId: string, field: string): InputCell | undefined;
  /** A funding source's row for a year ("amount", "id"), by source id and financial year label "2021/22". */
  source(sourceId: string, field: string, year?: string): InputCell | undefined;
}

/** For a plan that did not come from a workbook (a JSON plan): nothing to point at. */
export const NO_INPUT_CELLS: InputCells = {
  line: () => undefined,
  setting: () => undefined,
  employer: () => undefined,
  source: () => undefined,
};
