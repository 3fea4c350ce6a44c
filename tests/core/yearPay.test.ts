/**
 * Pay over the reference year (issue 31, item 2): a payroll with joiners, leavers, workers gone
 * before the year or starting after it, hourly-paid workers and every component (a supplement per
 * month, variable pay, bonus, one-off payments, OB, overtime, mertid, jour, beredskap, benefits,
 * commission) gives every indicator equal to a second computation here — the part of the year
 * counted day by day, the bands by rank over distinct hourly pay, each component's gap per
 * category from its own column — laid out as a snapshot (monthly pay and Timlön) and as amounts
 * paid (Utbetald lön, Betalda timmar).
 */
import { analyzeGrid, analyzeWorkbook } from "../../src/core";
import { context } from "../../src/core/analyze";
import type { SalaryResult } from "../../src/core/templates/salary";
import { payReportFiles } from "../../src/core/templates/salary/payReport";
import { partOfYear } from "../../src/core/templates/salary/yearPay";
import { registerOf } from "../../src/core/templates/salary/register";
import type { CellValue, Grid } from "../../src/core/types";
import { seededRandom } from "../../scripts/generate";

const YEAR = 2026;
const FULL_TIME = 2080;
/** The components as the payroll heads them; the first is per month. */
const COMPONENTS = [
  "Lönetillägg per månad",
  "Rörlig lön",
  "Bonus",
  "Engångsbelopp",
  "OB-tillägg",
  "Övertid",
  "Mertid",
  "Jour",
  "Beredskap",
  "Naturaförmåner",
  "Provision",
];
const CATEGORIES = ["Grupp A", "Grupp B", "Grupp C", "Grupp D", "Grupp E"];

