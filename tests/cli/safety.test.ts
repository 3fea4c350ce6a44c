/** A command line that never harms a file: inputs never overwritten, outputs never colliding, whole reports through pipes. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { main } from "../../src/cli/main";
import { riskSampleWorkbook, workbookFromRows } from "../../scripts/sampleWorkbooks";
import { riskRegisterRows } from "../../scripts/generate";
import { capture } from "../helpers/cli";

async function folder() {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-safety-"));
  const plan = join(dir, "plan.xlsx");
  await riskSampleWorkbook().xlsx.writeFile(plan);
  return { dir, plan };
}

describe("never writes over an input", () => {
  test("--out into the input's own folder refuses, and the original stays byte for byte", async () => {
    const { dir, plan } = await folder();
    const before = readFileSync(plan);
    for (const out of [dir, ".", join(dir, ".")]) {
      const { io, err } = capture();
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        expect(await main(["check", out === "." ? "plan.xlsx" : plan, "--out", out], io)).toBe(2);
      } finally {
        process.chdir(cwd);
      }
      expect(err[0]).toMatch(/^Avbrutet, inget skrevs: --out .* skulle skriva över originalet .*plan\.xlsx/);
      expect(readFileSync(plan).equals(before)).toBe(true);
    }
  });

  test("consolidate refuses to write its summary over one of its inputs", async () => {
    const { plan } = await folder();
    const before = readFileSync(plan);
    const { io, err } = capture();
    expect(await main(["consolidate", plan, "--out", plan], io)).toBe(2);
    expect(err[0]).toContain("skulle skriva över");
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  test("template never replaces an existing file", async () => {
    const { plan } = await folder();
    const before = readFileSync(plan);
    const { io, err } = capture();
    expect(await main(["template", "risk", "--out", plan], io)).toBe(2);
    expect(err[0]).toContain("finns redan");
    expect(readFileSync(plan).equals(before)).toBe(true);
  });
});

describe("outputs never collide; folders, lock files and repeats", () => {
  test("two inputs of the same name from different folders keep their folders under --out", async () => {
    const { dir, plan } = await folder();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    copyFileSync(plan, join(dir, "a", "plan.xlsx"));
    copyFileSync(plan, join(dir, "b", "plan.xlsx"));
    const out = join(dir, "ut");
    const { io } = capture();
    await main(["check", join(dir, "a", "plan.xlsx"), join(dir, "b", "plan.xlsx"), "--out", out], io);
    expect(existsSync(join(out, "a", "plan.xlsx"))).toBe(true);
    expect(existsSync(join(out, "b", "plan.xlsx"))).toBe(true);
  });

  test("a folder is checked recursively; Excel's lock files and a file given twice are set aside with a note", async () => {
    const { dir, plan } = await folder();
    mkdirSync(join(dir, "under"));
    copyFileSync(plan, join(dir, "under", "annan.xlsx"));
    writeFileSync(join(dir, "~$plan.xlsx"), "lock");
    writeFileSync(join(dir, "anteckning.txt"), "ingen arbetsbok");
    const { io, out, err } = capture();
    expect(await main(["check", dir, plan, "--json"], io)).toBe(1);
    const reports = JSON.parse(out.join("\n"));
    expect(reports.map((r: { file: string }) => r.file)).toEqual(["plan.xlsx", join("under", "annan.xlsx")]);
    expect(err.some((l) => l.includes("~$plan.xlsx") && l.includes("låsfil"))).toBe(true);
    expect(err.some((l) => l.includes("samma fil"))).toBe(true);
    // The folder's copies keep its layout.
    const { io: io2 } = capture();
    await main(["check", dir, "--out", join(tmpdir(), `plankoll-ut-${process.pid}`)], io2);
    expect(existsSync(join(tmpdir(), `plankoll-ut-${process.pid}`, "under", "annan.xlsx"))).toBe(true);
  });
});

describe("options", () => {
  test("--help lists every option and exits 0; --version", async () => {
    const { io, out } = capture();
    expect(await main(["--help"], io)).toBe(0);
    for (const option of [
      "--out",
      "--json",
      "--lang",
      "--settings",
      "--help",
      "--version",
      "check",
      "consolidate",
      "template",
    ])
      expect(out.join("\n")).toContain(option);
    const v = capture();
    expect(await main(["--version"], v.io)).toBe(0);
    expect(v.out[0]).toMatch(/^plankoll \d+\.\d+\.\d+$/);
  });

  test("unknown options, templates and languages are refused by name", async () => {
    const cases: [string[], RegExp][] = [
      [["check", "a.xlsx", "--bogus"], /Okänd flagga: --bogus/],
      [
        ["template", "riskplan", "--out", "x.xlsx"],
        /Okänd mall: riskplan\. Mallarna är risk \(riskanalys\), .*controls \(kontroller\)/,
      ],
      [["template", "--out", "x.xlsx"], /Ange vilken mall som ska skrivas: risk \(riskanalys\)/],
      [["template", "risk"], /template behöver --out FIL\.xlsx/],
      [["check", "a.xlsx", "--lang", "de"], /Okänt värde för --lang: de\. Välj sv, en\./],
      [["check", "a.xlsx", "--out"], /--out behöver ett värde/],
      [
        ["granska", "a.xlsx"],
        /Okänt kommando: granska\. Kommandona är check, compare, consolidate, clear, template, pay-info\./,
      ],
    ];
    for (const [args, message] of cases) {
      const { io, err } = capture();
      expect(await main(args, io)).toBe(2);
      expect(err[0]).toMatch(message);
    }
  });

  test("a bad settings file gets one whole message naming each field; a misspelt key is an error", async () => {
    const { dir, plan } = await folder();
    const file = join(dir, "inst.json");
    writeFileSync(file, JSON.stringify({ risk: { lowMax: 30, mediumMaxx: 9 }, salary: { lowLimit: "90" } }));
    const { io, err } = capture();
    expect(await main(["check", plan, "--settings", file], io)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain("okänt fält risk.mediumMaxx");
    expect(err[0]).toContain("risk.lowMax får vara högst 24");
    expect(err[0]).toContain("salary.lowLimit ska vara ett tal");
    expect(err[0]).toContain("risk.lowMax: Högsta värdet för låg zon måste vara lägre än för medium zon.");
    writeFileSync(file, "{ inte json");
    const bad = capture();
    expect(await main(["check", plan, "--settings", file], bad.io)).toBe(2);
    expect(bad.err[0]).toBe(
      `Inställningsfilen ${file} är inte giltig JSON: på rad 1, kolumn 3 står «i», men där ska stå ett fältnamn inom "citattecken" (eller } om gruppen är slut).`,
    );
  });
});

describe("real pipes", () => {
  test("--json | cat gives the whole report, over 1 MB", async () => {
    const bin = join(__dirname, "..", "..", "bin", "plankoll.js");
    if (!existsSync(join(__dirname, "..", "..", "lib", "cli", "main.js")))
      throw new Error("lib/ is missing: npm test builds before running jest");
    const dir = mkdtempSync(join(tmpdir(), "plankoll-pipe-"));
    const file = join(dir, "stor.xlsx");
    await workbookFromRows([{ name: "Risker", rows: riskRegisterRows(5000) }]).xlsx.writeFile(file);
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check "${file}" --json | cat`], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stdout.length).toBeGreaterThan(1_000_000);
    const reports = JSON.parse(run.stdout);
    expect(reports[0].sheets[0].rows).toBe(5000);
    // A reader that stops early closes the pipe: no crash, nothing on stderr.
    const early = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check "${file}" | head -1`], {
      encoding: "utf8",
    });
    expect(early.stdout.split("\n")[0]).toContain("stor.xlsx");
    expect(early.stderr).toBe("");
  }, 60_000);
});

describe("copies Plankoll cannot write into safely", () => {
  test("a copy highlighted the old way (exceljs) is refused in words, never half rewritten", async () => {
    const { dir, plan } = await folder();
    const { readWorkbook, applyPlan, workbookGrids } = await import("../../tools/xlsx");
    const { analyzeWorkbook } = await import("../../src/core");
    const workbook = await readWorkbook(plan);
    applyPlan(workbook, analyzeWorkbook(workbookGrids(workbook)).plan);
    const old = join(dir, "gammal.xlsx");
    await workbook.xlsx.writeFile(old);
    const { io, err } = capture();
    expect(await main(["check", old, "--out", join(dir, "ut")], io)).toBe(2);
    expect(err.join("\n")).toContain("markerades med en äldre version av Plankoll");
    expect(existsSync(join(dir, "ut", "gammal.xlsx"))).toBe(false);
  });
});

describe("a workbook the copy writer must not write into", () => {
  test("highlighted in Excel: refused in the user's words, nothing written, the check still given", async () => {
    const { BACKUP_SHEET, encodeBackup } = await import("../../src/core");
    const dir = mkdtempSync(join(tmpdir(), "plankoll-refuse-"));
    const workbook = riskSampleWorkbook();
    const store = workbook.addWorksheet(BACKUP_SHEET, { state: "veryHidden" });
    const record = { version: 1 as const, adapter: "excel" as const, cells: [], sheets: [] };
    encodeBackup(record).forEach((chunk, i) => (store.getCell(i + 1, 1).value = chunk));
    const file = join(dir, "markerad-i-excel.xlsx");
    await workbook.xlsx.writeFile(file);
    const before = readFileSync(file);
    const out = join(dir, "ut");
    for (const command of ["check", "clear"]) {
      const { io, out: stdout, err } = capture();
      expect(await main([command, file, "--out", out], io)).toBe(2);
      expect(err.join("\n")).toMatch(/tryck Rensa i Plankoll i Excel först/);
      expect(existsSync(join(out, "markerad-i-excel.xlsx"))).toBe(false);
      if (command === "check") expect(stdout.join("\n")).toMatch(/följer mallen|Riskanalys/);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("a highlighted copy of a highlighted copy: the second run replaces the first, it never stacks", async () => {
    const { dir, plan } = await folder();
    const first = join(dir, "a");
    const second = join(dir, "b");
    expect(await main(["check", plan, "--out", first], capture().io)).toBe(1);
    expect(await main(["check", join(first, "plan.xlsx"), "--out", second], capture().io)).toBe(1);
    expect(readFileSync(join(second, "plan.xlsx")).equals(readFileSync(join(first, "plan.xlsx")))).toBe(true);
  });
});
