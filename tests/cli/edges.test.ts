/**
 * Trust at the edges of the command line: consolidation that cannot count a förvaltning twice,
 * runs that repeat, every message in the user's words (no system English in Swedish), file kinds
 * told apart by content, one command table behind help and refusals, exit codes through pipes.
 */
import { finishSheet } from "../../src/core/sheet/fit";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { deflateRawSync } from "node:zlib";
import { main } from "../../src/cli/main";
import { commands, usageLine } from "../../src/cli/commands";
import { SYSTEM_CODES, systemProblem } from "../../src/cli/systemErrors";
import { explain } from "../../src/cli/problem";
import { translator } from "../../src/core/i18n";
import { registerEnglish } from "../../src/core/i18n/english";
import { registerSwedishMore } from "../../src/core/i18n/swedishMore";
import { blankTemplateIds } from "../../src/core/blank";
import { ZipArchive, ZipWriter } from "../../src/ooxml/zip";
import { newWorkbook } from "../../src/ooxml/book";
import { XlsxPackage } from "../../src/ooxml";
import { capture } from "../helpers/cli";
import { prefixedSheets } from "../helpers/generators";

const root = join(__dirname, "..", "..");
const samples = join(root, "samples");
const bin = join(root, "bin", "plankoll.js");
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `plankoll-${name}-`));

/** The amounts of a line of the terminal summary ("7 257 000 kr"), as numbers. */
const amount = (line: string) => Number((/([\d\s\u00a0\u202f]+)\skr/.exec(line)?.[1] ?? "").replace(/\D/g, ""));

async function run(args: string[]) {
  const c = capture();
  const code = await main(args, c.io);
  return { code, out: c.out, err: c.err };
}

function kusFolder(): string {
  const dir = tmp("kus");
  copyFileSync(
    join(samples, "kus-arbetsmarknadsforvaltningen.xlsx"),
    join(dir, "kus-arbetsmarknadsforvaltningen.xlsx"),
  );
  copyFileSync(join(samples, "kus-socialforvaltningen.xlsx"), join(dir, "kus-socialforvaltningen.xlsx"));
  return dir;
}

