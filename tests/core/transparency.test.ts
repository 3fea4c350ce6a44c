/**
 * Lönetransparens (Directive (EU) 2023/970 Art. 9, 10): on a generated payroll of 40 000
 * employees with gaps built in on purpose, every indicator the analysis gives equals a second
 * computation made here another way (each median by the other algorithm: sorted where the
 * analysis selects, selected where it sorts; quartile bands by rank
 * counting, not by walking the sorted list), the quartile shares add up to 100 % per band,
 * categories under the small-group setting show nothing, and the 5 % rule picks out exactly
 * the categories built with a gap of 5 % or more.
 */
import { analyzeGrid, parseSettings } from "../../src/core";
import type { SalaryResult } from "../../src/core/templates/salary";
import { quartileBands, type Employee } from "../../src/core/templates/salary/transparency";
import type { CellValue, Grid } from "../../src/core/types";

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  category: string;
  woman: boolean;
  monthly: number;
  rate: number;
  allowance: number; // per month
  bonus: number; // per year
  hours: number | null;
  justification: string;
}

/** Categories with the gap (women's pay below men's, in percent) built into each. */
const CATEGORIES: [string, number][] = [
  ["Lönegrupp A", 0],
  ["Lönegrupp B", 2],
  ["Lönegrupp C", 6],
  ["Lönegrupp D", 9],
  ["Lönegrupp E", -7],
  ["Lönegrupp F", 1],
  ["Lönegrupp G", 12],
];

function payroll(count: number, withHours: boolean, seed = 7): Person[] {
  const next = random(seed);
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const [category, gap] = CATEGORIES[Math.floor(next() * CATEGORIES.length)];
    const woman = next() < 0.6;
    const base = 28_000 + CATEGORIES.findIndex((c) => c[0] === category) * 3_000 + Math.round(next() * 8_000);
    const monthly = Math.round(woman ? base * (1 - gap / 100) : base);
    const rate = next() < 0.3 ? 0.5 + Math.round(next() * 4) / 10 : 1;
    people.push({
      category,
      woman,
      monthly: Math.round(monthly * rate),
      rate,
      allowance: next() < (woman ? 0.2 : 0.35) ? 500 + Math.round(next() * 1500) : 0,
      bonus: next() < (woman ? 0.1 : 0.2) ? Math.round(next() * 20_000) : 0,
      hours: withHours ? Math.round(rate * 1_700 + next() * 200) : null,
      justification: category === "Lönegrupp G" ? "Marknadstillägg för svårrekryterade tjänster" : "",
    });
  }
  // A category too small to show: two women and many men.
  for (let i = 0; i < 12; i++)
    people.push({
      category: "Lönegrupp Liten",
      woman: i < 2,
      monthly: 40_000,
      rate: 1,
      allowance: 0,
      bonus: 0,
      hours: withHours ? 1_750 : null,
      justification: "",
    });
  return people;
}

function sheet(people: readonly Person[], withHours: boolean): Grid {
  const header = [
    "Anst.nr",
    "Befattning",
    "Lönegrupp",
    "Kön",
    "Månadslön",
    "Sysselsättningsgrad",
    "Lönetillägg per månad",
    "Bonus",
    ...(withHours ? ["Arbetade timmar"] : []),
    "Motivering",
  ];
  const values: CellValue[][] = [["Löneunderlag 2026"], [], header];
  people.forEach((p, i) =>
    values.push([
      1000 + i,
      "Handläggare",
      p.category,
      p.woman ? "K" : "M",
      p.monthly,
      p.rate,
      p.allowance || "",
      p.bonus || "",
      ...(withHours ? [p.hours!] : []),
      p.justification,
    ]),
  );
  return { sheet: "Lönelista", originRow: 1, originCol: 1, values };
}

// The second computation: annual pay, hourly pay, and the indicators from them.
const annualBasic = (p: Person) => p.monthly * 12;
const annualVariable = (p: Person) => p.allowance * 12 + p.bonus;
const hoursOf = (p: Person, fullTime: number) => p.hours ?? p.rate * fullTime;

