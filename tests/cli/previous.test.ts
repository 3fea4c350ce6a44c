/**
 * `plankoll check … --previous LAST-YEAR.xlsx`: last year's measures, from a workbook openpyxl
 * wrote, followed up in this year's lönekartläggning (samples/lonekartlaggning-2026.xlsx): not
 * carried out, still flagged, answered on this year's sheet; a file that cannot be read refused.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/cli";
import { openpyxlWorkbooks } from "../helpers/writers";
import { workbookFromRows } from "../../scripts/sampleWorkbooks";

const samples = join(__dirname, "..", "..", "samples");
const survey = join(samples, "lonekartlaggning-2026.xlsx");
const dir = mkdtempSync(join(tmpdir(), "plankoll-previous-"));
openpyxlWorkbooks(dir);
const lastYear = join(dir, "handlingsplan-2025.xlsx");

interface Said {
  sheet: string;
  cell: string;
  code: string;
  params: Record<string, unknown>;
}

async function checked(args: string[]) {
  const { io, out, err } = capture();
  const code = await main(["check", survey, "--json", ...args], io);
  const report = JSON.parse(out.join("\n"))[0] as { workbook: { findings: Said[] } };
  return { code, err, found: report.workbook.findings };
}

describe("plankoll check --previous", () => {
  test("last year's measures are followed up against this year's payroll", async () => {
    const without = await checked([]);
    const { code, err, found } = await checked(["--previous", lastYear]);
    expect(code).toBe(without.code);
    expect(err).toEqual([]);
    const about = (subject: string, kind: string) =>
      found.filter((f) => f.code === kind && String(f.params.subject).startsWith(subject));
    // Not stated as carried out: said, on this year's befattning, naming where last year's measure stands.
    const sfi = about("Lärare SFI", "PAY_ACTION_NOT_DONE");
    expect(sfi).toHaveLength(1);
    expect(sfi[0]).toMatchObject({ sheet: "Lönelista" });
    expect(String(sfi[0].params.subject)).toContain("'Handlingsplan 2025'!A4");
    // Lärare SFI is still flagged against Ekonom: the gap persists.
    expect(about("Lärare SFI", "PAY_GAP_PERSISTS")).toHaveLength(1);
    // Jobbcoach is not flagged this year; Bibliotekarie is not in the payroll at all.
    expect(about("Jobbcoach", "PAY_GAP_CLOSED")).toHaveLength(1);
    expect(about("Bibliotekarie", "PAY_GAP_PERSISTS").concat(about("Bibliotekarie", "PAY_GAP_CLOSED"))).toEqual([]);
    expect(about("Bibliotekarie", "PAY_ACTION_NOT_DONE")).toHaveLength(1);
    // Handledare's measure is answered on this year's sheet (Genomförd: Nej): followed up once, there.
    const handledare = about("Handledare", "PAY_ACTION_NOT_DONE");
    expect(handledare.map((f) => f.sheet)).toEqual(["Analys och åtgärder"]);
    // Nothing of last year's followed up without --previous.
    expect(without.found.filter((f) => String(f.params.subject).includes("Handlingsplan 2025"))).toEqual([]);
  });

  test("a workbook that is not there is refused, and the review not made", async () => {
    const { io, out, err } = capture();
    expect(await main(["check", survey, "--previous", join(dir, "finns-inte.xlsx")], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toContain("finns-inte.xlsx");
  });

  test("a workbook without any table Plankoll knows is said", async () => {
    const plain = join(dir, "anteckningar.xlsx");
    await workbookFromRows([
      { name: "Blad1", rows: [["Anteckningar från mötet"], ["Inget att följa upp."]] },
    ]).xlsx.writeFile(plain);
    const { err } = await checked(["--previous", plain]);
    expect(err).toEqual([
      `${plain} (--previous): Plankoll känner inte igen någon tabell i arbetsboken, så inget därifrån följs upp.`,
    ]);
  });
});