describe("consolidation cannot count a förvaltning twice", () => {
  test("a re-downloaded copy is refused naming both files; nothing is written", async () => {
    const dir = kusFolder();
    copyFileSync(
      join(dir, "kus-arbetsmarknadsforvaltningen.xlsx"),
      join(dir, "kus-arbetsmarknadsforvaltningen (1).xlsx"),
    );
    const out = join(tmp("out"), "summa.xlsx");
    const { code, err } = await run(["consolidate", dir, "--out", out]);
    expect(code).toBe(2);
    expect(err[0]).toBe(
      "Avbrutet, inget skrevs: Arbetsmarknadsförvaltningen finns mer än en gång med samma innehåll: " +
        "kus-arbetsmarknadsforvaltningen (1).xlsx (Ansökningar KUS), kus-arbetsmarknadsforvaltningen.xlsx (Ansökningar KUS).",
    );
    expect(err[1]).toMatch(/--keep-newer/);
    expect(existsSync(out)).toBe(false);
  });

  test("the same content under another name, and the same name with other content, are both refused", async () => {
    const dir = kusFolder();
    copyFileSync(join(dir, "kus-socialforvaltningen.xlsx"), join(dir, "inskickad-version.xlsx"));
    const same = await run(["consolidate", dir, "--out", join(tmp("out"), "s.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.err[0]).toMatch(
      /Socialförvaltningen finns mer än en gång med samma innehåll: .*inskickad-version\.xlsx/,
    );
    const other = kusFolder();
    // The draft is Arbetsmarknadsförvaltningen's too; counted with its errors it is the same förvaltning.
    copyFileSync(join(samples, "kus-utkast-med-fel.xlsx"), join(other, "kus-utkast-med-fel.xlsx"));
    const differs = await run(["consolidate", other, "--include-errors", "--out", join(tmp("out"), "s.xlsx")]);
    expect(differs.code).toBe(2);
    expect(differs.err[0]).toMatch(/förvaltningen Arbetsmarknadsförvaltningen finns mer än en gång med olika innehåll/);
  });

  test("--keep-newer counts the newer copy once and says so; the total is right", async () => {
    const dir = kusFolder();
    const copy = join(dir, "kus-arbetsmarknadsforvaltningen (1).xlsx");
    copyFileSync(join(dir, "kus-arbetsmarknadsforvaltningen.xlsx"), copy);
    utimesSync(join(dir, "kus-arbetsmarknadsforvaltningen.xlsx"), new Date(2026, 0, 1), new Date(2026, 0, 1));
    const { code, out } = await run(["consolidate", dir, "--keep-newer", "--out", join(tmp("out"), "s.xlsx")]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/2 förvaltningar, totalt 9\s207\s000\skr$/);
    expect(
      out.some((l) =>
        /Ej medräknad: Arbetsmarknadsförvaltningen i kus-arbetsmarknadsforvaltningen\.xlsx: samma förvaltning som kus-arbetsmarknadsforvaltningen \(1\)\.xlsx/.test(
          l,
        ),
      ),
    ).toBe(true);
  });

  test("a draft with errors is named with its error count and not summed; the lines add up to the total", async () => {
    const dir = kusFolder();
    copyFileSync(join(samples, "kus-utkast-med-fel.xlsx"), join(dir, "kus-utkast-med-fel.xlsx"));
    const target = join(tmp("out"), "summa.xlsx");
    const { code, out } = await run(["consolidate", dir, "--out", target]);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/2 förvaltningar, totalt 9\s207\s000\skr$/);
    const counted = out.slice(1).filter((l) => !/Ej medräknad/.test(l));
    expect(counted).toHaveLength(2);
    expect(counted.reduce((s, l) => s + amount(l), 0)).toBe(amount(out[0]));
    const left = out.find((l) => /Ej medräknad/.test(l))!;
    expect(left).toMatch(/Arbetsmarknadsförvaltningen i kus-utkast-med-fel\.xlsx, 1\s450\s000\skr: \d+ fel i ansökan/);
    // The sheet: one subtotal per förvaltning, and the draft below the total, outside it.
    const again = await run(["consolidate", dir, "--out", target, "--json"]);
    const json = JSON.parse(again.out.join("\n"));
    expect(json.organisations.map((o: { name: string }) => o.name)).toEqual([
      "Arbetsmarknadsförvaltningen",
      "Socialförvaltningen",
    ]);
    expect(json.totalSek).toBe(json.organisations.reduce((s: number, o: { totalSek: number }) => s + o.totalSek, 0));
    expect(json.excluded).toMatchObject([{ file: "kus-utkast-med-fel.xlsx", reason: "errors" }]);
  });

  test("--out: an existing file is refused with a free name offered, a name not .xlsx is refused", async () => {
    const dir = kusFolder();
    const target = join(dir, "..", `summa-${Date.now()}.xlsx`);
    writeFileSync(target, "mitt eget");
    const existing = await run(["consolidate", dir, "--out", target]);
    expect(existing.code).toBe(2);
    expect(existing.err[0]).toMatch(
      /finns redan och skrivs inte över\. Ta bort den eller ge ett annat namn, till exempel .*-2\.xlsx\.$/,
    );
    expect(readFileSync(target, "utf8")).toBe("mitt eget");
    const csv = await run(["consolidate", dir, "--out", join(dir, "summa.csv")]);
    expect(csv.code).toBe(2);
    expect(csv.err[0]).toMatch(/^--out .*summa\.csv: Plankoll skriver en Excel-arbetsbok.*summa\.xlsx\)\.$/);
    expect(existsSync(join(dir, "summa.csv"))).toBe(false);
  });
});