/** The k-th smallest by quickselect (Hoare), not by sorting. */
function select(values: number[], k: number): number {
  const a = values.slice();
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j], a[i]];
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
/** The median by sorting: the analysis selects annual medians, so the test sorts them (and selects the hourly ones it sorts). */
const medianBySorting = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const medianBySelection = (values: number[]) =>
  values.length % 2
    ? select(values, values.length >> 1)
    : (select(values, values.length / 2 - 1) + select(values, values.length / 2)) / 2;
const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const gap = (women: number, men: number) => Math.round(((men - women) / men) * 1000) / 10;

function expectedGaps(people: readonly Person[], fullTime: number, everyone = false) {
  const by = (woman: boolean, f: (p: Person) => number) => people.filter((p) => p.woman === woman).map(f);
  const total = (p: Person) => annualBasic(p) + annualVariable(p);
  const hourly = (p: Person) => total(p) / hoursOf(p, fullTime);
  const hourlyVar = (p: Person) => annualVariable(p) / hoursOf(p, fullTime);
  // (b) and (d) among those who receive variable pay, or over everyone with their zeros.
  const paid = (woman: boolean, f: (p: Person) => number) =>
    people.filter((p) => p.woman === woman && (everyone || annualVariable(p) > 0)).map(f);
  return {
    meanGap: {
      annual: gap(meanOf(by(true, total)), meanOf(by(false, total))),
      hourly: gap(meanOf(by(true, hourly)), meanOf(by(false, hourly))),
    },
    medianGap: {
      annual: gap(medianBySorting(by(true, total)), medianBySorting(by(false, total))),
      hourly: gap(medianBySelection(by(true, hourly)), medianBySelection(by(false, hourly))),
    },
    variableMeanGap: {
      annual: gap(meanOf(paid(true, annualVariable)), meanOf(paid(false, annualVariable))),
      hourly: gap(meanOf(paid(true, hourlyVar)), meanOf(paid(false, hourlyVar))),
    },
    variableMedianGap: {
      annual: gap(medianBySorting(paid(true, annualVariable)), medianBySorting(paid(false, annualVariable))),
      hourly: gap(medianBySelection(paid(true, hourlyVar)), medianBySelection(paid(false, hourlyVar))),
    },
  };
}

/** Quartile bands by counting ranks: for each distinct hourly pay, the places it takes in each band. */
function expectedBands(people: readonly Person[], fullTime: number) {
  const hourly = people.map((p) => ({
    pay: (annualBasic(p) + annualVariable(p)) / hoursOf(p, fullTime),
    woman: p.woman,
  }));
  const n = hourly.length;
  const size = (k: number) => Math.floor(n / 4) + (k < n % 4 ? 1 : 0);
  const starts = [0, size(0), size(0) + size(1), size(0) + size(1) + size(2), n];
  const distinct = new Map<number, { count: number; women: number }>();
  for (const h of hourly) {
    const d = distinct.get(h.pay) ?? { count: 0, women: 0 };
    d.count++;
    if (h.woman) d.women++;
    distinct.set(h.pay, d);
  }
  const women = [0, 0, 0, 0];
  const all = [0, 0, 0, 0];
  const pays = [...distinct.keys()].sort((a, b) => a - b);
  let below = 0;
  for (const pay of pays) {
    const { count, women: w } = distinct.get(pay)!;
    const places = [0, 1, 2, 3].map((k) =>
      Math.max(0, Math.min(below + count, starts[k + 1]) - Math.max(below, starts[k])),
    );
    // Shared in proportion by sex, the remainders to the largest fractions (lower band first on a tie).
    const exact = places.map((s) => (w * s) / count);
    const given = exact.map((x) => Math.floor(x));
    const rest = [0, 1, 2, 3].sort((a, b) => exact[b] - given[b] - (exact[a] - given[a]) || a - b);
    let left = w - given.reduce((a, b) => a + b, 0);
    for (const k of rest)
      if (left > 0 && given[k] < places[k]) {
        given[k]++;
        left--;
      }
    for (let k = 0; k < 4; k++) {
      women[k] += given[k];
      all[k] += places[k];
    }
    below += count;
  }
  return [0, 1, 2, 3].map((k) => ({ women: women[k], men: all[k] - women[k] }));
}

