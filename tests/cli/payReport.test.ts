/**
 * `plankoll check FILE --pay-report FOLDER`: the pay transparency report as JSON and CSV with
 * neutral field names, each field explained with its article; every indicator of the review in
 * them and no person's pay; never written over another file.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { capture } from "../helpers/cli";
import { payrollEmployees } from "../../scripts/generate";

const survey = join(__dirname, "..", "..", "samples", "lonekartlaggning-2026.xlsx");

/** A CSV as RFC 4180 writes it: fields split at commas outside quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\r\n")
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
          cells.push(cell);
          cell = "";
        } else cell += ch;
      }
      return [...cells, cell];
    });
}

describe("plankoll check --pay-report", () => {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-payreport-"));
  const out = join(dir, "rapport");
  let review: { sheets: { template: string; result: { transparency?: Record<string, unknown> } }[] };

  beforeAll(async () => {
    const { io, out: lines } = capture();
    expect(await main(["check", survey, "--json", "--pay-report", out], io)).toBe(1);
    review = JSON.parse(lines.join("\n"))[0];
  });

  test("JSON, CSV, the categories' CSV and the fields explained, named by the workbook", () => {
    expect(readdirSync(out).sort()).toEqual([
      "lonekartlaggning-2026-lonetransparens-falt.txt",
      "lonekartlaggning-2026-lonetransparens-kategorier.csv",
      "lonekartlaggning-2026-lonetransparens-lonedelar.csv",
      "lonekartlaggning-2026-lonetransparens.csv",
      "lonekartlaggning-2026-lonetransparens.json",
    ]);
  });

  test("every indicator of the review, the same in JSON and CSV", () => {
    const tr = review.sheets.find((s) => s.template === "salary")!.result.transparency as never as {
      meanGap: { annual: number; hourly: number };
      medianGap: { annual: number; hourly: number };
      variableMeanGap: { annual: number; hourly: number };
      variableMedianGap: { annual: number; hourly: number };
      receivingVariable: { women: number; men: number };
      quartiles: { band: number; womenShare: number; menShare: number }[];
      categories: { name: string; women: number; men: number; total: { annual: number | null } }[];
      women: number;
      men: number;
    };
    const [json] = JSON.parse(readFileSync(join(out, "lonekartlaggning-2026-lonetransparens.json"), "utf8"));
    expect(json).toMatchObject({
      women: tr.women,
      men: tr.men,
      meanGapAnnualPercent: tr.meanGap.annual,
      meanGapHourlyPercent: tr.meanGap.hourly,
      medianGapAnnualPercent: tr.medianGap.annual,
      medianGapHourlyPercent: tr.medianGap.hourly,
      variableMeanGapAnnualPercent: tr.variableMeanGap.annual,
      variableMedianGapHourlyPercent: tr.variableMedianGap.hourly,
      variablePayShareWomenPercent: tr.receivingVariable.women,
      variablePayShareMenPercent: tr.receivingVariable.men,
    });
    for (const band of tr.quartiles) {
      expect(json[`quartile${band.band}WomenPercent`]).toBe(band.womenShare);
      expect(json[`quartile${band.band}MenPercent`]).toBe(band.menShare);
    }
    const [head, row] = parseCsv(readFileSync(join(out, "lonekartlaggning-2026-lonetransparens.csv"), "utf8"));
    head.forEach((field, i) => expect(row[i]).toBe(json[field] === null ? "" : String(json[field])));
    const [catHead, ...cats] = parseCsv(
      readFileSync(join(out, "lonekartlaggning-2026-lonetransparens-kategorier.csv"), "utf8"),
    );
    expect(cats.map((c) => c[catHead.indexOf("category")])).toEqual(tr.categories.map((c) => c.name));
    expect(cats.map((c) => Number(c[catHead.indexOf("women")]))).toEqual(tr.categories.map((c) => c.women));
    // Every field named in the explanation, with its article.
    const fields = readFileSync(join(out, "lonekartlaggning-2026-lonetransparens-falt.txt"), "utf8");
    for (const field of [...head, ...catHead]) expect(fields).toMatch(new RegExp(`^${field}\\t`, "m"));
    expect(fields).toContain("art. 9(1)(a)");
  });

  test("no person's pay in any file", () => {
    const all = readdirSync(out)
      .map((f) => readFileSync(join(out, f), "utf8"))
      .join("\n");
    for (const e of payrollEmployees()) {
      if (typeof e.salary !== "number") continue;
      expect(all).not.toContain(String(e.salary));
      expect(all).not.toContain(String(e.salary * 12));
    }
  });

  test("run again: the same files, nothing refused; a different file there is never written over", async () => {
    const again = capture();
    expect(await main(["check", survey, "--pay-report", out], again.io)).toBe(1);
    expect(again.err).toEqual([]);
    const csv = join(out, "lonekartlaggning-2026-lonetransparens.csv");
    writeFileSync(csv, "mitt eget\n");
    const refused = capture();
    expect(await main(["check", survey, "--pay-report", out], refused.io)).toBe(2);
    expect(refused.err.join("\n")).toContain("finns redan");
    expect(readFileSync(csv, "utf8")).toBe("mitt eget\n");
  });
});
