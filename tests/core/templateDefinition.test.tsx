/**
 * @jest-environment jsdom
 *
 * A template is one folder: this file defines a small one (a visit plan), registers it with one
 * line and sees it go everywhere a template goes — detection, analysis with its own codes, the
 * report with a typed result, its summary sheet, its blank sheet for Infoga mall, the pane's
 * overview and its Infoga mall list, its view in the pane and its action, both as a command of the
 * command line and as a button in its view — without any other file knowing of it.
 */
import "@testing-library/jest-dom";
import { fireEvent, render, screen } from "@testing-library/react";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  analyzeGrid,
  analyzeWorkbook,
  blankTemplate,
  blankTemplateIds,
  defineTemplate,
  fileReport,
  registerTemplate,
  translator,
  type Grid,
} from "../../src/core";
import { defineCodes, defineWordings } from "../../src/core/codes";
import { defineStrings } from "../../src/core/templates/strings";
import type { ContextOf } from "../../src/core/templates/types";
import { tableReader } from "../../src/core/templates/common";
import { Overview } from "../../src/ui/Overview";
import { createSession } from "../../src/taskpane/session";
import Results from "../../src/ui/Results";
import { registerView } from "../../src/ui/views";
import { main } from "../../src/cli/main";
import { problem } from "../../src/core/problem";
import type { MessageKey } from "../../src/core/i18n";
import { workbookFromRows } from "../../scripts/sampleWorkbooks";
import { readWorkbook, workbookGrids } from "../../tools/xlsx";
import { capture } from "../helpers/cli";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";

// ---- the template, as its folder would hold it ----

const strings = defineStrings({
  sv: {
    "template.visits": "Besöksplan",
    "col.site": "Enhet",
    "col.visitDate": "Besöksdatum",
    "col.visitor": "Besökare",
    "visits.overview": "{visits} besök, {past} redan passerade",
    "visits.sheet": "Plankoll Besök",
    "visits.head": "Besök per enhet",
    "blank.visits.sheet": "Besöksplan",
    "blank.visits.title": "Besöksplan – en rad per besök",
    "blank.visits.site": "Enhet",
    "blank.visits.site.help": "Enheten som besöks.",
    "blank.visits.visitDate": "Besöksdatum",
    "blank.visits.visitDate.help": "Datum, åååå-mm-dd.",
    "blank.visits.visitor": "Besökare",
    "blank.visits.visitor.help": "Vem som gör besöket.",
    "visits.cmd": "besökslista för en enhet, på ett blad",
    "visits.opt.site": "enheten som listan gäller",
    "visits.arg.site": "ENHET",
    "visits.list": "Plankoll Besök {site}",
    "visits.made": "Besökslistan för {site} har {count} besök ({out}).",
    "visits.none": "{site} har inga besök.",
    "visits.button": "Besökslista för {site}",
  },
  en: {
    "template.visits": "Visit plan",
    "col.site": "Site",
    "col.visitDate": "Visit date",
    "col.visitor": "Visitor",
    "visits.overview": "{visits} visits, {past} already past",
    "visits.sheet": "Plankoll Visits",
    "visits.head": "Visits per site",
    "blank.visits.sheet": "Besöksplan",
    "blank.visits.title": "Visit plan – one row per visit",
    "blank.visits.site": "Enhet",
    "blank.visits.site.help": "The site visited.",
    "blank.visits.visitDate": "Besöksdatum",
    "blank.visits.visitDate.help": "A date, yyyy-mm-dd.",
    "blank.visits.visitor": "Besökare",
    "blank.visits.visitor.help": "Who makes the visit.",
    "visits.cmd": "a visit list for one site, on a sheet",
    "visits.opt.site": "the site the list is for",
    "visits.arg.site": "SITE",
    "visits.list": "Plankoll Visits {site}",
    "visits.made": "The visit list for {site} has {count} visits ({out}).",
    "visits.none": "{site} has no visits.",
    "visits.button": "Visit list for {site}",
  },
});

const codes = defineCodes({
  VISIT_PAST: {
    severity: "warning",
    title: { sv: "besöket skulle ha gjorts", en: "the visit is overdue" },
    message: { sv: "Besöket {date} har passerat.", en: "The visit {date} has passed." },
  },
});
const wordings = defineWordings({});

interface VisitResult {
  visits: { row: number; site: string | null; date: string | null }[];
  past: number;
}

declare module "../../src/core/templates/types" {
  interface TemplateTypes {
    visits: { result: VisitResult; code: keyof typeof codes };
  }
}