describe("the same command twice gives the same result", () => {
  test("check . --out granskade, twice in the folder: same exit code and output, own copies never read as originals", async () => {
    const dir = tmp("twice");
    copyFileSync(join(samples, "riskanalys.xlsx"), join(dir, "riskanalys.xlsx"));
    copyFileSync(join(samples, "upphandling.xlsx"), join(dir, "upphandling.xlsx"));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const first = await run(["check", ".", "--out", "granskade"]);
      const second = await run(["check", ".", "--out", "granskade"]);
      expect(first.code).toBe(1);
      expect(second).toEqual(first);
      expect(first.err).toContain("Mappen granskade är --out-mappen och genomsöks inte.");
      // A highlighted copy moved elsewhere in the folder is Plankoll's, not an original.
      mkdirSync("arkiv");
      copyFileSync(join("granskade", "riskanalys.xlsx"), join("arkiv", "riskanalys.xlsx"));
      const third = await run(["check", ".", "--out", "granskade"]);
      expect(third.err).toContain(
        "1 av Plankolls egna markerade kopior hoppades över (arkiv/riskanalys.xlsx); ange en sådan fil vid namn för att granska den.",
      );
      expect(third.out).toEqual(first.out);
    } finally {
      process.chdir(cwd);
    }
  });

  test("consolidate and template twice: the second run finds its own identical output and says the same", async () => {
    const dir = kusFolder();
    const target = join(tmp("out"), "summa.xlsx");
    const a = await run(["consolidate", dir, "--out", target]);
    const b = await run(["consolidate", dir, "--out", target]);
    expect(b).toEqual(a);
    const blank = join(tmp("out"), "mall.xlsx");
    const c = await run(["template", "riskanalys", "--out", blank]);
    const d = await run(["template", "riskanalys", "--out", blank]);
    expect(c.code).toBe(0);
    expect(d).toEqual(c);
  });

  test("consolidate into the folder it sums, twice: its own summary is never read as a request", async () => {
    const dir = kusFolder();
    const target = join(dir, "summa.xlsx");
    const first = await run(["consolidate", dir, "--out", target]);
    const second = await run(["consolidate", dir, "--out", target]);
    expect(first.code).toBe(0);
    expect(second).toEqual(first);
    expect(first.out[0]).toMatch(/2 förvaltningar, totalt 9\s207\s000\skr$/);
    expect(first.err).toEqual([`${target} är --out-filen och läses inte.`]);
  });

  test("a refused --out names a folder that works", async () => {
    const dir = tmp("advice");
    copyFileSync(join(samples, "riskanalys.xlsx"), join(dir, "riskanalys.xlsx"));
    const { code, err } = await run(["check", join(dir, "riskanalys.xlsx"), "--out", dir]);
    expect(code).toBe(2);
    const other = /till exempel --out (.+)\.$/.exec(err[0])![1];
    const retry = await run(["check", join(dir, "riskanalys.xlsx"), "--out", other]);
    expect(retry.code).toBe(1); // written; the sample's "med fel" sheet holds errors
    expect(existsSync(join(other, "riskanalys.xlsx"))).toBe(true);
  });

  test("a workbook where no sheet follows a template gets no 'highlighted' copy", async () => {
    const out = join(tmp("empty"), "ut");
    const blank = join(tmp("blank"), "tom.xlsx");
    const sheet = { name: "Blad1", cells: [{ row: 1, col: 1, value: "anteckningar" }], columnWidths: [20] };
    writeFileSync(
      blank,
      newWorkbook([{ spec: finishSheet(sheet) }], (b) => XlsxPackage.fromBytes(b), deflateRawSync),
    );
    const { code, out: lines } = await run(["check", blank, "--out", out]);
    expect(code).toBe(0);
    expect(lines.at(-1)).toBe(`${blank}: inget blad följer en mall, så ingen markerad kopia skrevs.`);
    expect(existsSync(join(out, "tom.xlsx"))).toBe(false);
  });
});

