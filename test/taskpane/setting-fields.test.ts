import { changedSettings, matchChoice, SETTING_FIELDS, settingProblem, type SettingField } from "../../src/taskpane/setting-fields";
import { SETTING_NAMES } from "../../src/planner/gateway";
import { someSettings } from "./fake-gateway";

function field(name: string): SettingField {
  const found = SETTING_FIELDS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe("SETTING_FIELDS", () => {
  it("has one field for every setting the gateway names", () => {
    expect(SETTING_FIELDS.map((candidate) => candidate.name).sort()).toEqual([...SETTING_NAMES].sort());
  });
});

describe("settingProblem", () => {
  it("accepts financial years and names the year that should follow", () => {
    expect(settingProblem(field("startYear"), "2021/22")).toBeUndefined();
    expect(settingProblem(field("startYear"), "2099/00")).toBeUndefined();
    expect(settingProblem(field("startYear"), "2021")).toBe('Write the financial year as "2021/22"');
    expect(settingProblem(field("startYear"), "2021/23")).toBe('"2021/23" is not a financial year: after 2021 comes 22');
  });

  it("requires a start year and a pay award but not an ask", () => {
    expect(settingProblem(field("startYear"), " ")).toBe("Start year is required");
    expect(settingProblem(field("payAward"), "")).toBe("Pay award assumption is required");
    expect(settingProblem(field("askAmount"), "")).toBeUndefined();
    expect(settingProblem(field("askTolerance"), "")).toBeUndefined();
    expect(settingProblem(field("askYear"), "")).toBeUndefined();
  });

  it("reads percentages and pounds as the Plan table does", () => {
    for (const value of ["3%", "0%", "2.5 %", "25%"]) expect(settingProblem(field("payAward"), value)).toBeUndefined();
    for (const value of ["three", "0.03", "3", "-1%", "26%"]) expect(settingProblem(field("payAward"), value)).toBe('Write a percentage from 0% to 25%, e.g. "3%" (0% for none)');
    for (const value of ["270000", "£270,000.00", "270000.5"]) expect(settingProblem(field("askAmount"), value)).toBeUndefined();
    for (const value of ["£270,00", "270k", "£1.234"]) expect(settingProblem(field("askAmount"), value)).toMatch(/amount in pounds/);
    for (const value of ["5%", "13500", "£13,500"]) expect(settingProblem(field("askTolerance"), value)).toBeUndefined();
    for (const value of ["five%", "101%", "5 percent"]) expect(settingProblem(field("askTolerance"), value)).toMatch(/^Write a percentage up to 100%/);
  });

  it("accepts only the listed choices", () => {
    expect(settingProblem(field("years"), "5")).toBeUndefined();
    expect(settingProblem(field("years"), "6")).toBe("Choose one of: 1 year, 2 years, 3 years, 4 years, 5 years");
    expect(settingProblem(field("niMethod"), "weekly")).toBe("Choose monthly (per pay month) or annual threshold");
  });
});

describe("changedSettings", () => {
  it("gives only the settings whose value differs, trimmed", () => {
    expect(changedSettings(someSettings(), someSettings({ years: "2", askAmount: " 300000 ", payAward: "0% " }))).toEqual({ years: "2", askAmount: "300000" });
    expect(changedSettings(someSettings(), someSettings())).toEqual({});
  });
});

describe("matchChoice", () => {
  it("matches a choice written in another case and leaves anything else as written", () => {
    expect(matchChoice(field("apprenticeshipLevy"), "yes")).toBe("Yes");
    expect(matchChoice(field("niMethod"), "Monthly")).toBe("monthly");
    expect(matchChoice(field("pensionCharge"), "partial")).toBe("partial");
    expect(matchChoice(field("startYear"), "2021/22")).toBe("2021/22");
  });
});