const visitsTemplate = defineTemplate({
  id: "visits",
  strings,
  nameKey: "template.visits",
  codes,
  wordings,
  columns: [
    { key: "site", labels: ["Enhet", "Verksamhet"] },
    { key: "visitDate", labels: ["Besöksdatum", "Datum"] },
    { key: "visitor", labels: ["Besökare"] },
  ],
  layouts: [["site", "visitDate", "visitor"]],
  analyze(table, ctx: ContextOf<typeof strings, typeof codes, typeof wordings>) {
    const findings = ctx.findings();
    const read = tableReader(table, findings, ctx.t);
    const visits = table.rows.map((r) => {
      const date = read.date(r, "visitDate");
      read.requiredText(r, "visitor");
      if (date && date < ctx.today) findings.add("VISIT_PAST", table.address(r, "visitDate"), r.row, { date });
      return { row: r.row, site: read.text(r, "site"), date };
    });
    const past = visits.filter((v) => v.date !== null && v.date < ctx.today).length;
    return { findings: findings.items, writes: [], result: { visits, past } };
  },
  overview: (result: VisitResult, t) => t("visits.overview", { visits: result.visits.length, past: result.past }),
  summary: (results, ctx) => ({
    name: ctx.t("visits.sheet"),
    columnWidths: [40],
    cells: [
      { row: 1, col: 1, value: ctx.t("visits.head"), bold: true },
      ...results.map(({ sheet, result }, i) => ({ row: i + 2, col: 1, value: `${sheet}: ${result.visits.length}` })),
    ],
  }),
  actions: [
    {
      command: "visit-list",
      summary: "visits.cmd",
      operands: "file",
      options: [{ flag: "--site", value: "visits.arg.site", help: "visits.opt.site" }],
      oneOf: ["--site"],
      pane: (result: VisitResult) => result.visits.length > 0,
      run(request, ctx) {
        const site = request.values.get("--site") ?? "";
        const visits = request.files[0].reports
          .flatMap((r) => (r.template === "visits" ? r.result.visits : []))
          .filter((v) => v.site === site);
        const said = (key: keyof typeof strings.sv, params = {}) => problem(key as MessageKey, params);
        if (visits.length === 0) return { sheets: null, said: [], notes: [said("visits.none", { site })], exit: 1 };
        const sheet = {
          name: ctx.t("visits.list", { site }),
          columnWidths: [14],
          cells: visits.map((v, i) => ({ row: i + 1, col: 1, value: v.date ?? "" })),
        };
        return {
          sheets: [sheet],
          said: [said("visits.made", { site, count: visits.length, out: request.out })],
          notes: [],
          exit: 0,
        };
      },
    },
  ],
  blank: {
    sheet: "blank.visits.sheet",
    title: "blank.visits.title",
    rows: 20,
    columns: [
      { key: "blank.visits.site", width: 30 },
      { key: "blank.visits.visitDate", width: 14, numberFormat: "yyyy-mm-dd" },
      { key: "blank.visits.visitor", width: 24 },
    ],
  },
});

// ---- its view in the pane, as its folder under ui/views would hold it ----

registerView("visits", ({ report, t, actions, act }) => (
  <ul>
    {report.result.visits.map((v) => (
      <li key={v.row}>
        {actions.includes("visit-list") && act ? (
          <button onClick={() => act(report.sheet, "visit-list", { "--site": v.site ?? "" })}>
            {(t as (key: string, params: object) => string)("visits.button", { site: v.site })}
          </button>
        ) : (
          v.site
        )}
      </li>
    ))}
  </ul>
));

// ---- registering it: one line ----

registerTemplate(visitsTemplate);

// ---- and everything else finds it ----

const grid: Grid = {
  sheet: "Besök 2027",
  originRow: 1,
  originCol: 1,
  values: [
    ["Enhet", "Besöksdatum", "Besökare"],
    ["Förskolan Solen", "2026-11-03", "Controller"],
    ["Skolan Månen", "2027-02-10", ""],
    ["Äldreboendet", "2027-05-20", "HR-specialist"],
  ],
};
const options = { today: "2026-12-02" };

