/**
 * `plankoll pay-info` (the pay transparency directive's Art. 7), tried as a new user would: on a
 * payroll openpyxl writes as another HR system exports it (scripts/fixtures/openpyxl_workbooks.py:
 * two title lines, a two-row header, other column names and order, Anställningsnummer as text,
 * AID-kod as the category, a total row), whose figures Python reckons a second time. The file
 * written is read back by openpyxl and printed by LibreOffice; nothing printed to the console
 * holds an amount; a worker not found, on two rows or on no payroll is said so, with exit 1;
 * --json, an existing file and the input as --out are refused.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/cli";
import { workbookFromRows } from "../../scripts/sampleWorkbooks";
import { openpyxlWorkbooks, printToPdf } from "../helpers/writers";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "plankoll-payinfo-"));
openpyxlWorkbooks(dir);
const payroll = join(dir, "other-payroll.xlsx");

interface Level {
  basicAnnual: number;
  variableAnnual: number;
  annual: number;
  hourly: number;
}
interface Expected {
  answers: Record<
    string,
    {
      row: number;
      category: string;
      own: Level;
      women: { count: number; average: Level | null };
      men: { count: number; average: Level | null };
      representatives: boolean;
    }
  >;
  amounts: number[];
}
const expected = JSON.parse(readFileSync(join(dir, "other-payroll.json"), "utf8")) as Expected;

/** The written sheet's rows as openpyxl reads them (values only). */
function openpyxlRows(file: string): (string | number | null)[][] {
  const script = [
    "import json, sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1])",
    "print(json.dumps({'sheets': wb.sheetnames, 'rows': [list(r) for r in wb.active.iter_rows(values_only=True)]}))",
  ].join("\n");
  const out = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" })) as {
    sheets: string[];
    rows: (string | number | null)[][];
  };
  expect(out.sheets).toHaveLength(1);
  return out.rows;
}

let n = 0;
const outFile = () => join(dir, `svar-${++n}.xlsx`);

async function run(args: string[]) {
  const { io, out, err } = capture();
  const code = await main(args, io);
  const printed = [...out, ...err].join("\n");
  // No amount of the payroll, in any form, ever reaches the console.
  for (const amount of expected.amounts) {
    expect(printed).not.toMatch(new RegExp(`\\b${amount}\\b`));
    expect(printed).not.toContain(amount.toLocaleString("sv-SE"));
  }
  return { code, out, err, printed };
}