describe("a package the copy writer cannot yet write into", () => {
  test("prefixed sheets: the check is given, the copy refused naming the part, in both languages", async () => {
    const dir = tmp("prefixed");
    const file = join(dir, "server.xlsx");
    writeFileSync(file, prefixedSheets(readFileSync(join(samples, "riskanalys.xlsx"))));
    const sv = await run(["check", file, "--out", join(dir, "ut")]);
    expect(sv.code).toBe(2);
    expect(sv.out.some((l) => /följer|Riskanalys/.test(l))).toBe(true);
    expect(sv.err.join("\n")).toMatch(
      /Ingen markerad kopia av .*server\.xlsx kunde skrivas \(delen xl\/worksheets\/sheet\d+\.xml använder namnrymdsprefix/,
    );
    expect(existsSync(join(dir, "ut", "server.xlsx"))).toBe(false);
    const en = await run(["check", file, "--out", join(dir, "ut"), "--lang", "en"]);
    expect(en.err.join("\n")).toMatch(/its part xl\/worksheets\/sheet\d+\.xml uses namespace prefixes/);
  });
});

describe("exit codes through pipes", () => {
  test("check | head -1 exits with the check's code", () => {
    if (!existsSync(join(root, "lib", "cli", "main.js"))) throw new Error("lib/ is missing: npm test builds first");
    const plan = join(samples, "riskanalys.xlsx");
    const piped = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${bin}" check "${plan}" "${join(samples, "upphandling.xlsx")}" | head -1; exit \${PIPESTATUS[0]}`,
      ],
      {
        encoding: "utf8",
      },
    );
    const file = spawnSync(process.execPath, [bin, "check", plan, join(samples, "upphandling.xlsx")], {
      encoding: "utf8",
    });
    expect(file.status).toBe(1);
    expect(piped.status).toBe(file.status);
    expect(piped.stderr).toBe("");
  });
});

