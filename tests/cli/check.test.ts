import { mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { riskSampleWorkbook, workbookFromRows } from "../../scripts/sampleWorkbooks";
import { internalControlRisks } from "../../scripts/seedData";
import { payrollEmployees } from "../../scripts/generate";
import { readWorkbook, toCellValue, workbookGrids, writeWorkbookSettings } from "../../tools/xlsx";
import { defaultSettings } from "../../src/core";
import { roundTrip } from "../helpers/workbooks";
import { capture } from "../helpers/cli";

async function files() {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-cli-"));
  const sample = join(dir, "riskanalys.xlsx");
  await riskSampleWorkbook().xlsx.writeFile(sample);
  const clean = join(dir, "ren.xlsx");
  await workbookFromRows([
    {
      name: "Risker",
      rows: [
        ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"],
        ...internalControlRisks.map((r) => [r.process, r.nr, r.event, r.probability, r.consequence, null, r.action]),
      ],
    },
  ]).xlsx.writeFile(clean);
  return { dir, sample, clean };
}

describe("plankoll check", () => {
  test("--json prints one report per file as docs/report.md says; exit 1 with errors", async () => {
    const { sample, clean } = await files();
    const { io, out } = capture();
    const code = await main(["check", sample, clean, "--json"], io);
    expect(code).toBe(1);
    const reports = JSON.parse(out.join("\n"));
    expect(reports).toHaveLength(2);
    expect(reports[0].file).toBe("riskanalys.xlsx");
    const plan = reports[0].sheets[0];
    expect(plan).toMatchObject({ sheet: "Internkontrollplan", template: "risk", headerRow: 4, rows: 12 });
    expect(plan.result.matrix[3][3]).toEqual([7, 8]);
    expect(reports[0].sheets[3]).toMatchObject({ sheet: "Anteckningar", template: null });
    const finding = reports[0].sheets[2].findings[0];
    expect(Object.keys(finding).sort()).toEqual(["cell", "code", "message", "params", "row", "severity"]);
    // The values the message was worded from, by the names docs/templates.md gives per code.
    for (const value of Object.values(finding.params)) expect(finding.message).toContain(String(value));
    expect(Object.keys(finding.params).length).toBeGreaterThan(0);
  });

  test("--lang en reads in English throughout: severities, and each column by its English name beside the sheet's", async () => {
    const { sample } = await files();
    const { io, out } = capture();
    await main(["check", sample, "--lang", "en"], io);
    const lines = out.join("\n");
    expect(lines).toContain('  D11\tError\tRISK_LEVEL_INVALID\tProbability (Sannolikhet): "6" is not a level 1–5.');
    expect(lines).not.toMatch(/\t(Fel|Varning)\t|\tSannolikhet:/);
  });

  test("--json on the control plan with gaps: exactly its gaps, the sheet's and the workbook's", async () => {
    const { io, out } = capture();
    const file = join(__dirname, "..", "..", "samples", "internkontrollplan-med-luckor.xlsx");
    expect(await main(["check", file, "--json"], io)).toBe(1);
    const [report] = JSON.parse(out.join("\n"));
    const found = (findings: { cell: string; code: string; severity: string }[], sheet = "") =>
      findings.map((f) => `${sheet}${f.cell} ${f.code} ${f.severity}`);
    expect(report.sheets.flatMap((s: { sheet: string; findings: [] }) => found(s.findings, `${s.sheet}!`))).toEqual([
      "Uppföljning med luckor!F42 REQUIRED_MISSING error",
    ]);
    expect(
      report.workbook.findings.map((f: { sheet: string; cell: string; code: string; severity: string }) =>
        [`${f.sheet}!${f.cell}`, f.code, f.severity].join(" "),
      ),
    ).toEqual([
      "Internkontrollplan!C11 RISK_WITHOUT_CONTROL warning",
      "Internkontrollplan!C12 RISK_WITHOUT_CONTROL warning",
      "Uppföljning med luckor!B40 CONTROL_WITHOUT_RISK info",
    ]);
  });

  test("exit 0 without error findings; computed Riskvärde for an empty column", async () => {
    const { clean, dir } = await files();
    const { io } = capture();
    const outDir = join(dir, "ut");
    expect(await main(["check", clean, "--out", outDir], io)).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(outDir, "ren.xlsx"));
    expect(copy.getWorksheet("Risker")!.getCell("F9").value).toBe(16);
    expect(copy.getWorksheet("Risker")!.getCell("F2").value).toBe(9);
  });

  test("--out writes a highlighted copy under the same name; the original is untouched", async () => {
    const { sample, dir } = await files();
    const outDir = join(dir, "granskat");
    const { io, out } = capture();
    await main(["check", sample, "--out", outDir], io);
    expect(out.some((l) => l.includes("Skrev"))).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(outDir, "riskanalys.xlsx"));
    expect(copy.getWorksheet("Plankoll Granskning")).toBeDefined();
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(sample);
    expect(original.getWorksheet("Plankoll Granskning")).toBeUndefined();
  });

  test("round trip on the bundled sample: fills, computed values, and no user value changed", async () => {
    const { dir } = await files();
    const sample = join(__dirname, "..", "..", "samples", "riskanalys.xlsx");
    const outDir = join(dir, "kopia");
    const { io } = capture();
    expect(await main(["check", sample, "--out", outDir], io)).toBe(1);
    const original = workbookGrids(await readWorkbook(sample));
    const copy = await readWorkbook(join(outDir, "riskanalys.xlsx"));
    const sheet = copy.getWorksheet("Riskanalys med fel")!;
    expect((sheet.getCell("F8").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    expect(sheet.getCell("F8").note).toContain("Riskvärde 6 stämmer inte");
    expect(sheet.getCell("F10").value).toBe(20);
    expect(sheet.getCell("H10").value).toBe("Kritisk");
    for (const grid of original) {
      const ws = copy.getWorksheet(grid.sheet)!;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== "")
            expect([grid.sheet, r + 1, c + 1, toCellValue(ws.getCell(r + 1, c + 1).value)]).toEqual([
              grid.sheet,
              r + 1,
              c + 1,
              value,
            ]);
        }),
      );
    }
  });

  test("samples/riskanalys.xlsx is what the checked-in script builds from the seed", async () => {
    const bundled = workbookGrids(await readWorkbook(join(__dirname, "..", "..", "samples", "riskanalys.xlsx")));
    const built = workbookGrids(await roundTrip(riskSampleWorkbook()));
    expect(bundled).toEqual(built);
  });

  test("a file that cannot be read gives exit 2 and one line each, saying why and what to do", async () => {
    const { dir } = await files();
    const write = (name: string, bytes: Buffer | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const cfb = Buffer.from("d0cf11e0a1b11ae1", "hex");
    const cases: [string, RegExp][] = [
      [write("text.xlsx", "detta är ingen arbetsbok"), /är en textfil, ingen arbetsbok/],
      [write("tom.xlsx", ""), /är tom \(0 byte\)/],
      [
        write("trasig.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)])),
        /är ofullständig: filen slutar innan arbetsboken är hel/,
      ],
      [
        write(
          "losen.xlsx",
          Buffer.concat([cfb, Buffer.alloc(600), Buffer.from("EncryptedPackage", "utf16le"), Buffer.alloc(600)]),
        ),
        /är lösenordsskyddad \(krypterad\)/,
      ],
      [
        write("gammal.xls", Buffer.concat([cfb, Buffer.alloc(600), Buffer.from("Workbook", "utf16le")])),
        /äldre Excel-fil \(\.xls\)/,
      ],
      [join(dir, "saknas.xlsx"), /^Filen .*saknas\.xlsx finns inte\.$/],
    ];
    const { io, err } = capture();
    expect(await main(["check", ...cases.map(([file]) => file)], io)).toBe(2);
    expect(err).toHaveLength(cases.length);
    cases.forEach(([file, pattern], i) => {
      expect(err[i]).toContain(file);
      expect(err[i]).toMatch(pattern);
      expect(err[i]).not.toMatch(/\n|at .*\(|jszip|undefined/);
    });
  });

  test("an unreadable file among good ones: the good ones are still checked, exit 2", async () => {
    const { dir, sample } = await files();
    const broken = join(dir, "trasig2.xlsx");
    writeFileSync(broken, "x");
    const { io, out, err } = capture();
    expect(await main(["check", broken, sample, "--json"], io)).toBe(2);
    expect(err).toHaveLength(1);
    // The good file's report is there all the same.
    expect(out.join("\n")).toContain(basename(sample));
    expect(out.join("\n")).toContain('"template": "risk"');
  });

  test("usage errors exit 2", async () => {
    const { io, err } = capture();
    expect(await main([], io)).toBe(2);
    expect(await main(["check", "a.xlsx", "--bogus"], io)).toBe(2);
    expect(err.join("\n")).toContain("Användning");
  });

  test("the built command runs as `plankoll` (after npm run build)", async () => {
    const bin = join(__dirname, "..", "..", "bin", "plankoll.js");
    if (!existsSync(join(__dirname, "..", "..", "lib", "cli", "main.js"))) {
      throw new Error("lib/ is missing: npm test builds before running jest");
    }
    const { sample } = await files();
    const run = spawnSync(process.execPath, [bin, "check", sample, "--json"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].sheets).toHaveLength(4);
  });
});

describe("plankoll check on the indicator sample", () => {
  test("statuses, action plan and gender statistics in the JSON report", async () => {
    const { io, out } = capture();
    const sample = join(__dirname, "..", "..", "samples", "matetal.xlsx");
    expect(await main(["check", sample, "--json"], io)).toBe(1);
    const [report] = JSON.parse(out.join("\n"));
    expect(report.sheets.map((s: { template: string }) => s.template)).toEqual([
      "indicators",
      "actionplan",
      "genderstats",
      "indicators",
    ]);
    expect(report.sheets[0].result.counts).toMatchObject({ not_met: 4, missing: 3 });
    expect(report.sheets[2].result.rows[0]).toMatchObject({ shareWomen: 67.9, underrepresented: "men" });
    expect(report.sheets[3].findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(["UNIT_MISMATCH", "NOT_A_NUMBER", "REQUIRED_MISSING", "NOT_A_DATE"]),
    );
  });
});

describe("plankoll check on the payroll sample", () => {
  test("no salary reaches stdout, in JSON or in words", async () => {
    const sample = join(__dirname, "..", "..", "samples", "lonekartlaggning.xlsx");
    const employees = payrollEmployees();
    const salaries = employees.map((e) => e.salary).filter((s): s is number => typeof s === "number");
    // Lönetransparens's amounts too: annual pay, supplements over the year, variable pay.
    const amounts = [
      ...salaries.map((s) => s * 12),
      ...employees.filter((e) => e.allowance).map((e) => e.allowance * 12),
      ...employees.filter((e) => e.variable).map((e) => e.variable),
    ];
    for (const args of [["--json"], []]) {
      const { io, out, err } = capture();
      await main(["check", sample, ...args], io);
      const printed = out.join("\n") + err.join("\n");
      expect(printed).toContain("Lönelista");
      for (const salary of salaries) expect(printed).not.toContain(String(salary));
      for (const amount of amounts) expect(printed).not.toMatch(new RegExp(`\\b${amount}(\\.\\d+)?\\b`));
      if (args.length) {
        // The directive's report is there, as gaps, shares and headcounts.
        const report = JSON.parse(out.join("\n"));
        const transparency = (report.files ?? report)[0].sheets[0].result.transparency;
        expect(transparency.quartiles).toHaveLength(4);
        expect(transparency.meanGap.hourly).toEqual(expect.any(Number));
      }
    }
  });
});

describe("settings carried by the workbook", () => {
  test("the command line uses a workbook's own settings; --settings wins over them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-settings-"));
    const workbook = riskSampleWorkbook();
    writeWorkbookSettings(workbook, {
      settings: { ...defaultSettings(), risk: { lowMax: 6, mediumMax: 12, matrixZones: null } },
      language: "auto",
    });
    const file = join(dir, "med-installningar.xlsx");
    await workbook.xlsx.writeFile(file);
    const zonesOf = async (args: string[]) => {
      const { io, out } = capture();
      await main(["check", file, "--json", ...args], io);
      return JSON.parse(out.join("\n"))[0].sheets[0].result.counts;
    };
    expect(await zonesOf([])).toEqual({ low: 3, medium: 7, critical: 2 });
    const settingsFile = join(dir, "standard.json");
    writeFileSync(settingsFile, JSON.stringify({ risk: { lowMax: 4, mediumMax: 9 } }));
    expect(await zonesOf(["--settings", settingsFile])).toEqual({ low: 0, medium: 10, critical: 2 });
  });
});
