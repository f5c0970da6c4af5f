import { costPlan } from "../engine/cost-plan";
import { formatFinancialYear } from "../engine/financial-year";
import { displayPennies } from "../engine/pennies";
import { haveringExample } from "../example/havering";
import { parsePlan } from "../plan-format/parse-plan";

/**
 * The task pane's first page: costs the built-in Havering example in the browser and shows its
 * ask check, proving the engine runs inside Office's web view. Later versions read the
 * workbook through the Office.js adapter.
 */
function render(root: HTMLElement): void {
  const parsed = parsePlan(haveringExample());
  if (!parsed.plan) {
    root.textContent = `The built-in example has ${parsed.errors.length} errors.`;
    return;
  }
  const result = costPlan(parsed.plan);
  const { ask } = result;
  const section = document.createElement("section");
  section.className = ask && !ask.withinTolerance ? "ask outside" : "ask";
  const heading = document.createElement("strong");
  heading.textContent = ask
    ? `Ask check ${formatFinancialYear(ask.year)}: ${ask.withinTolerance ? "within tolerance" : "outside tolerance"}`
    : "No ask stated";
  section.append(heading);
  const figures = document.createElement("dl");
  const rows: [string, bigint][] = ask
    ? [
        ["Stated", ask.stated],
        ["Calculated", ask.calculated],
        ["Variance", ask.variance],
        ["Tolerance", ask.tolerance],
      ]
    : [];
  rows.push(["Total cost", result.totals.all.cost], ["Unfunded", result.totals.all.unfunded]);
  for (const [label, amount] of rows) {
    const term = document.createElement("dt");
    term.textContent = label;
    const value = document.createElement("dd");
    value.textContent = displayPennies(amount);
    figures.append(term, value);
  }
  section.append(figures);
  const flags = document.createElement("p");
  flags.textContent = `${result.flags.length} flags on ${result.plan.name}.`;
  root.replaceChildren(section, flags);
}

const root = document.getElementById("app");
if (root) {
  const start = () => render(root);
  // Inside Office wait for Office.js; in a plain browser (or offline) render straight away.
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") void Office.onReady(start);
  else start();
}

declare const Office: { onReady?: (callback: () => void) => Promise<unknown> } | undefined;
