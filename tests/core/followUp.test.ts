/**
 * The internkontrollplan followed up (issue 32, items 1–2): the seed's plan at tertial 2 gives
 * exactly the gaps built into it, its follow-up sheet's counts add up per process and in total, a
 * deviation found for a critical risk is said on the risk; a plan laid out otherwise (one header
 * row, other words, another moment) is read the same way.
 */
import { analyzeWorkbook } from "../../src/core";
import type { ControlsResult } from "../../src/core/templates/controls";
import { tallies, STANDINGS } from "../../src/core/templates/controls/followUpSheet";
import { isDue, readDeviation, readMoment, readStatus, momentByDate } from "../../src/core/templates/controls/followUp";
import { FOLLOW_UP_EXPECTED, followUpRows, followUpSheet } from "../../scripts/followUpSample";
import { internalControlSheet } from "../../scripts/sampleWorkbooks";
import { analyzeSheets } from "../helpers/workbooks";
import type { CellValue } from "../../src/core/types";

describe("the seed's plan followed up at tertial 2", () => {
  const analysis = analyzeSheets([internalControlSheet(), followUpSheet()], { today: "2017-09-15" });
  const { rowOf } = followUpRows();

  test("exactly the gaps built in, each on its control's row", async () => {
    const { sheets } = await analysis;
    const report = sheets.find((r) => r.template === "controls")!;
    const rowsBy = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.row);
    for (const [code, keys] of Object.entries(FOLLOW_UP_EXPECTED.findings))
      expect(rowsBy(code)).toEqual(keys.map((k) => rowOf[k]));
    // Nothing else: every finding of the sheet is one of those.
    expect(report.findings.map((f) => f.code).sort()).toEqual(
      Object.entries(FOLLOW_UP_EXPECTED.findings)
        .flatMap(([code, keys]) => keys.map(() => code))
        .sort(),
    );
    expect((report.result as ControlsResult).followUp).toEqual({
      moment: "T2",
      from: "title",
      text: "Uppföljning av internkontrollplanen – tertial 2 2017",
    });
  });

  test("the tally: the standings add up to the planned, per process and in total", async () => {
    const { sheets } = await analysis;
    const result = sheets.find((r) => r.template === "controls")!.result as ControlsResult;
    const { processes, total } = tallies(result.controls, "–");
    expect(total.planned).toBe(FOLLOW_UP_EXPECTED.planned);
    expect(total.counts).toEqual(FOLLOW_UP_EXPECTED.counts);
    expect([total.deviations, total.actions]).toEqual([FOLLOW_UP_EXPECTED.deviations, FOLLOW_UP_EXPECTED.actions]);
    for (const p of [...processes, total]) expect(STANDINGS.reduce((sum, s) => sum + p.counts[s], 0)).toBe(p.planned);
    expect(processes.reduce((sum, p) => sum + p.planned, 0)).toBe(total.planned);
  });

  test("the sheet Plankoll Uppföljning: the same counts, the total the processes' sum, each deviation with its action", async () => {
    const { plan } = await analysis;
    const sheet = plan.newSheets.find((s) => s.name === "Plankoll Uppföljning")!;
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
    const head = sheet.cells.find((c) => c.value === "Planerade")!.row;
    const totalRow = sheet.cells.find((c) => c.col === 1 && c.value === "Totalt")!.row;
    const numbers = (row: number) => [2, 3, 4, 5, 6, 7, 8, 9].map((col) => at(row, col) as number);
    const expected = FOLLOW_UP_EXPECTED;
    expect(numbers(totalRow)).toEqual([
      expected.planned,
      ...STANDINGS.map((s) => expected.counts[s]),
      expected.deviations,
      expected.actions,
    ]);
    const sums = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let row = head + 1; row < totalRow; row++) numbers(row).forEach((n, i) => (sums[i] += n));
    expect(sums).toEqual(numbers(totalRow));
    const texts = sheet.cells.map((c) => String(c.value));
    expect(texts).toContain("Frånvaro registrerad för sent i 4 av 20 stickprov");
    expect(texts).toContain("Rutinen för avslut skärps; IT-samordnaren stämmer av månadsvis");
    expect(texts.filter((t) => t === "ingen angiven")).toHaveLength(1);
  });

  test("a deviation for a risk in the critical zone is said on the risk", async () => {
    const { workbook } = await analysis;
    const onRisks = (workbook ?? []).filter((w) => w.finding.code === "RISK_CONTROL_DEVIATION");
    expect(onRisks.map((w) => [w.sheet, w.finding.cell])).toEqual([
      ["Internkontrollplan", "C11"],
      ["Internkontrollplan", "C12"],
    ]);
    expect(onRisks[0].finding.message).toContain("Två behandlingar saknade anmälan");
  });
});