describe("a template defined in one place", () => {
  test("is detected and analysed with its own codes, its severity from its table", () => {
    const { report } = analyzeGrid(grid, options);
    expect(report.template).toBe("visits");
    expect(report.headerRow).toBe(1);
    expect(report.findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      ["VISIT_PAST", "warning", "B2", "Besöket 2026-11-03 har passerat."],
      ["REQUIRED_MISSING", "error", "C3", "Besökare saknas."],
    ]);
    // The result is typed by the template: no cast.
    if (report.template !== "visits") throw new Error("not detected");
    expect(report.result.past).toBe(1);
    expect(report.result.visits.map((v) => v.site)).toEqual(["Förskolan Solen", "Skolan Månen", "Äldreboendet"]);
  });

  test("speaks English through its own strings", () => {
    const { report } = analyzeGrid(grid, { ...options, locale: "en" });
    expect(report.findings[0].message).toBe("The visit 2026-11-03 has passed.");
  });

  test("is reported, and given its summary sheet beside the review sheet", () => {
    const analysis = analyzeWorkbook([grid], options);
    const report = fileReport("besok.xlsx", analysis.sheets);
    expect(report.sheets[0]).toMatchObject({ template: "visits", rows: 3 });
    const summary = analysis.plan.newSheets.find((s) => s.name === "Plankoll Besök");
    expect(summary?.cells.map((c) => c.value)).toEqual(["Besök per enhet", "Besök 2027: 3"]);
    // Its findings are marked in the sheet like any template's.
    expect(analysis.plan.sheets[0].marks.map((m) => m.cell)).toEqual(["B2", "C3"]);
  });

  test("has a blank sheet for Infoga mall that reads as its template", () => {
    expect(blankTemplateIds()).toContain("visits");
    const blank = blankTemplate("visits", translator("sv"));
    expect(blank.sheetName).toBe("Besöksplan");
    expect(blank.columns.map((c) => [c.header, c.message])).toEqual([
      ["Enhet", "Enheten som besöks."],
      ["Besöksdatum", "Datum, åååå-mm-dd."],
      ["Besökare", "Vem som gör besöket."],
    ]);
    const inserted: Grid = {
      sheet: blank.sheetName,
      originRow: 1,
      originCol: 1,
      values: [[blank.title, "", ""], ["", "", ""], blank.columns.map((c) => c.header)],
    };
    expect(analyzeGrid(inserted, options).report).toMatchObject({ template: "visits", headerRow: 3, rows: 0 });
  });

  test("is shown in the pane: its overview line and its entry in Infoga mall", async () => {
    const { report } = analyzeGrid(grid, options);
    render(
      <FluentProvider theme={webLightTheme}>
        <Overview report={report} t={translator("sv")} />
      </FluentProvider>,
    );
    expect(screen.getByText("3 besök, 1 redan passerade")).toBeInTheDocument();
    installExcelGlobals();
    const session = createSession(fakePort(new FakeWorkbook()).port, { locale: "sv" });
    expect(await session.templates()).toContainEqual({
      id: "visits",
      name: "Besöksplan",
      insertable: true,
      followsUp: false,
    });
  });

  test("has its view in the pane, with its action as a button", () => {
    const { report } = analyzeGrid(grid, options);
    const asked: unknown[] = [];
    const review = {
      scope: "sheet" as const,
      sheets: [grid.sheet],
      active: grid.sheet,
      reports: [report],
      workbook: null,
      hidden: [],
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <Results
          review={review}
          t={translator("sv")}
          nameOf={(id) => id}
          onSelect={() => undefined}
          act={(...args) => asked.push(args)}
          busy={false}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Besökslista för Skolan Månen" }));
    expect(asked).toEqual([["Besök 2027", "visit-list", { "--site": "Skolan Månen" }]]);
  });

  test("runs its action from the pane: the sheet added, its words said", async () => {
    installExcelGlobals();
    const model = new FakeWorkbook();
    model.addSheet(grid.sheet, grid.values);
    const session = createSession(fakePort(model).port, { locale: "sv" });
    const done = await session.action(grid.sheet, "visit-list", { "--site": "Skolan Månen" });
    expect(done).toEqual({
      kind: "added",
      sheets: ["Plankoll Besök Skolan Månen"],
      text: "Besökslistan för Skolan Månen har 1 besök (Besök 2027).",
    });
    expect(await session.action(grid.sheet, "visit-list", { "--site": "Biblioteket" })).toEqual({
      kind: "problem",
      text: "Biblioteket har inga besök.",
    });
  });

  test("is a command of the command line: in the help, run on a file, refused as any command is", async () => {
    const help = capture();
    expect(await main(["--help"], help.io)).toBe(0);
    const text = help.out.join("\n");
    expect(text).toContain("visit-list");
    expect(text).toContain("besökslista för en enhet, på ett blad");
    expect(text).toMatch(/--site ENHET\s+enheten som listan gäller \(visit-list\)/);
    const dir = mkdtempSync(join(tmpdir(), "plankoll-visits-"));
    const file = join(dir, "besok.xlsx");
    await workbookFromRows([{ name: grid.sheet, rows: grid.values as never }]).xlsx.writeFile(file);
    const out = join(dir, "lista.xlsx");
    const run = capture();
    expect(await main(["visit-list", file, "--site", "Skolan Månen", "--out", out], run.io)).toBe(0);
    expect(run.out).toEqual([`Besökslistan för Skolan Månen har 1 besök (${out}).`]);
    const written = workbookGrids(await readWorkbook(out));
    expect(written.map((g) => [g.sheet, g.values])).toEqual([["Plankoll Besök Skolan Månen", [["2027-02-10"]]]]);
    const missing = capture();
    expect(await main(["visit-list", file, "--out", join(dir, "x.xlsx")], missing.io)).toBe(2);
    expect(missing.err[0]).toContain("--site");
    const none = capture();
    expect(await main(["visit-list", file, "--site", "Biblioteket", "--out", join(dir, "y.xlsx")], none.io)).toBe(1);
    expect(none.err).toEqual(["Biblioteket har inga besök."]);
  });
});