interface Person {
  id: number;
  category: string;
  woman: boolean;
  /** Monthly pay as it stands, or null for the hourly-paid. */
  monthly: number | null;
  hourlyRate: number | null;
  rate: number;
  from: string | null;
  to: string | null;
  /** Hours worked or paid in the year, where the sheet gives them. */
  hours: number | null;
  parts: number[];
  /** The amount paid in the year (the paid layout). */
  paid: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function people(count: number): Person[] {
  const next = seededRandom(31);
  const out: Person[] = [];
  for (let i = 0; i < count; i++) {
    const c = Math.floor(next() * CATEGORIES.length);
    const woman = next() < 0.55;
    const hourly = next() < 0.15;
    const rate = hourly ? 1 : next() < 0.3 ? 0.5 + Math.round(next() * 4) / 10 : 1;
    // Joiners, leavers, those gone before the year and those starting after it.
    const kind = next();
    const day = (y: number) => iso(new Date(Date.UTC(y, 0, 1 + Math.floor(next() * 360))));
    const from = kind < 0.1 ? day(YEAR) : kind < 0.15 ? day(YEAR + 1) : kind < 0.5 ? day(2015) : null;
    const to = kind > 0.9 ? day(YEAR) : kind > 0.87 ? day(YEAR - 1) : null;
    const gap = [0, 3, 6, 9, -4][c] / 100;
    // Odd öre: every hourly pay is distinct, so the bands need no tie rule.
    const monthly = hourly
      ? null
      : Math.round((30_000 + c * 2_500 + next() * 9_000) * (woman ? 1 - gap : 1) * rate) + i / 1000;
    const hourlyRate = hourly ? Math.round((170 + c * 12 + next() * 60) * (woman ? 1 - gap : 1) * 100) / 100 : null;
    const hours = hourly
      ? Math.round(300 + next() * 1_400)
      : next() < 0.5
        ? Math.round(rate * 1_900 + next() * 150)
        : null;
    const parts = COMPONENTS.map((_, k) =>
      next() < (woman ? 0.25 : 0.35) ? Math.round(200 + next() * (k === 0 ? 2_000 : 15_000)) : 0,
    );
    out.push({
      id: 5000 + i,
      category: CATEGORIES[c],
      woman,
      monthly,
      hourlyRate,
      rate,
      from,
      to,
      hours,
      parts,
      paid: 0,
    });
    out[i].paid = Math.round(120_000 + next() * 400_000) + i;
  }
  return out;
}

/** The part of the year employed, counted day by day. */
function daysPart(p: Person): number {
  let days = 0;
  let inYear = 0;
  for (let d = new Date(Date.UTC(YEAR, 0, 1)); d.getUTCFullYear() === YEAR; d.setUTCDate(d.getUTCDate() + 1)) {
    inYear++;
    const day = iso(d);
    if ((p.from === null || day >= p.from) && (p.to === null || day <= p.to)) days++;
  }
  return days / inYear;
}

function grid(list: readonly Person[], paid: boolean): Grid {
  const header = [
    "Anst.nr",
    "Befattning",
    "Lönegrupp",
    "Kön",
    ...(paid ? [`Utbetald lön ${YEAR}`, "Betalda timmar"] : ["Månadslön", "Timlön", "Arbetade timmar"]),
    "Sysselsättningsgrad",
    "Anställd från",
    "Anställd till",
    ...COMPONENTS,
  ];
  const values: CellValue[][] = [[`Lönelista ${YEAR}`], [], header];
  for (const p of list)
    values.push([
      p.id,
      "Handläggare",
      p.category,
      p.woman ? "K" : "M",
      ...(paid
        ? [p.paid, p.hours ?? Math.round(p.rate * FULL_TIME)]
        : [p.monthly ?? "", p.hourlyRate ?? "", p.hours ?? ""]),
      p.rate,
      p.from ?? "",
      p.to ?? "",
      ...p.parts.map((x) => x || ""),
    ]);
  return { sheet: "Lönelista", originRow: 1, originCol: 1, values };
}

/** The second computation: each person's year, then the indicators. */
function expected(list: readonly Person[], paid: boolean) {
  const counted = list
    .map((p) => ({ p, part: daysPart(p) }))
    .filter(({ part }) => part > 0)
    .map(({ p, part }) => {
      const hours = paid ? (p.hours ?? Math.round(p.rate * FULL_TIME)) : (p.hours ?? p.rate * FULL_TIME * part);
      const basic = paid ? p.paid : p.hourlyRate !== null ? p.hourlyRate * hours : p.monthly! * 12 * part;
      const parts = p.parts.map((x, k) => (k === 0 ? x * 12 * part : x));
      const variable = parts.reduce((a, b) => a + b, 0);
      return { p, basic, parts, variable, hours, total: basic + variable };
    });
  const gap = (w: number, m: number) => (m === 0 ? null : Math.round(((m - w) / m) * 1000) / 10);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  type C = (typeof counted)[number];
  const of = (woman: boolean, f: (c: C) => number, only: (c: C) => boolean = () => true) =>
    counted.filter((c) => c.p.woman === woman && only(c)).map(f);
  const both = (stat: (xs: number[]) => number, f: (c: C) => number, only?: (c: C) => boolean) =>
    gap(stat(of(true, f, only)), stat(of(false, f, only)));
  const receiving = (c: C) => c.variable > 0;
  const byHourly = [...counted].sort((a, b) => a.total / a.hours - b.total / b.hours);
  const n = byHourly.length;
  const sizes = [0, 1, 2, 3].map((k) => Math.floor(n / 4) + (k < n % 4 ? 1 : 0));
  let start = 0;
  const bands = sizes.map((size) => {
    const band = byHourly.slice(start, (start += size));
    return { women: band.filter((c) => c.p.woman).length, men: band.filter((c) => !c.p.woman).length };
  });
  const categories = CATEGORIES.map((name) => {
    const inCat = (c: C) => c.p.category === name;
    return {
      name,
      components: COMPONENTS.map((_, k) => ({
        annual: gap(mean(of(true, (c) => c.parts[k], inCat)), mean(of(false, (c) => c.parts[k], inCat))),
        hourly: gap(
          mean(of(true, (c) => c.parts[k] / c.hours, inCat)),
          mean(of(false, (c) => c.parts[k] / c.hours, inCat)),
        ),
      })),
      total: {
        annual: both(mean, (c) => c.total, inCat),
        hourly: both(mean, (c) => c.total / c.hours, inCat),
      },
    };
  });
  // The register: the whole payroll, then each category; basic pay, each component, the pay level.
  const register = [null, ...CATEGORIES].flatMap((name) => {
    const inGroup = (c: C) => name === null || c.p.category === name;
    const amounts: ((c: C) => number)[] = [
      (c) => c.basic,
      ...COMPONENTS.map((_, k) => (c: C) => c.parts[k]),
      (c) => c.total,
    ];
    return amounts.map((f) => ({
      category: name,
      mean: {
        women: Math.round(mean(of(true, f, inGroup))),
        men: Math.round(mean(of(false, f, inGroup))),
        gap: both(mean, f, inGroup),
      },
      median: {
        women: Math.round(median(of(true, f, inGroup))),
        men: Math.round(median(of(false, f, inGroup))),
        gap: both(median, f, inGroup),
      },
    }));
  });
  return {
    register,
    counted: counted.length,
    women: counted.filter((c) => c.p.woman).length,
    hourlyPaid: paid ? 0 : counted.filter((c) => c.p.hourlyRate !== null).length,
    meanGap: { annual: both(mean, (c) => c.total), hourly: both(mean, (c) => c.total / c.hours) },
    medianGap: { annual: both(median, (c) => c.total), hourly: both(median, (c) => c.total / c.hours) },
    variableMeanGap: {
      annual: both(mean, (c) => c.variable, receiving),
      hourly: both(mean, (c) => c.variable / c.hours, receiving),
    },
    variableMedianGap: {
      annual: both(median, (c) => c.variable, receiving),
      hourly: both(median, (c) => c.variable / c.hours, receiving),
    },
    bands,
    categories,
    outside: list.length - counted.length,
    partYear: counted.filter((c) => daysPart(c.p) < 1).length,
  };
}

const list = people(900);

describe.each([
  ["a snapshot: monthly pay, Timlön and hours for the hourly-paid", false],
  ["amounts paid: Utbetald lön and Betalda timmar", true],
])("joiners, leavers, hourly-paid and every component — %s", (_label, paid) => {
  const report = analyzeGrid(grid(list, paid), { today: "2026-12-01" }).reports[0];
  const result = report.result as SalaryResult;
  const t = result.transparency!;
  const want = expected(list, paid);

  test("who is counted, and on which basis the report says it is", () => {
    expect(report.template).toBe("salary");
    expect(t.settings.referenceYear).toBe(YEAR);
    expect(t.women + t.men).toBe(want.counted);
    expect(t.women).toBe(want.women);
    expect(t.variableColumns).toEqual(COMPONENTS);
    expect(t.yearBasis).toEqual({
      pay: paid ? "paid" : "snapshot",
      paidColumn: paid ? `Utbetald lön ${YEAR}` : null,
      dates: ["Anställd från", "Anställd till"],
      hourlyPaid: want.hourlyPaid,
      partYear: want.partYear,
      outside: want.outside,
    });
    expect(report.findings.filter((f) => f.code === "PAY_OUTSIDE_YEAR")).toHaveLength(want.outside);
    expect(report.findings.filter((f) => f.code === "PAY_COLUMN_NOT_READ")).toEqual([]);
  });

  test("(a)–(d) equal the second computation", () => {
    expect(t.meanGap).toEqual(want.meanGap);
    expect(t.medianGap).toEqual(want.medianGap);
    expect(t.variableMeanGap).toEqual(want.variableMeanGap);
    expect(t.variableMedianGap).toEqual(want.variableMedianGap);
  });

  test("(f): the bands by rank", () => {
    expect(t.quartiles.map(({ women, men }) => ({ women, men }))).toEqual(want.bands);
  });

  test("(g): each category's pay level and each component kept apart", () => {
    for (const c of want.categories) {
      const got = t.categories.find((g) => g.category === c.name)!;
      expect(got.total).toEqual(c.total);
      expect(got.components).toEqual(c.components);
    }
  });

  test("the pay register: mean and median of each part of pay by sex, whole payroll and per category", () => {
    const got = registerOf(t)!;
    // The categories in the order they come on the sheet.
    const order = [null, ...t.categories.map((c) => c.category)];
    const sorted = [...want.register].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
    expect(got.map((l) => l.category)).toEqual(sorted.map((l) => l.category));
    // Whole kronor, within one: the part of a year is reckoned from days here, from time there.
    got.forEach((line, i) => {
      for (const stat of ["mean", "median"] as const) {
        const [a, b] = [line[stat]!, sorted[i][stat]];
        expect(Math.abs(a.women - b.women)).toBeLessThanOrEqual(1);
        expect(Math.abs(a.men - b.men)).toBeLessThanOrEqual(1);
        expect(a.gap).toEqual(b.gap);
      }
    });
    expect(
      registerOf(t)!
        .map((l) => (l.part.kind === "component" ? l.part.column : l.part.kind))
        .slice(0, 13),
    ).toEqual(["basic", ...COMPONENTS, "total"]);
  });

  test("the export names the basis and each component, and no amount", () => {
    const files = payReportFiles([{ sheet: "Lönelista", result }], context({ today: "2026-12-01" }) as never);
    const json = JSON.parse(files.find((f) => f.name === "lonetransparens.json")!.text)[0];
    expect(json.payBasis).toBe(paid ? "paid" : "snapshot");
    expect(json.notInYearWorkers).toBe(want.outside);
    expect(json.categories[0].components.map((c: { component: string }) => c.component)).toEqual(COMPONENTS);
    const parts = files
      .find((f) => f.name === "lonetransparens-lonedelar.csv")!
      .text.trim()
      .split("\r\n");
    expect(parts).toHaveLength(1 + CATEGORIES.length * COMPONENTS.length);
    const everyText = files.map((f) => f.text).join("\n");
    for (const p of list.slice(0, 200)) {
      expect(everyText).not.toContain(String(p.paid));
      if (p.monthly !== null) expect(everyText).not.toContain(String(Math.round(p.monthly)));
    }
  });
});

describe("the part of a year", () => {
  test("whole, none, from a day, to a day (inclusive), across the turn of the year", () => {
    expect(partOfYear(2026, null, null)).toBe(1);
    expect(partOfYear(2026, "2027-01-01", null)).toBe(0);
    expect(partOfYear(2026, null, "2025-12-31")).toBe(0);
    expect(partOfYear(2026, "2026-12-31", null)).toBeCloseTo(1 / 365, 12);
    expect(partOfYear(2026, "2026-01-01", "2026-01-01")).toBeCloseTo(1 / 365, 12);
    expect(partOfYear(2028, "2027-06-01", "2028-06-30")).toBeCloseTo(182 / 366, 12);
  });
});

describe("hourly-paid without hours, and a pay form column", () => {
  test("Timavlönad Ja reads the pay column as an hourly rate; without hours the row is not counted, and said", () => {
    const values: CellValue[][] = [
      ["Befattning", "Kön", "Lön", "Timavlönad", "Arbetade timmar"],
      ["Vårdbiträde", "K", 180, "Ja", 1000],
      ["Vårdbiträde", "M", 190, "Ja", ""],
      ["Vårdbiträde", "K", 28000, "Nej", ""],
      ["Vårdbiträde", "M", 29000, "", ""],
    ];
    const report = analyzeGrid({ sheet: "Lön", originRow: 1, originCol: 1, values }, { today: "2026-12-01" })
      .reports[0];
    const t = (report.result as SalaryResult).transparency!;
    expect(t.women + t.men).toBe(3);
    expect(t.yearBasis.hourlyPaid).toBe(2);
    const missing = report.findings.filter((f) => f.code === "PAY_HOURS_MISSING");
    expect(missing.map((f) => f.cell)).toEqual(["D3"]);
    // The lönekartläggning compares full-time monthly pay: 180 kr an hour is 180 × 2 080 / 12.
    const position = (report.result as SalaryResult).positions[0];
    expect(position.womenMean).toBeCloseTo((180 * FULL_TIME) / 12 / 2 + 28000 / 2, 2);
  });
});

describe("a pay improvement after leave (Art. 10(2)(d))", () => {
  // Grupp A: 4 women (3 returned, 2 raised), 3 men (1 returned, not raised); Grupp B: 2 women, too few.
  const rows: [string, string, number, string, string][] = [
    ["Grupp A", "K", 30000, "Ja", "Ja"],
    ["Grupp A", "K", 30500, "2026-03-01", "1200"],
    ["Grupp A", "K", 31000, "Ja", "Nej"],
    ["Grupp A", "K", 31500, "", ""],
    ["Grupp A", "M", 36000, "Ja", "Nej"],
    ["Grupp A", "M", 36500, "Nej", ""],
    ["Grupp A", "M", 37000, "", ""],
    ["Grupp B", "K", 30000, "Ja", "Ja"],
    ["Grupp B", "K", 30000, "", ""],
    ["Grupp B", "M", 40000, "", ""],
    ["Grupp B", "M", 40000, "", ""],
    ["Grupp B", "M", 40000, "", ""],
  ];
  const values: CellValue[][] = [
    ["Befattning", "Lönegrupp", "Kön", "Månadslön", "Återkommit från föräldraledighet", "Lönehöjning efter ledighet"],
    ...rows.map(([group, sex, pay, back, raise]) => ["Handläggare", group, sex, pay, back, raise]),
  ];
  const { sheets: reports, plan } = analyzeWorkbook([{ sheet: "Lön", originRow: 1, originCol: 1, values }], {
    today: "2027-06-01",
  });
  const t = (reports[0].result as SalaryResult).transparency!;

  test("the shares of those who returned, counted per category; a small category's are kept back", () => {
    expect(t.leaveColumns).toEqual(["Återkommit från föräldraledighet", "Lönehöjning efter ledighet"]);
    const a = t.categories.find((c) => c.category === "Grupp A")!;
    expect(a.leave).toEqual({
      womenReturned: 3,
      menReturned: 1,
      womenRaised: 2,
      menRaised: 0,
      womenShare: 66.7,
      menShare: 0,
    });
    expect(t.categories.find((c) => c.category === "Grupp B")!.leave).toBeNull();
  });

  test("the joint assessment's point (e) says them, instead of a box to fill in", () => {
    const sheet = plan.newSheets.find((s) => s.name === "Plankoll Gemensam lönebedömning")!;
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts).toContain("Kvinnor 66,7 % (2 av 3 som återkom), män 0 % (0 av 1 som återkom) – enligt lönelistan.");
    expect(texts.filter((x) => x.startsWith("Andel kvinnor / andel män"))).toHaveLength(1);
  });

  test("the pay register's sheet: a line per part of pay, a small category's one line without amounts", () => {
    const sheet = plan.newSheets.find((x) => x.name === "Plankoll Löneregister")!;
    const rowsOf = (name: string) => {
      const starts = sheet.cells.filter((c) => c.col === 1 && String(c.value).includes(name)).map((c) => c.row);
      return starts.map((row) => sheet.cells.filter((c) => c.row === row));
    };
    // A small category: one line, for the pay level, saying why it shows nothing.
    const small = rowsOf("(Grupp B)");
    expect(small).toHaveLength(1);
    expect(small[0][1].value).toBe("Lönenivå (allt)");
    for (const cells of small) {
      expect(cells.some((c) => String(c.value).startsWith("Visas inte"))).toBe(true);
      expect(cells.filter((c) => typeof c.value === "number").map((c) => c.value)).toEqual([2, 3]);
    }
    const whole = rowsOf("Hela lönelistan");
    expect(whole.map((cells) => cells[1].value)).toEqual(["Grundlön", "Lönenivå (allt)"]);
    // The six women's mean pay over a year.
    expect(whole[0][4].value).toBe(Math.round(((30000 + 30500 + 31000 + 31500 + 30000 + 30000) * 12) / 6));
  });
});