describe.each([
  ["hours from Arbetade timmar", true],
  ["hours from Sysselsättningsgrad × a full-time year", false],
])("40 000 employees, %s", (_label, withHours) => {
  const people = payroll(40_000, withHours);
  const report = analyzeGrid(sheet(people, withHours), { today: "2026-12-01" }).reports[0];
  const result = report.result as SalaryResult;
  const t = result.transparency!;
  const fullTime = t.settings.fullTimeHours;

  test("the sheet is read as a payroll with its variable pay and hours", () => {
    expect(report.template).toBe("salary");
    expect(t.women + t.men).toBe(people.length);
    expect(t.variableColumns).toEqual(["Lönetillägg per månad", "Bonus"]);
    expect(t.hoursFrom).toBe(withHours ? "column" : "employment");
    expect(t.categoryBasis).toEqual({ kind: "column", column: "Lönegrupp" });
  });

  test("(a)–(d): mean and median gaps, and those of the variable components, on annual and hourly pay", () => {
    const expected = expectedGaps(people, fullTime);
    expect(t.meanGap).toEqual(expected.meanGap);
    expect(t.medianGap).toEqual(expected.medianGap);
    expect(t.variableMeanGap).toEqual(expected.variableMeanGap);
    expect(t.variableMedianGap).toEqual(expected.variableMedianGap);
    // The gaps built in show: women are paid less on the whole, and get less variable pay.
    expect(t.meanGap.annual!).toBeGreaterThan(0);
    expect(t.meanGap.hourly!).toBeGreaterThan(0);
    expect(t.variableMedianGap.annual).not.toBeNull();
  });

  test("(e): the shares of women and of men receiving variable pay", () => {
    const share = (woman: boolean) => {
      const group = people.filter((p) => p.woman === woman);
      return Math.round((group.filter((p) => annualVariable(p) > 0).length / group.length) * 1000) / 10;
    };
    expect(t.receivingVariable).toEqual({ women: share(true), men: share(false) });
  });

  test("(f): four equal bands by hourly pay; each band's shares add up to 100 %", () => {
    const expected = expectedBands(people, fullTime);
    expect(t.quartiles.map((b) => ({ women: b.women, men: b.men }))).toEqual(expected);
    const sizes = t.quartiles.map((b) => b.women + b.men);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(people.length);
    for (const band of t.quartiles) expect(band.womenShare + band.menShare).toBeCloseTo(100, 5);
    // The built-in gap shows: more women in the lowest band than in the highest.
    expect(t.quartiles[0].womenShare).toBeGreaterThan(t.quartiles[3].womenShare);
  });

  test("(g) and Art. 10: by category; 5 % or more either way calls for a joint assessment, a justification makes it info", () => {
    const shown = t.categories.filter((c) => !c.suppressed);
    expect(shown.map((c) => c.category).sort()).toEqual(CATEGORIES.map((c) => c[0]).sort());
    for (const c of shown) {
      const inCategory = people.filter((p) => p.category === c.category);
      expect(c.total).toEqual(expectedGaps(inCategory, fullTime).meanGap);
      const basic = (woman: boolean) => meanOf(inCategory.filter((p) => p.woman === woman).map(annualBasic));
      expect(c.basic.annual).toBe(gap(basic(true), basic(false)));
    }
    const flagged = shown
      .filter((c) => c.jointAssessment)
      .map((c) => c.category)
      .sort();
    expect(flagged).toEqual(["Lönegrupp C", "Lönegrupp D", "Lönegrupp E", "Lönegrupp G"]);
    const codes = report.findings.filter((f) => f.code.startsWith("PAY_GAP"));
    expect(codes.filter((f) => f.code === "PAY_GAP_JOINT_ASSESSMENT").map((f) => f.severity)).toEqual([
      "warning",
      "warning",
      "warning",
    ]);
    const justified = codes.filter((f) => f.code === "PAY_GAP_JUSTIFIED");
    expect(justified).toHaveLength(1);
    expect(justified[0].severity).toBe("info");
    expect(justified[0].message).toContain("Marknadstillägg för svårrekryterade tjänster");
  });

  test("privacy: a category with fewer than three of a sex shows no figure; no amount is in the result", () => {
    const small = t.categories.find((c) => c.category === "Lönegrupp Liten")!;
    expect(small).toMatchObject({ women: 2, men: 10, suppressed: true, jointAssessment: false });
    expect(small.total).toEqual({ annual: null, hourly: null });
    // Every number in the result is a percent or share (within ±100), a headcount, or a setting: no pay.
    const numbers = JSON.stringify(t)
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    const settings = Object.values(t.settings);
    const pay = numbers.filter(
      (n) => Math.abs(n) > 100 && !(Number.isInteger(n) && n <= people.length) && !settings.includes(n),
    );
    expect(pay).toEqual([]);
  });
});