describe("file kinds told apart by their content", () => {
  const zip = (entries: Record<string, string>) => {
    const writer = new ZipWriter(deflateRawSync);
    for (const [name, text] of Object.entries(entries)) writer.put(name, Buffer.from(text));
    return Buffer.from(writer.finish());
  };
  test("each kind has its own sentence, in Swedish and in English", async () => {
    const dir = tmp("kinds");
    const put = (name: string, bytes: Buffer | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const sample = readFileSync(join(samples, "riskanalys.xlsx"));
    const damaged = Buffer.from(sample);
    // The largest part's compressed bytes overwritten in their middle: the directory is whole, one part is not.
    const archive = new ZipArchive(sample);
    const largest = archive.entries.reduce((a, b) => (b.compressedSize > a.compressedSize ? b : a));
    const start = largest.offset + 30 + largest.name.length + 16;
    damaged.fill(0xff, start, start + Math.min(200, largest.compressedSize - 40));
    const cases: [string, RegExp, RegExp][] = [
      [
        put("ok.ods", zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" })),
        /OpenDocument-kalkylark/,
        /OpenDocument spreadsheet/,
      ],
      [
        put("bin.xlsx", zip({ "[Content_Types].xml": "<x/>", "xl/workbook.bin": "x" })),
        /binär Excel-arbetsbok \(\.xlsb\)/,
        /binary Excel workbook/,
      ],
      [
        put("brev.xlsx", zip({ "[Content_Types].xml": "<x/>", "word/document.xml": "<x/>" })),
        /Word-dokument/,
        /Word document/,
      ],
      [put("halv.xlsx", sample.subarray(0, Math.floor(sample.length / 2))), /är ofullständig/, /is incomplete/],
      [
        put("skadad.xlsx", damaged),
        /är skadad: delen .+ kan inte packas upp/,
        /is damaged: its part .+ cannot be unpacked/,
      ],
      [
        put("data.xlsx", "Nr;Risk;Sannolikhet\n1;Brand;3\n"),
        /kommaseparerade värden \(CSV\)/,
        /comma-separated values/,
      ],
      [
        put("export.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>"),
        /en webbsida \(HTML\)/,
        /a web page \(HTML\)/,
      ],
      [
        put(
          "gammal.xml.xlsx",
          '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
        /XML-kalkylark från Excel 2003/,
        /XML spreadsheet from Excel 2003/,
      ],
      [put("rapport.xlsx", "%PDF-1.7\n"), /är en PDF/, /is a PDF/],
    ];
    for (const lang of ["sv", "en"]) {
      const { code, err } = await run(["check", ...cases.map(([f]) => f), "--lang", lang]);
      expect(code).toBe(2);
      expect(err).toHaveLength(cases.length);
      cases.forEach(([file, sv, en], i) => {
        expect(err[i]).toContain(file);
        expect(err[i]).toMatch(lang === "sv" ? sv : en);
      });
    }
  });
});

/** Words of the system's or the libraries' English that must never reach a Swedish user. */
const SYSTEM_ENGLISH =
  /\b(E[A-Z]{3,}:|no such file|permission denied|read-only file system|file already exists|not a zip|central directory|Unexpected token|at position|is not valid JSON|Invalid input|expected|undefined|NaN|\[object|TypeError|RangeError|Error:)/i;
/** Words a Swedish message has that an English one must not. */
const SWEDISH = /\b(inte|finns|skrevs|Avbrutet|behöver|Ange|mappen|filen)\b/;

describe("every message in the user's words", () => {
  beforeAll(() => {
    registerEnglish();
    registerSwedishMore();
  });

  test("every system error code is a sentence in both languages, for reading, writing, a folder and a listing", () => {
    for (const lang of ["sv", "en"] as const) {
      const t = translator(lang);
      for (const code of [...SYSTEM_CODES, "EWHATEVER"])
        for (const attempt of ["read", "write", "folder", "list"] as const) {
          const text = explain(
            systemProblem(Object.assign(new Error("raw system text"), { code }), attempt, "/x/y.xlsx"),
            t,
          );
          expect(text).toContain("/x/y.xlsx");
          expect(text).not.toMatch(/raw system text|\{|cli\./);
          if (lang === "sv") expect(text).not.toMatch(SYSTEM_ENGLISH);
          else expect(text).not.toMatch(SWEDISH);
        }
    }
  });

  test("every refusal and error of the command line, walked in both languages", async () => {
    const dir = tmp("walk");
    const plan = join(dir, "plan.xlsx");
    copyFileSync(join(samples, "riskanalys.xlsx"), plan);
    const aFile = join(dir, "fil.txt");
    writeFileSync(aFile, "x");
    const settings = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const long = "x".repeat(300);
    const lines: string[][] = [
      [],
      ["granska"],
      ["check"],
      ["check", plan, "--bogus"],
      ["check", plan, "--lang", "de"],
      ["check", plan, "--out"],
      ["check", plan, "--json", "--json"],
      ["check", plan, "--employee", "4"],
      ["check", plan, "--out", dir],
      ["check", plan, "--out", aFile],
      ["check", plan, "--out", join(aFile, "under")],
      ["check", plan, "--out", join(dir, long)],
      ["check", join(dir, "saknas.xlsx")],
      ["check", dir + "/"],
      ["check", plan, "--settings", join(dir, "saknas.json")],
      ["check", plan, "--settings", settings("a.json", "{ inte json")],
      ["check", plan, "--settings", settings("b.json", '{"risk": {"lowMax": 4,}}')],
      [
        "check",
        plan,
        "--settings",
        settings("c.json", '{"risk": {"lowMax": "4"}, "salary": {"lowLimit": true}, "x": 1}'),
      ],
      ["check", plan, "--settings", settings("d.json", '{"risk": "låg"}')],
      ["check", plan, "--settings", settings("e.json", '{"risk": {"lowMax": 4}} extra')],
      ["check", plan, "--settings", dir],
      ["consolidate", plan],
      ["consolidate", plan, "--out", join(dir, "s.csv")],
      ["consolidate", plan, "--out", plan],
      ["consolidate", plan, "--out", join(dir, "LANG", "k.xlsx"), "--keep-newer", "--include-errors"],
      ["consolidate", plan, "--out", join(aFile, "x.xlsx")],
      ["clear", plan],
      ["clear", plan, "--out", dir],
      ["template"],
      ["template", "risk"],
      ["template", "risk", "kus", "--out", join(dir, "t.xlsx")],
      ["template", "okänd", "--out", join(dir, "t.xlsx")],
      ["template", "risk", "--out", aFile],
      ["template", "risk", "--out", join(aFile, "t.xlsx")],
      ["pay-info", plan],
      ["pay-info", plan, "--row", "8"],
      ["pay-info", plan, "--row", "noll", "--out", join(dir, "p.xlsx")],
      ["pay-info", plan, "--row", "8", "--employee", "4", "--out", join(dir, "p.xlsx")],
      ["pay-info", plan, "--json", "--row", "8", "--out", join(dir, "p.xlsx")],
      ["pay-info", plan, plan, "--row", "8", "--out", join(dir, "p.xlsx")],
      ["pay-info", plan, "--row", "8", "--out", join(dir, "p.xlsx")],
      ["pay-info", plan, "--row", "8", "--sheet", "Inget", "--out", join(dir, "p.xlsx")],
    ];
    for (const args of lines) {
      const sv = await run(args.map((a) => a.replace("LANG", "sv")));
      const en = await run([...args.map((a) => a.replace("LANG", "en")), "--lang", "en"]);
      // The folder's name is mkdtemp's random letters ("plankoll-walk-EnnKVz"): a name, not words,
      // and taken out before the words are looked at ("EnnKVz:" once read as a system code).
      const words = (lines: string[]) => lines.join("\n").split(dir).join("<mapp>");
      const svText = words([...sv.err, ...sv.out.filter((l) => !/\t/.test(l))]);
      const enText = words(en.err);
      expect([args, sv.code]).toEqual([args, en.code]);
      expect([args, svText]).not.toEqual([args, expect.stringMatching(SYSTEM_ENGLISH)]);
      expect([args, svText]).not.toEqual([args, expect.stringMatching(/\bcli\.|\{[a-z]+\}/)]);
      if (en.err.length > 0) expect([args, enText]).not.toEqual([args, expect.stringMatching(SWEDISH)]);
    }
  });
});

describe("one command table behind help, usage and refusals", () => {
  test("the help names every command with the usage line its refusals print, every option and every template", async () => {
    for (const lang of ["sv", "en"]) {
      const help = (await run(["--help", "--lang", lang])).out.join("\n");
      const t = translator(lang as "sv" | "en");
      for (const command of commands()) {
        expect(help).toContain(usageLine(command, t));
        const refused = await run([command.name, "--bogus", "--lang", lang]);
        expect(refused.err).toContain(`  ${usageLine(command, t)}`);
      }
      for (const id of blankTemplateIds()) expect(help).toContain(id);
      const unknown = await run(["granska", "--lang", lang]);
      for (const command of commands()) expect(unknown.err[0]).toContain(command.name);
    }
  });

  test("options may stand before the command; alone they ask for one", async () => {
    const before = await run(["--lang", "en", "template", "riskanalys", "--out", join(tmp("order"), "m.xlsx")]);
    expect(before.code).toBe(0);
    expect(before.out[0]).toMatch(/^Wrote /);
    const alone = await run(["--lang", "en"]);
    expect(alone.code).toBe(2);
    expect(alone.err[0]).toBe("Give a command: check, compare, consolidate, clear, template, pay-info.");
  });

  test("every template by its Swedish name, with and without å, ä, ö", async () => {
    const names: [string, string][] = [
      ["riskanalys", "Riskanalys"],
      ["matetal", "Mätetal"],
      ["mätetal", "Mätetal"],
      ["aktivitetsplan", "Aktivitetsplan"],
      ["lonekartlaggning", "Lönekartläggning"],
      ["Lönekartläggning", "Lönekartläggning"],
      ["upphandling", "Upphandling"],
      ["kus", "KUS"],
      ["konsstatistik", "Könsuppdelad"],
      ["könsstatistik", "Könsuppdelad"],
      ["kontroller", "ontroll"],
    ];
    const dir = tmp("names");
    for (const [name] of names) {
      const file = join(dir, `${name}.xlsx`);
      const { code, err } = await run(["template", name, "--out", file]);
      expect([name, code, err]).toEqual([name, 0, []]);
    }
  });
});
