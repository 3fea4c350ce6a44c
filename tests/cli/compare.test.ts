/**
 * `plankoll compare LAST.xlsx THIS.xlsx [--json] [--out FILE.xlsx]`: two years of a plan laid out
 * otherwise than the seed, written by openpyxl (scripts/fixtures/openpyxl_workbooks.py year_pair:
 * the risks under one header row last year and two this year, on renamed sheets, renumbered and
 * reordered; the controls on a sheet of their own; the indicators under another name) give exactly
 * the differences built in; the samples give LAST_YEAR_EXPECTED; a workbook against itself gives
 * nothing new, removed or changed; the copy holds Plankoll Jämförelse and neither input changes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { SheetComparison } from "../../src/core/comparisonSheet";
import { capture } from "../helpers/cli";
import { openpyxlWorkbooks } from "../helpers/writers";
import { LAST_YEAR_EXPECTED } from "../../scripts/followUpSample";

const dir = mkdtempSync(join(tmpdir(), "plankoll-compare-"));
openpyxlWorkbooks(dir);
const last = join(dir, "plan-2026.xlsx");
const now = join(dir, "plan-2027.xlsx");
const samples = join(__dirname, "..", "..", "samples");

/** What year_pair built in, per this year's sheet: last year's sheet, the counts, each difference. */
const YEAR_PAIR_EXPECTED = [
  {
    sheet: "Riskanalys 2027",
    previous: "Risker 2026",
    counts: { paired: 4, added: 1, removed: 1, changed: 1 },
    differences: [
      ["RISK_ADDED", "added", "C7", "Informationssäkerhetsincident"],
      ["RISK_REMOVED", "removed", "A2", "Arbetsmiljöbrister"],
      ["RISK_CHANGED", "changed", "C4", "konsekvens 4 → 5, riskvärde 16 → 20"],
      // The contract control is gone while its risk stays critical: said on the risk.
      ["CONTROL_DROPPED", "removed", "C3", "Avtalsuppföljning"],
    ],
  },
  {
    sheet: "Indikatorer 2027",
    previous: "Nyckeltal",
    counts: { paired: 2, added: 0, removed: 0, changed: 2 },
    differences: [
      ["TARGET_LOWERED", "changed", "A2", "årsmålet är 5,5 %, förra året 5 %"],
      ["OUTCOME_TREND", "changed", "A2", "utfall 5,8 %, förra året 6,1 % (bättre)"],
      ["OUTCOME_TREND", "changed", "A3", "utfall 77 %, förra året 74 % (bättre)"],
    ],
  },
  // The control plan's controls paired by what they check: one dropped, one new; changes are not compared.
  {
    sheet: "Kontrollplan 2027",
    previous: "Kontrollplan 2026",
    counts: { paired: 2, added: 1, removed: 1, changed: null },
    differences: [],
  },
];

async function compared(args: string[]) {
  const { io, out, err } = capture();
  const code = await main(["compare", ...args], io);
  return { code, out, err };
}

async function json(lastFile: string, thisFile: string) {
  const { code, out, err } = await compared([lastFile, thisFile, "--json"]);
  const report = JSON.parse(out.join("\n")) as { file: string; previous: string; comparison: SheetComparison[] };
  return { code, err, report };
}

