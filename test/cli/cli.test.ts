import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempFile } from "../support/run-cli";

const EXAMPLE = join(__dirname, "..", "..", "examples", "havering-2021-22.json");

describe("resourcing demo", () => {
  it("prints the Havering example's lines, totals, ask check and flags, and exits 0", () => {
    const run = runCli(["demo"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Havering Borough Partnership");
    expect(run.stdout).toMatch(/P2\s+Project manager .*£85,542\.21/);
    expect(run.stdout).toMatch(/Total\s+£327,298\.26\s+£325,239\.93\s+£0\.00\s+£2,058\.33/);
    expect(run.stdout).toContain(
      "Ask check 2021/22: stated £270,000.00, calculated £272,058.33, variance +£2,058.33 (+0.7623%), tolerance ±£13,500.00: WITHIN TOLERANCE",
    );
    expect(run.stdout).toMatch(/SOURCE_OVER_ALLOCATED: Ask to BHR/);
    expect(run.stdout).toContain("Assumptions stated in the plan");
  });
});

describe("resourcing calculate", () => {
  it("prints the result format with --json", () => {
    const run = runCli(["calculate", EXAMPLE, "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.format).toBe("resourcing-result/1");
    expect(result.years).toEqual(["2021/22"]);
    expect(result.totals).toMatchObject({ cost: "327298.26", funded: "325239.93", inKind: "0.00", unfunded: "2058.33" });
    expect(result.ask).toEqual({ year: "2021/22", stated: "270000.00", calculated: "272058.33", variance: "2058.33", tolerance: "13500.00", withinTolerance: true });
    const p2 = result.lines.find((l: { id: string }) => l.id === "P2");
    expect(p2.years["2021/22"]).toMatchObject({ total: "85542.21", basic: "61118.67", hcas: "6622.67", employerNI: "7720.96", pension: "9741.20", levy: "338.71" });
    expect(p2.months).toHaveLength(8);
    expect(p2.months[0].month).toBe("2021-08");
    expect(result.errors).toEqual([]);
  });

  it("gives every money figure exactly two decimals", () => {
    const text = runCli(["calculate", EXAMPLE, "--json"]).stdout;
    const money = [...text.matchAll(/"(total|basic|hcas|employerNI|pension|levy|funded|inKind|unfunded|cost|available|allocated|remaining|claimed)": "([^"]*)"/g)].map((m) => m[2]);
    expect(money.length).toBeGreaterThan(100);
    for (const amount of money) expect(amount).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("prints the same summary as demo for the example file", () => {
    expect(runCli(["calculate", EXAMPLE]).stdout).toBe(runCli(["demo"]).stdout);
  });

  it("reads a file with a byte-order mark", () => {
    const file = tempFile("bom.json", `\ufeff${readFileSync(EXAMPLE, "utf8")}`);
    expect(runCli(["calculate", file]).code).toBe(0);
  });

  it("exits 1 naming a file it cannot read", () => {
    const run = runCli(["calculate", "/no/such/plan.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot read /no/such/plan.json: no such file");
  });
});

describe("usage", () => {
  it.each([
    [[], /Usage:/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["calculate"], /calculate needs a plan file/],
    [["calculate", "a.json", "b.json"], /takes one plan file; found 2/],
    [["calculate", EXAMPLE, "--xml"], /unknown option --xml/],
    [["demo", "extra"], /demo takes no arguments/],
  ])("exits 2 for %j", (args, message) => {
    const run = runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("prints help on --help and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("resourcing calculate <plan.json|plan.xlsx> [--json] [--out <result.xlsx>] [--force]");
    expect(run.stdout).toContain("resourcing template <plan.xlsx>");
    expect(run.stdout).toContain("resourcing example <plan.xlsx>");
  });
});
