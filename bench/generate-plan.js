"use strict";
// Generates a large plan in the plan format for benchmarks: posts (with secondments, part
// months and HCAS), GP backfill and non-pay lines, split between 20 funding sources. Seeded, so
// every run costs the same plan.

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatePlan(lines, years = 3, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const startYear = 2022;
  const labels = Array.from({ length: years }, (_, i) => `${startYear + i}/${String((startYear + i + 1) % 100).padStart(2, "0")}`);
  const date = (yearOffset, month, day) => {
    const y = startYear + yearOffset + (month < 4 ? 1 : 0);
    return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  };
  const funding = Array.from({ length: 20 }, (_, i) => ({
    id: `S${i}`,
    name: `Source ${i}`,
    type: i % 7 === 6 ? "in-kind" : "cash",
    status: ["confirmed", "indicative", "requested"][i % 3],
    recurrent: i % 2 === 0,
    amounts: Object.fromEntries(labels.map((label) => [label, String(Math.round((lines * 60000) / 20))])),
  }));
  const claim = () => (next() < 0.7 ? `S${Math.floor(next() * 20)}` : [{ source: `S${Math.floor(next() * 10)}`, share: "50%" }, { source: `S${10 + Math.floor(next() * 10)}`, amount: "10000" }]);
  const dates = () => (next() < 0.4 ? {} : { start: date(Math.floor(next() * years), pick([4, 5, 6, 7, 9, 10, 1]), 1 + Math.floor(next() * 28)), end: date(years - 1, 3, 31) });
  const posts = [];
  const gpBackfill = [];
  const nonPay = [];
  for (let i = 0; i < lines; i++) {
    const roll = next();
    const common = { id: `L${i}`, title: `Line ${i}`, workstream: `Workstream ${i % 12}`, recurrent: next() < 0.5, funding: next() < 0.9 ? claim() : undefined, ...dates() };
    if (roll < 0.7) {
      const seconded = next() < 0.15;
      posts.push({
        ...common,
        employer: pick(["NHS1", "NHS2", "LA1"]),
        pay: next() < 0.85 ? { band: pick(["3", "4", "5", "6", "7", "8a", "8b", "8c"]), point: pick(["entry", "top", "mid"]) } : { salary: String(25000 + Math.floor(next() * 60000)) },
        count: 1 + Math.floor(next() * 3),
        fte: pick(["1", "0.8", "0.6", "0.5", "1"]),
        hcasZone: pick(["none", "outer", "inner", "fringe"]),
        ...(seconded ? { fill: "secondment", secondment: { from: pick(["NHS1", "LA1"]), recharge: pick(["0%", "50%", "100%"]) } } : {}),
      });
    } else if (roll < 0.8) {
      gpBackfill.push({ ...common, count: 1 + Math.floor(next() * 8), sessionsPerWeek: "1", weeksPerYear: "42", ratePerSession: "309", onCost: pick(["0%", "30%"]) });
    } else {
      nonPay.push({ ...common, category: "OD", quantity: "1", unitCost: String(1000 + Math.floor(next() * 50000)), vat: pick(["0%", "20%"]), phasing: pick(["even", "lump"]) });
    }
  }
  return {
    format: "resourcing-plan/1",
    name: `Generated plan of ${lines} lines`,
    startYear: labels[0],
    years,
    ask: { amount: String(lines * 20000), tolerance: "5%" },
    settings: { niMethod: "monthly", pensionCharge: "employer", apprenticeshipLevy: true, payAward: "3%", hcasZone: "outer" },
    employers: [
      { id: "NHS1", name: "Trust one", pension: { scheme: "NHS" } },
      { id: "NHS2", name: "Trust two", pension: { scheme: "NHS" } },
      { id: "LA1", name: "Council", pension: { scheme: "LGPS", rate: "19.5%" } },
    ],
    posts,
    gpBackfill,
    nonPay,
    funding,
  };
}

module.exports = { generatePlan, random };
