import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { workbookFromRows } from "../../scripts/sampleWorkbooks";
import { capture } from "../helpers/cli";

const samples = join(__dirname, "..", "..", "samples");

async function thirdRequest(dir: string): Promise<string> {
  const file = join(dir, "kus-utbildning.xlsx");
  await workbookFromRows([
    {
      name: "Blad1",
      rows: [
        ["Prio", "Kompetensutvecklingsinsats", "Äskad summa"],
        [1, "Betyg och bedömning", "320 000 kr"],
        [2, "Digitala verktyg i undervisningen", "180 000 kr"],
        [null, "Totalt", "500 000 kr"],
      ],
    },
  ]).xlsx.writeFile(file);
  return file;
}

describe("plankoll consolidate", () => {
  test("three requests: the total equals the sum of their own totals", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-consolidate-"));
    const third = await thirdRequest(dir);
    const out = join(dir, "sammanstallning.xlsx");
    const { io, out: stdout } = capture();
    const code = await main(
      [
        "consolidate",
        join(samples, "kus-arbetsmarknadsforvaltningen.xlsx"),
        join(samples, "kus-socialforvaltningen.xlsx"),
        third,
        "--out",
        out,
        "--json",
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout.join("\n"));
    expect(json.template).toBe("kus");
    expect(json.organisations.map((o: { name: string; totalSek: number }) => [o.name, o.totalSek])).toEqual([
      ["Arbetsmarknadsförvaltningen", 7_257_000],
      ["Socialförvaltningen", 1_950_000],
      ["kus-utbildning", 500_000], // no förvaltning above the table: the file's name
    ]);
    expect(json.totalSek).toBe(7_257_000 + 1_950_000 + 500_000);
    expect(json.organisations[1].applications[1]).toMatchObject({ priority: 2, requestedSek: 1_200_000 });

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const summary = book.getWorksheet("Sammanställning KUS")!;
    const values: unknown[][] = [];
    summary.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toContainEqual(["Summa Arbetsmarknadsförvaltningen", undefined, undefined, 7_257_000]);
    expect(values).toContainEqual(["Totalt alla förvaltningar", undefined, undefined, 9_707_000]);
    expect(values.filter((r) => r[0] === "Socialförvaltningen")).toHaveLength(3);
    const findings = book.getWorksheet("Plankoll Fynd")!;
    expect(findings.rowCount).toBe(4); // the header and the three uncertain headcounts of the seed's request
  });

  test("a file that is not a KUS request is reported and skipped, never summed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-consolidate-"));
    const { io, out, err } = capture();
    const code = await main(
      [
        "consolidate",
        join(samples, "kus-socialforvaltningen.xlsx"),
        join(samples, "riskanalys.xlsx"),
        "--out",
        join(dir, "s.xlsx"),
        "--json",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(err).toEqual(["riskanalys.xlsx: ingen KUS-ansökan hittades – filen räknas inte med."]);
    expect(JSON.parse(out.join("\n")).totalSek).toBe(1_950_000);
  });

  test("a draft with errors is named and left out unless asked for, then summed and marked; an unreadable file exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plankoll-consolidate-"));
    const broken = join(dir, "trasig.xlsx");
    writeFileSync(broken, "inte en arbetsbok");
    const { io, out } = capture();
    const code = await main(
      ["consolidate", join(samples, "kus-utkast-med-fel.xlsx"), "--out", join(dir, "s.xlsx"), "--json"],
      io,
    );
    expect(code).toBe(1);
    const left = JSON.parse(out.join("\n"));
    expect(left.totalSek).toBe(0);
    expect(left.excluded).toMatchObject([{ reason: "errors", totalSek: 1_450_000 }]);
    const included = capture();
    expect(
      await main(
        ["consolidate", join(samples, "kus-utkast-med-fel.xlsx"), "--out", join(dir, "i.xlsx"), "--include-errors"],
        included.io,
      ),
    ).toBe(1);
    expect(included.out[0]).toMatch(/^Skrev .*i\.xlsx: 1 förvaltning, totalt 1\s450\s000\skr$/);
    expect(included.out[1]).toMatch(/med \d+ fel\)$/);
    const again = capture();
    expect(await main(["consolidate", broken, "--out", join(dir, "t.xlsx")], again.io)).toBe(2);
    expect(again.err[0]).toMatch(/trasig\.xlsx är en textfil, ingen arbetsbok/);
  });

  test("--out is required", async () => {
    const { io, err } = capture();
    expect(await main(["consolidate", "a.xlsx"], io)).toBe(2);
    expect(err.join("\n")).toContain("plankoll consolidate");
  });
});