test("(f) ties at a boundary are shared between the bands by sex in proportion, whatever the order of the rows", () => {
  const person = (sex: "woman" | "man", pay: number): Employee => ({
    row: 1,
    sex,
    category: null,
    categoryCell: null,
    title: null,
    annualBasic: pay,
    annualVariable: 0,
    hours: 1,
    justification: null,
  });
  // Eight paid alike, the women first: without the rule the two lowest bands would be all women.
  const alike = [..."wwwwmmmm"].map((s) => person(s === "w" ? "woman" : "man", 100));
  expect(quartileBands(alike).map((b) => [b.women, b.men])).toEqual([
    [1, 1],
    [1, 1],
    [1, 1],
    [1, 1],
  ]);
  // Ten: bands of 3, 3, 2, 2; the six paid 200 span bands 2–4 with 3 women and 3 men.
  const mixed = [
    ...[50, 60, 70, 80].map((p) => person("man", p)),
    ...[..."wwwmmm"].map((s) => person(s === "w" ? "woman" : "man", 200)),
  ];
  const bands = quartileBands(mixed);
  expect(bands.map((b) => b.women + b.men)).toEqual([3, 3, 2, 2]);
  expect(bands.map((b) => b.women)).toEqual([0, 1, 1, 1]);
  for (const b of bands) expect(b.womenShare + b.menShare).toBe(b.women + b.men ? 100 : 0);
});

describe("one variable-pay population, by the setting, said beside each figure", () => {
  const people = payroll(4_000, true);
  const analysedWith = (variablePopulation: "mixed" | "recipients" | "everyone") =>
    (
      analyzeGrid(sheet(people, true), {
        today: "2026-12-01",
        settings: parseSettings({ salary: { variablePopulation } }),
      }).reports[0].result as SalaryResult
    ).transparency!;
  const variableGap = (group: readonly Person[], everyone: boolean) => {
    const among = (woman: boolean) =>
      group.filter((p) => p.woman === woman && (everyone || annualVariable(p) > 0)).map(annualVariable);
    return gap(meanOf(among(true)), meanOf(among(false)));
  };

  test.each([
    ["mixed", false, true],
    ["recipients", false, false],
    ["everyone", true, true],
  ] as const)("%s: (b) and (d) over everyone: %s; (g) over everyone: %s", (choice, bdEveryone, gEveryone) => {
    const t = analysedWith(choice);
    const fullTime = t.settings.fullTimeHours;
    expect(t.variablePopulation).toEqual({
      bd: bdEveryone ? "everyone" : "recipients",
      g: gEveryone ? "everyone" : "recipients",
    });
    const expected = expectedGaps(people, fullTime, bdEveryone);
    expect(t.variableMeanGap).toEqual(expected.variableMeanGap);
    // Over everyone the median is 0 wherever fewer than half receive any: no gap can be told (null).
    const told = (value: number | null) => (value === null || Number.isNaN(value) ? null : value);
    expect(t.variableMedianGap).toEqual({
      annual: told(expected.variableMedianGap.annual),
      hourly: told(expected.variableMedianGap.hourly),
    });
    for (const c of t.categories.filter((c) => !c.suppressed)) {
      const inCategory = people.filter((p) => p.category === c.category);
      expect(c.variable.annual).toBe(variableGap(inCategory, gEveryone));
    }
  });
});