describe("plankoll compare", () => {
  test("two years laid out otherwise, written by openpyxl: exactly the differences built in", async () => {
    const { code, err, report } = await json(last, now);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(report).toMatchObject({ file: now, previous: last });
    expect(
      report.comparison.map((c) => ({
        sheet: c.sheet,
        previous: c.previous,
        counts: { paired: c.paired, added: c.added, removed: c.removed, changed: c.changed },
        differences: c.findings.map((f) => [f.code, f.comparison, f.cell, f.message]),
      })),
    ).toEqual(
      YEAR_PAIR_EXPECTED.map((e) => ({
        ...e,
        differences: e.differences.map(([code, kind, cell, about]) => [
          code,
          kind,
          cell,
          expect.stringContaining(about),
        ]),
      })),
    );
  });

  test("the text: per sheet what it was compared with, then each difference on its cell", async () => {
    const { code, out } = await compared([last, now]);
    expect(code).toBe(0);
    expect(out.filter((l) => !l.startsWith("  "))).toEqual([
      "Riskanalys 2027: Jämfört med förra årets blad Risker 2026: i båda åren 4 (ändrade 1), nya 1, borttagna 1.",
      "Indikatorer 2027: Jämfört med förra årets blad Nyckeltal: i båda åren 2 (ändrade 2), nya 0, borttagna 0.",
      "Kontrollplan 2027: Jämfört med förra årets blad Kontrollplan 2026: i båda åren 2, nya 1, borttagna 1.",
    ]);
    expect(out).toContain(
      "  'Riskanalys 2027'!C7\tNy\tRISK_ADDED\tRisken \"Informationssäkerhetsincident\" fanns inte i förra årets riskanalys (Risker 2026).",
    );
    const english = await compared([last, now, "--lang", "en"]);
    expect(english.out[0]).toBe(
      "Riskanalys 2027: Compared with last year's sheet Risker 2026: in both years 4 (1 changed), new 1, removed 1.",
    );
  });

  test("the samples: this year's follow-up against last year's plan gives exactly the planned differences", async () => {
    const { code, report } = await json(
      join(samples, "internkontrollplan-forra-aret.xlsx"),
      join(samples, "internkontrollplan-uppfoljning-t2.xlsx"),
    );
    expect(code).toBe(0);
    const found = report.comparison.flatMap((c) => c.findings.map((f) => [f.code, c.sheet, f.message] as const));
    expect(found.map(([code, sheet]) => [code, sheet])).toEqual(
      LAST_YEAR_EXPECTED.map(([code, sheet]) => [code, sheet]),
    );
    found.forEach(([, , message], i) => expect(message).toContain(LAST_YEAR_EXPECTED[i][2]));
  });

  test("a workbook against itself: every table compared with itself, nothing new, removed or changed", async () => {
    const { code, report } = await json(now, now);
    expect(code).toBe(0);
    expect(report.comparison.map((c) => [c.sheet, c.previous, c.added, c.removed, c.changed ?? 0])).toEqual(
      YEAR_PAIR_EXPECTED.map((e) => [e.sheet, e.sheet, 0, 0, 0]),
    );
    // Only what says "the same": the indicators' unchanged outcomes.
    expect(new Set(report.comparison.flatMap((c) => c.findings.map((f) => f.comparison)))).toEqual(
      new Set(["unchanged"]),
    );
  });

  test("--out: this year's copy with Plankoll Jämförelse, as openpyxl reads it; neither input changed", async () => {
    const before = [readFileSync(last), readFileSync(now)];
    const target = join(dir, "out", "plan-2027-jamford.xlsx");
    const { code, out } = await compared([last, now, "--out", target]);
    expect(code).toBe(0);
    expect(out[out.length - 1]).toBe(`Skrev ${target}`);
    expect([readFileSync(last), readFileSync(now)]).toEqual(before);
    const script =
      "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb['Plankoll Jämförelse']\n" +
      "print('\\n'.join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))";
    const cells = execFileSync("/usr/bin/python3", ["-c", script, target], { encoding: "utf8" }).split("\n");
    expect(cells).toContain("Jämfört med förra årets blad Risker 2026: i båda åren 4 (ändrade 1), nya 1, borttagna 1.");
    expect(cells.filter((c) => c === "Ny" || c === "Borttagen" || c === "Ändrad")).toHaveLength(7);
  });

  test("refused: one workbook, --out over an input; nothing to compare is said (exit 1)", async () => {
    const one = await compared([now]);
    expect(one.code).toBe(2);
    expect(one.err[0]).toBe("compare läser två arbetsböcker, förra årets och sedan årets, inte 1.");
    const before = readFileSync(last);
    const over = await compared([last, now, "--out", last]);
    expect(over.code).toBe(2);
    expect(over.err[0]).toContain("skulle skriva över");
    expect(readFileSync(last)).toEqual(before);
    const unlike = await compared([join(samples, "kus-socialforvaltningen.xlsx"), now]);
    expect(unlike.code).toBe(1);
    expect(unlike.out).toEqual([]);
    expect(unlike.err).toEqual([
      `${now} och ${join(samples, "kus-socialforvaltningen.xlsx")}: ingen tabell i årets arbetsbok har någon av samma slag i förra årets, så inget jämfördes. Plankoll jämför riskanalyser, internkontrollplaner, indikatorer, handlingsplaner och KUS-ansökningar.`,
    ]);
    const missing = await compared([join(dir, "finns-inte.xlsx"), now]);
    expect(missing.code).toBe(2);
  });
});

describe("the follow-up sample through the command line", () => {
  test("--json: exactly its gaps, each on its control's row", async () => {
    const { FOLLOW_UP_EXPECTED, followUpRows } = await import("../../scripts/followUpSample");
    const { rowOf } = followUpRows();
    const { io, out } = capture();
    await main(["check", join(samples, "internkontrollplan-uppfoljning-t2.xlsx"), "--json"], io);
    const [report] = JSON.parse(out.join("\n")) as {
      sheets: { sheet: string; template: string | null; findings: { code: string; row: number }[] }[];
    }[];
    const plan = report.sheets.find((s) => s.template === "controls")!;
    const expected = Object.entries(FOLLOW_UP_EXPECTED.findings).flatMap(([code, keys]) =>
      keys.map((k) => [code, rowOf[k]]),
    );
    const sort = (list: (string | number)[][]) => [...list].sort((a, b) => String(a).localeCompare(String(b)));
    expect(sort(plan.findings.map((f) => [f.code, f.row]))).toEqual(sort(expected));
  });
});