describe("plankoll pay-info on a payroll laid out differently", () => {
  test.each(Object.keys(expected.answers))(
    "Anställningsnummer %s: the file holds their own level and the averages Python reckons",
    async (id) => {
      const want = expected.answers[id];
      const file = outFile();
      // As typed without its leading zeros, as people do.
      const { code, out } = await run(["pay-info", payroll, "--employee", String(Number(id)), "--out", file]);
      expect(code).toBe(0);
      expect(out.join("\n")).toContain(`Anst.nr ${id}`);
      expect(out.join("\n")).toContain(`rad ${want.row}`);
      const rows = openpyxlRows(file);
      const labelled = (label: string) => rows.find((r) => r[0] === label)!;
      const figures = (row: (string | number | null)[]) => row.slice(2, 6);
      const of = (l: Level) => [l.basicAnnual, l.variableAnnual, l.annual, l.hourly];
      expect(rows.some((r) => r[0] === `Kategori av arbetstagare: ${want.category} (efter kolumnen AID-kod).`)).toBe(
        true,
      );
      expect(figures(labelled("Din lönenivå"))).toEqual(of(want.own));
      for (const [label, group, who] of [
        ["Genomsnitt, kvinnor i kategorin", want.women, "kvinnor"],
        ["Genomsnitt, män i kategorin", want.men, "män"],
      ] as const) {
        const row = labelled(label);
        expect(row[1]).toBe(group.count);
        if (group.average) expect(figures(row)).toEqual(of(group.average));
        else expect(row[2]).toBe(`Inga ${who} i kategorin`);
      }
      // Fewer than three of a sex: the answer is marked for the workers' representatives, not the worker.
      expect(rows.some((r) => String(r[0]).startsWith("Till arbetstagarnas företrädare – lämnas inte"))).toBe(
        want.representatives,
      );
      expect(rows.flat()).toContain(
        "Lönenivå: bruttoårslön (grundlön och kompletterande eller rörliga delar: Bonus 2026, OB-ersättning (kr/år)) och bruttotimlön (timmar ur kolumnen Årsarbetstid, timmar).",
      );
    },
  );

  test("by row, in English: the same figures", async () => {
    const [id, want] = Object.entries(expected.answers)[1];
    const file = outFile();
    const { code, out } = await run(["pay-info", payroll, "--row", String(want.row), "--out", file, "--lang", "en"]);
    expect(code).toBe(0);
    expect(out.join("\n")).toContain(`employee no. ${id}`);
    const rows = openpyxlRows(file);
    expect(rows.find((r) => r[0] === "Your pay level")!.slice(2, 6)).toEqual([
      want.own.basicAnnual,
      want.own.variableAnnual,
      want.own.annual,
      want.own.hourly,
    ]);
  });

  test("a worker not there, on a row that is no employee's, or in a workbook without a payroll: said, exit 1, nothing written", async () => {
    const cases: [string[], string][] = [
      [["--employee", "4711"], "Anst.nr 4711 finns inte på Personal 2026."],
      [["--row", "3"], "Rad 3 på Personal 2026 är ingen anställds rad."],
    ];
    for (const [args, message] of cases) {
      const file = outFile();
      const { code, err } = await run(["pay-info", payroll, ...args, "--out", file]);
      expect(code).toBe(1);
      expect(err).toEqual([message]);
      expect(existsSync(file)).toBe(false);
    }
    const file = outFile();
    const risk = join(root, "samples", "riskanalys.xlsx");
    const { code, err } = await run(["pay-info", risk, "--row", "5", "--out", file]);
    expect(code).toBe(1);
    expect(err.join("\n")).toContain("Ingen lönelista med en rad per anställd");
    expect(existsSync(file)).toBe(false);
  });

  test("an Anst.nr on two rows: both rows named, and how to choose", async () => {
    const file = join(dir, "dubbel.xlsx");
    const header = ["Anst.nr", "Befattning", "Kön", "Månadslön"];
    const rows = Array.from({ length: 8 }, (_, i) => [
      i === 5 ? 1002 : 1001 + i,
      "Handläggare",
      i % 2 ? "K" : "M",
      30_000,
    ]);
    await workbookFromRows([{ name: "Lön", rows: [header, ...rows] }]).xlsx.writeFile(file);
    const { code, err } = await run(["pay-info", file, "--employee", "1002", "--out", outFile()]);
    expect(code).toBe(1);
    expect(err).toEqual([
      "Anst.nr 1002 står på flera rader på bladet Lön: 3, 7. Välj arbetstagarens rad.",
      "Ange arbetstagarens rad med --row RAD.",
    ]);
  });

  test("refused before anything is read: --json, no worker or both, a bad row, two files, an option of another command", async () => {
    const cases: [string[], string][] = [
      [["pay-info", payroll, "--employee", "42", "--json", "--out", outFile()], "pay-info skriver ingen JSON"],
      [["pay-info", payroll, "--out", outFile()], "pay-info behöver en, och bara en, av --employee | --row."],
      [
        ["pay-info", payroll, "--employee", "42", "--row", "8", "--out", outFile()],
        "pay-info behöver en, och bara en, av --employee | --row.",
      ],
      [
        ["pay-info", payroll, "--row", "åtta", "--out", outFile()],
        "--row behöver ett radnummer (1 eller mer), inte åtta.",
      ],
      [
        ["pay-info", payroll, payroll, "--row", "8", "--out", outFile()],
        "pay-info läser en arbetsbok åt gången, inte 2.",
      ],
      [["check", payroll, "--employee", "42"], "--employee hör inte till check; den används med pay-info."],
      [["pay-info", payroll, "--row", "8"], "pay-info behöver --out FIL.xlsx: filen som ska skrivas."],
      [["pay-info", payroll, "--row", "8", "--out", "info.csv"], "--out info.csv: Plankoll skriver en Excel-arbetsbok"],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(args);
      expect(code).toBe(2);
      expect(err[0]).toContain(message);
    }
  });

  test("never over a file: not the input, not a file that is there; a sheet not there is named", async () => {
    const copy = join(dir, "kopia.xlsx");
    copyFileSync(payroll, copy);
    const before = statSync(copy).mtimeMs;
    let result = await run(["pay-info", copy, "--row", "8", "--out", copy]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain("--out skulle skriva över");
    const there = outFile();
    expect((await run(["pay-info", copy, "--row", "8", "--out", there])).code).toBe(0);
    result = await run(["pay-info", copy, "--row", "9", "--out", there]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain("finns redan och skrivs inte över");
    expect(statSync(copy).mtimeMs).toBe(before);
    result = await run(["pay-info", copy, "--row", "8", "--sheet", "Lön", "--out", outFile()]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe("kopia.xlsx har inget blad Lön. Bladen är Personal 2026.");
    expect((await run(["pay-info", copy, "--row", "8", "--sheet", "personal 2026", "--out", outFile()])).code).toBe(0);
  });

  test("the built command through a real pipe; LibreOffice prints the file on one page", () => {
    const bin = join(root, "bin", "plankoll.js");
    if (!existsSync(join(root, "lib", "cli", "main.js")))
      throw new Error("lib/ is missing: npm test builds before running jest");
    const file = outFile();
    const [id] = Object.keys(expected.answers);
    const run = spawnSync(process.execPath, [bin, "pay-info", payroll, "--employee", id, "--out", file], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    for (const amount of expected.amounts) expect(run.stdout).not.toContain(String(amount));
    printToPdf([file], join(dir, "pdf"), join(dir, "profile"));
    const pdf = readFileSync(
      join(
        dir,
        "pdf",
        file
          .split("/")
          .pop()!
          .replace(/\.xlsx$/, ".pdf"),
      ),
    );
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(1);
  });
});
