/** One problem model: refusals, a changed sheet, settings and command-line problems are all {code, params, place}, worded by one function. */
import { explain, explainError, problem, problemOf, ProblemError } from "../../src/core/problem";
import { PlankollError } from "../../src/core/progress";
import { PackageRefusal } from "../../src/ooxml/refusal";
import { settingsProblems, settingsWords } from "../../src/core/settingsSchema";
import { translator } from "../../src/core/i18n";
import { registerEnglish } from "../../src/core/i18n/english";
import { registerSwedishMore } from "../../src/core/i18n/swedishMore";

registerEnglish();
registerSwedishMore();
const sv = translator("sv");
const en = translator("en");

describe("the problem model", () => {
  test("a reason is a problem of its own, worded into the sentence in the same language", () => {
    const p = problem("cli.os.write", { file: "ut.xlsx", reason: problem("cli.os.isFolder") });
    expect(explain(p, sv)).toContain("ut.xlsx");
    expect(explain(p, sv)).toContain(sv("cli.os.isFolder"));
    expect(explain(p, en)).toContain(en("cli.os.isFolder"));
  });

  test("the place is a parameter too: a changed sheet names its sheet and cell", () => {
    const error = new PlankollError("sheetChanged", { sheet: "Risker", cell: "F10" });
    expect(problemOf(error)).toEqual({
      code: "error.sheetChanged",
      params: {},
      place: { sheet: "Risker", cell: "F10" },
    });
    const text = explainError(error, sv, () => problem("cli.internal"));
    expect(text).toContain("Risker");
    expect(text).toContain("F10");
  });

  test("a package refusal names its part, or says the package as a whole", () => {
    const part = new PackageRefusal("prefixed part", "prefixed", "xl/worksheets/sheet2.xml");
    expect(part.problem).toMatchObject({ code: "refusal.prefixed", place: { part: "xl/worksheets/sheet2.xml" } });
    expect(explain(part.problem, sv)).toContain("xl/worksheets/sheet2.xml");
    expect(new PackageRefusal("no styles part").problem.code).toBe("refusal.structureWhole");
    expect(new PackageRefusal("excel", "excel").problem.code).toBe("refusal.excel");
  });

  test("anything else is worded by the host's fallback, never with the program's English text", () => {
    const text = explainError(new TypeError("Cannot read properties of undefined"), sv, () => problem("cli.internal"));
    expect(text).toBe(sv("cli.internal"));
    expect(problemOf(new Error("x"))).toBeNull();
    expect(new ProblemError(problem("cli.internal")).message).toBe("cli.internal");
  });

  test("settings problems are problems placed on their field, worded in Swedish types", () => {
    const problems = settingsProblems({ risk: { lowMax: "fyra" }, riks: {} })!;
    expect(problems.map((p) => p.place.field).sort()).toEqual(["", "risk.lowMax"]);
    for (const p of problems) expect(p.code).toMatch(/^settings\.problem\./);
    const words = settingsWords(problems, sv);
    expect(words).toContain("risk.lowMax ska vara ett tal");
    expect(words).toContain("riks");
    expect(words).not.toMatch(/expected|Invalid/);
  });
});