describe("a follow-up laid out otherwise", () => {
  const rows: CellValue[][] = [
    ["Internkontroll – uppföljning T1"],
    [],
    [
      "Process",
      "Kontroll",
      "Kontrollmetod",
      "Kontrollansvarig",
      "När",
      "Genomförd?",
      "Iakttagelser",
      "Brister",
      "Förbättringsförslag",
    ],
    ["Ekonomi", "Attest av fakturor", "Stickprov", "Controller", "Månadsvis", "Ja", "Inga brister", "Inga", ""],
    ["Ekonomi", "Representation", "Stickprov", "Controller", "Augusti", "", "", "", ""],
    ["HR", "Sjukfrånvaro", "Registerkontroll", "HR-chef", "Varje tertial", "Nej", "", "", ""],
    ["HR", "Arbetsmiljörond", "Genomgång", "HR-chef", "April", "Pågår, klart i maj", "", "Brandfilt saknas", ""],
    ["HR", "Lönerevision", "Avstämning", "HR-chef", "Vid behov", "", "", "", ""],
  ];
  const grid = { sheet: "IK", originRow: 1, originCol: 1, values: rows };

  test("read by its own words, at T1: the not yet due and the cannot-tell are not asked for", () => {
    const { sheets } = analyzeWorkbook([grid], { today: "2026-06-01" });
    const report = sheets[0];
    expect(report.template).toBe("controls");
    const result = report.result as ControlsResult;
    expect(result.followUp?.moment).toBe("T1");
    expect(report.findings.map((f) => [f.code, f.row])).toEqual([
      ["CONTROL_NOT_PERFORMED", 6],
      ["DEVIATION_WITHOUT_ACTION", 7],
    ]);
    const { total } = tallies(result.controls, "–");
    expect(total.counts).toEqual({ done: 1, ongoing: 1, notDone: 1, notDue: 2, cancelled: 0 });
  });

  test("the same sheet with no moment in its title is followed up at the moment the date has passed", () => {
    const untitled = { ...grid, values: [["Internkontroll"], ...rows.slice(1)] };
    const result = analyzeWorkbook([untitled], { today: "2026-10-01" }).sheets[0].result as ControlsResult;
    expect(result.followUp).toEqual({ moment: "T2", from: "date", text: null });
    // By T2 the August control is due, and has no word.
    expect(tallies(result.controls, "–").total.counts.notDone).toBe(2);
  });
});

describe("statuses, moments and when a control falls due", () => {
  test.each([
    ["Genomförd", "done"],
    ["genomförd 2026-05-12", "done"],
    ["Ja", "done"],
    ["Pågår (klart i juni)", "ongoing"],
    ["Ej påbörjad", "notStarted"],
    ["Inte genomförd – sjukdom", "notDone"],
    ["Inställd", "cancelled"],
    ["Kanske", null],
  ])("%s → %s", (text, status) => expect(readStatus(text)).toBe(status));

  test("deviations as written: Ja or a text is one; Nej, Inga, U.a., a dash is none", () => {
    expect(["Ja", "Brist i attesten", "Nej", "Inga", "Ingen avvikelse", "U.a.", "-", "–"].map(readDeviation)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test("moments by their names", () => {
    expect(
      ["T1", "Tertial 2", "tertialrapport 1", "VB 2026", "Helår", "Delårsrapport", "Budget"].map(readMoment),
    ).toEqual(["T1", "T2", "T1", "VB", "VB", "T2", null]);
    expect(["2026-03-01", "2026-06-01", "2026-11-30"].map(momentByDate)).toEqual(["VB", "T1", "T2"]);
  });

  test("due by frequency, time, month, week or date; Vid behov never by the calendar", () => {
    expect(isDue("Månadsvis", "T1")).toBe(true);
    expect(isDue("Halvårsvis", "T1")).toBe(false);
    expect(isDue("Halvårsvis", "T2")).toBe(true);
    expect(isDue("Årligen", "T2")).toBe(false);
    expect(isDue("Årligen", "VB")).toBe(true);
    expect(isDue("Oktober", "T2")).toBe(false);
    expect(isDue("Mars, oktober", "T1")).toBe(true);
    expect(isDue("v. 36", "T2")).toBe(false);
    expect(isDue("v36", "T2")).toBe(false);
    expect(isDue("2026-06-15", "T2")).toBe(true);
    expect(isDue("Vid behov", "VB")).toBe(null);
    expect(isDue("", "T2")).toBe(false);
    expect(isDue("", "VB")).toBe(true);
  });
});
