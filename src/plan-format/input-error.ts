/**
 * Problems with a plan's input, as values: each names where it is (a path in the plan format,
 * and the sheet and cell when the plan came from a workbook) and says how to put it right.
 */
export const INPUT_ERROR_CODES = [
  "INVALID_JSON",
  "NOT_A_PLAN",
  "UNSUPPORTED_FORMAT",
  "MISSING_FIELD",
  "WRONG_TYPE",
  "INVALID_VALUE",
  "OUT_OF_RANGE",
  "INVALID_DATE",
  "INVALID_MONEY",
  "INVALID_NUMBER",
  "INVALID_PERCENT",
  "INVALID_YEAR",
  "UNKNOWN_VALUE",
  "UNKNOWN_REFERENCE",
  "DUPLICATE_ID",
  "DATE_ORDER",
  "SHARES_OVER_100",
  "NO_PAY_FIGURE",
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export interface InputError {
  readonly code: InputErrorCode;
  /** Where in the plan format: "posts[2].fte". */
  readonly path: string;
  /** Where in the workbook, when the plan came from one: "Posts!F4". */
  readonly cell?: string;
  /** What is wrong and how to fix it, naming the field in the users' words. */
  readonly message: string;
}

/** Collects input errors while a plan is read, so every problem is reported in one run. */
export class InputErrors {
  private readonly list: InputError[] = [];

  add(code: InputErrorCode, path: string, message: string): void {
    this.list.push({ code, path, message });
  }

  get all(): readonly InputError[] {
    return this.list;
  }

  get count(): number {
    return this.list.length;
  }
}

/** "posts[2].fte: FTE must be …" or "Posts!F4: FTE must be …". */
export function describeInputError(error: InputError): string {
  return `${error.cell ?? error.path}: ${error.message}`;
}
