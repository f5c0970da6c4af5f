import type {
  CalculationOutcome,
  CalculationStep,
  CalculationView,
  IssueView,
  PlannerGateway,
  SaveOutcome,
  SetUpOutcome,
  SettingName,
  SettingsOutcome,
} from "../../src/planner/gateway";

/** A promise the test settles when it chooses, to see what the pane shows meanwhile. */
export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Answer<T> = T | (() => Promise<T>);

function answer<T>(given: Answer<T>): Promise<T> {
  return typeof given === "function" ? (given as () => Promise<T>)() : Promise.resolve(given);
}

/**
 * A PlannerGateway whose outcomes the test sets; it records every call. `calculation` may be a
 * function taking the progress callback, so a test can report steps and settle when it wants.
 */
export class FakeGateway implements PlannerGateway {
  host: "excel" | "preview" = "excel";
  setUpOutcome: Answer<SetUpOutcome> = { kind: "done", added: [], skipped: [] };
  calculation: CalculationOutcome | ((onProgress: (step: CalculationStep) => void) => Promise<CalculationOutcome>) = { kind: "costed", view: aView() };
  selectOutcome: Answer<{ readonly ok: true } | { readonly ok: false; readonly problem: string }> = { ok: true };
  settingsOutcome: Answer<SettingsOutcome> = { kind: "settings", values: someSettings() };
  saveOutcome: Answer<SaveOutcome> | ((changes: Partial<Record<SettingName, string>>) => Promise<SaveOutcome>) = (changes) =>
    Promise.resolve({ kind: "saved", written: Object.keys(changes).length });

  readonly calls = {
    setUp: [] as ("template" | "example")[],
    calculate: 0,
    select: [] as string[],
    readSettings: 0,
    saveSettings: [] as Partial<Record<SettingName, string>>[],
  };

  /** How many times a method that writes to the workbook has been called. */
  get writes(): number {
    return this.calls.setUp.length + this.calls.calculate + this.calls.saveSettings.length;
  }

  setUp(kind: "template" | "example"): Promise<SetUpOutcome> {
    this.calls.setUp.push(kind);
    return answer(this.setUpOutcome);
  }

  calculate(onProgress?: (step: CalculationStep) => void): Promise<CalculationOutcome> {
    this.calls.calculate += 1;
    const given = this.calculation;
    return typeof given === "function" ? given(onProgress ?? (() => undefined)) : Promise.resolve(given);
  }

  select(address: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly problem: string }> {
    this.calls.select.push(address);
    return answer(this.selectOutcome);
  }

  readSettings(): Promise<SettingsOutcome> {
    this.calls.readSettings += 1;
    return answer(this.settingsOutcome);
  }

  saveSettings(changes: Readonly<Partial<Record<SettingName, string>>>): Promise<SaveOutcome> {
    this.calls.saveSettings.push({ ...changes });
    const given = this.saveOutcome;
    return typeof given === "function" ? given({ ...changes }) : Promise.resolve(given);
  }
}

/** The settings of the Havering example, as the Plan table holds them. */
export function someSettings(overrides: Partial<Record<SettingName, string>> = {}): Record<SettingName, string> {
  return {
    startYear: "2021/22",
    years: "1",
    niMethod: "monthly",
    pensionCharge: "employer",
    apprenticeshipLevy: "Yes",
    payAward: "0%",
    askAmount: "270000",
    askTolerance: "5%",
    askYear: "2021/22",
    ...overrides,
  };
}

export function anIssue(overrides: Partial<IssueView> = {}): IssueView {
  return { level: "problem", code: "UNFUNDED", message: "P2 Project manager: £647.19 of its cost has no funding", cell: "Posts!B3", lineId: "P2", ...overrides };
}

/** A costed result shaped like the Havering example's. */
export function aView(overrides: Partial<CalculationView> = {}): CalculationView {
  return {
    planName: "Havering Borough Partnership 2021/22",
    years: ["2021/22"],
    lineCount: 7,
    ranAt: "2026-11-23 09:14",
    ask: {
      year: "2021/22",
      stated: "£270,000.00",
      calculated: "£272,058.33",
      variance: "+£2,058.33",
      variancePercent: "+0.76%",
      tolerance: "±£13,500.00",
      withinTolerance: true,
    },
    totals: {
      cost: "£327,298.26",
      funded: "£325,239.93",
      inKind: "£0.00",
      unfunded: "£2,058.33",
      byKind: [
        { label: "Posts", cost: "£250,100.00", funded: "£248,041.67", inKind: "£0.00", unfunded: "£2,058.33" },
        { label: "GP backfill", cost: "£45,000.00", funded: "£45,000.00", inKind: "£0.00", unfunded: "£0.00" },
        { label: "Non-pay", cost: "£32,198.26", funded: "£32,198.26", inKind: "£0.00", unfunded: "£0.00" },
      ],
      byStatus: [
        { label: "Confirmed", amount: "£200,000.00" },
        { label: "Indicative", amount: "£80,000.00" },
        { label: "Requested", amount: "£45,239.93" },
        { label: "In kind", amount: "£0.00" },
        { label: "Unfunded", amount: "£2,058.33" },
      ],
    },
    issues: [anIssue()],
    ...overrides,
  };
}
