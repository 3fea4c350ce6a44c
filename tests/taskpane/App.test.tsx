/** @jest-environment jsdom */
import { act, render, screen, fireEvent, within, cleanup } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import type { WorkbookPort } from "../../src/excel";
import { FakeWorkbook, fakePort, installExcelGlobals, firstDifference, snapshot, syncGate } from "../excel/fakeExcel";
import { riskRegisterRows } from "../../scripts/generate";
import {
  indicatorSampleWorkbook,
  internalControlGapsWorkbook,
  kusSampleWorkbook,
  procurementSampleWorkbook,
  riskSampleWorkbook,
  salarySampleWorkbook,
} from "../../scripts/sampleWorkbooks";
import { paneModel } from "../helpers/paneModel";
import { followUpWorkbook } from "../../scripts/followUpSample";
import type { Locale } from "../../src/core";

beforeAll(installExcelGlobals);

const model = (active: string, build = riskSampleWorkbook) => paneModel(active, build);

function show(port: WorkbookPort, locale: Locale = "sv") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} locale={locale} />
    </FluentProvider>,
  );
}

const portFor = (workbook: FakeWorkbook) => fakePort(workbook).port;

describe("task pane", () => {
  test("says on opening which template the active sheet follows", async () => {
    show(portFor(await model("Riskanalys med fel")));
    expect(
      await screen.findByText("Bladet Riskanalys med fel följer mallen Riskanalys (rubrikrad 6, 9 rader)."),
    ).toBeInTheDocument();
  });

  test("Rensa in an Excel without notes names the notes it had to leave", async () => {
    const workbook = await model("Riskanalys med fel");
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByText(/Resultatet är skrivet/)).toBeInTheDocument();
    cleanup();
    workbook.notesUnsupported = true;
    show(fakePort(workbook, false).port);
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Rensa" }));
    const message = await screen.findByText(/kan inte ta bort anteckningar/);
    expect(message).toHaveTextContent(/anteckningar finns kvar i Riskanalys med fel: [A-Z0-9, ]*\bF8\b/);
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Granskning");
  });

  test("says why a sheet matches no template", async () => {
    show(portFor(await model("Anteckningar")));
    expect(await screen.findByText(/Bladet Anteckningar matchar ingen mall/)).toBeInTheDocument();
    // The active sheet alone has nothing to write; the workbook has.
    expect(screen.getByRole("button", { name: "Skriv för bladet" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Skriv resultat" })).toBeEnabled();
  });

  test("Granska lists findings by severity; clicking one selects its cell", async () => {
    const workbook = await model("Riskanalys med fel");
    const port = portFor(workbook);
    // The selection is awaited on the port's own answer, not on a timer: a loaded machine only waits longer.
    const selectCell = port.selectCell.bind(port);
    let selected!: () => void;
    const done = new Promise<void>((resolve) => (selected = resolve));
    port.selectCell = (sheet, cell) => selectCell(sheet, cell).then(selected);
    show(port);
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    expect(await screen.findByText("Fel: 9 · Varningar: 1 · Information: 0")).toBeInTheDocument();
    const errors = screen.getByRole("list", { name: /Fel/ });
    const items = within(errors).getAllByRole("listitem");
    expect(items).toHaveLength(9);
    expect(items[0]).toHaveTextContent("F8");
    expect(items[0]).toHaveTextContent("Riskvärde 6 stämmer inte med sannolikhet 3 × konsekvens 3 = 9.");
    workbook.active = "Internkontrollplan";
    fireEvent.click(within(items[0]).getByRole("button"));
    await act(() => done);
    expect(workbook.active).toBe("Riskanalys med fel");
  });

  test("live review: off by default; when on, an edit is reviewed again after a pause and nothing is written", async () => {
    const workbook = await model("Riskanalys med fel");
    const port = portFor(workbook);
    const watched: string[][] = [];
    const watch = port.watchChanges!.bind(port);
    port.watchChanges = (sheets, onChange) => {
      watched.push([...sheets]);
      return watch(sheets, onChange);
    };
    show(port);
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    const mismatch = "Riskvärde 6 stämmer inte med sannolikhet 3 × konsekvens 3 = 9.";
    expect(await screen.findByText(mismatch)).toBeInTheDocument();
    const toggle = screen.getByRole("switch", { name: "Granska medan jag skriver" });
    expect(toggle).not.toBeChecked();
    // Off: an edit changes nothing in the pane.
    const sheet = workbook.sheet("Riskanalys med fel");
    sheet.edit(7, 5, 9); // F8: 9 = 3 × 3
    await act(() => new Promise((resolve) => setTimeout(resolve, 1800)));
    expect(screen.getByText(mismatch)).toBeInTheDocument();
    expect(watched).toEqual([]);

    fireEvent.click(toggle);
    expect(toggle).toBeChecked();
    // The reviewed sheets are watched (the whole workbook's visible sheets).
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(watched.at(-1)).toContain("Riskanalys med fel");
    sheet.edit(7, 5, 9);
    expect(
      await screen.findByText(
        /Granskat igen efter ändring i Riskanalys med fel \(kl\. \d\d:\d\d\)\. Inget skrevs\./,
        undefined,
        {
          timeout: 4000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(mismatch)).not.toBeInTheDocument();
    // Nothing of Plankoll's was written, and the value typed is the user's.
    expect(workbook.sheets.map((s) => s.name).filter((n) => n.startsWith("Plankoll"))).toEqual([]);
    expect(sheet.get(7, 5)).toBe(9);

    // A new error typed: it appears, in the same way.
    sheet.edit(7, 5, 7);
    expect(
      await screen.findByText(/Riskvärde 7 stämmer inte med sannolikhet 3 × konsekvens 3 = 9\./, undefined, {
        timeout: 4000,
      }),
    ).toBeInTheDocument();

    // Off again: the handlers are removed.
    fireEvent.click(toggle);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(sheet.changeHandlers.size).toBe(0);
  }, 20_000);

  test("Skriv resultat writes, Rensa undoes; a busy state in between", async () => {
    const workbook = await model("Riskanalys med fel");
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(screen.getByText("Arbetar…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Granska" })).toBeDisabled();
    expect(await screen.findByText(/Resultatet är skrivet/)).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).toContain("Plankoll Granskning");
    fireEvent.click(screen.getByRole("button", { name: "Rensa" }));
    expect(await screen.findByText("Plankolls markeringar och blad är borttagna.")).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Granskning");
  });

  test("an Excel error is a readable message, not a blank pane", async () => {
    const failing: WorkbookPort = {
      readActiveSheet: () =>
        Promise.reject(Object.assign(new Error("Cellen redigeras."), { code: "InvalidOperationInCellEditMode" })),
      readSheet: () => Promise.reject(new Error("x")),
      listSheets: () => Promise.reject(new Error("x")),
      writePlan: () => Promise.reject(new Error("x")),
      clear: () => Promise.resolve({ cleared: false, notesLeft: [] }),
      selectCell: () => Promise.resolve(),
      insertTemplate: () => Promise.reject(new Error("x")),
      addSheet: () => Promise.reject(new Error("x")),
      readSettings: () => Promise.resolve(null),
      saveSettings: () => Promise.resolve(),
    };
    show(failing);
    // A known Office.js code is explained with what to do.
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Excel är i redigeringsläge i en cell. Tryck Enter eller Esc för att lämna cellen och försök igen.",
    );
    expect(screen.getByRole("button", { name: "Granska" })).toBeEnabled();
  });

  test("an unknown Excel error shows Excel's first line and its code", async () => {
    const failing: WorkbookPort = {
      ...fakePort(new FakeWorkbook()).port,
      readActiveSheet: () =>
        Promise.reject(Object.assign(new Error("Något hände.\nat stack"), { code: "GeneralException" })),
    };
    show(failing);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Något gick fel i Excel: Något hände. (GeneralException)",
    );
  });

  test("English when Office's display language is English", async () => {
    show(portFor(await model("Internkontrollplan")), "en");
    expect(await screen.findByText(/Sheet Internkontrollplan follows the Risk analysis template/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Review" }));
    expect(await screen.findByText("No findings – the sheet looks fine.")).toBeInTheDocument();
    expect(screen.getByText("Risk zones: 0 low, 10 medium, 2 critical")).toBeInTheDocument();
  });

  test("indicators: a compact overview of the statuses before the findings", async () => {
    show(portFor(await model("Mätetal", indicatorSampleWorkbook)));
    expect(
      await screen.findByText(/Bladet Mätetal följer mallen Mätetal \(rubrikrad 4, 19 rader\)/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    const sheet = within(await screen.findByRole("region", { name: "Bladet Mätetal" }));
    const overview = sheet.getByText(/^Uppfyllt \d+ · Delvis \d+ · Ej uppfyllt 4 · Utfall saknas 3$/);
    const counts = sheet.getByText(/^Fel: 0 · Varningar: \d+ · Information: 3$/);
    expect(overview.compareDocumentPosition(counts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(sheet.getByRole("list", { name: /Information/ })).toBeInTheDocument();
  });

  test("action plans and gender statistics get their own overview", async () => {
    const workbook = await model("Handlingsplan", indicatorSampleWorkbook);
    show(portFor(workbook));
    await screen.findByText(/följer mallen Aktivitetsplan/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    expect(await screen.findByText("15 åtgärder under 6 mål, 0 utan ansvarig")).toBeInTheDocument();
    expect(screen.getByText("Inga fynd – bladet ser bra ut.")).toBeInTheDocument();
    // Granska bladet reads the active sheet alone: one sheet's results, no workbook line.
    expect(screen.getAllByRole("region", { name: /^Bladet / })).toHaveLength(1);
    expect(screen.queryByText(/^Arbetsboken: /)).toBeNull();
    workbook.active = "Deltagande";
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    expect(await screen.findByText("4 rader, 0 med jämn könsfördelning")).toBeInTheDocument();
  });

  test("Infoga mall inserts the procurement plan and the pane turns to it", async () => {
    const workbook = await model("Anteckningar");
    show(portFor(workbook));
    await screen.findByText(/matchar ingen mall/);
    fireEvent.click(screen.getByRole("button", { name: "Infoga mall" }));
    const choices = screen.getByRole("list", { name: "Infoga mall" });
    fireEvent.click(within(choices).getByRole("button", { name: "Plan för upphandling" }));
    expect(
      await screen.findByText("Bladet Plan för upphandling är infogat. Fyll i raderna under rubrikerna."),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Bladet Plan för upphandling följer mallen Plan för upphandling/),
    ).toBeInTheDocument();
    expect(workbook.active).toBe("Plan för upphandling");
    // An empty template is not "fine": it has nothing to review yet, and says so.
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    expect(
      await screen.findByText("Tabellen har inga rader under rubriken ännu – det finns inget att granska."),
    ).toBeInTheDocument();
    expect(screen.queryByText("Inga fynd – bladet ser bra ut.")).toBeNull();
  });
});

describe("the risk matrix in the pane", () => {
  test("the seed's matrix: each square its zone, count and Nr; a square lists its risks, a risk selects its row", async () => {
    const workbook = await model("Internkontrollplan");
    const port = portFor(workbook);
    const selectCell = port.selectCell.bind(port);
    let selected!: (at: string) => void;
    const done = new Promise<string>((resolve) => (selected = resolve));
    port.selectCell = (sheet, cell) => selectCell(sheet, cell).then(() => selected(`${sheet}!${cell}`));
    show(port);
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const table = await screen.findByRole("table", {
      name: /^Riskmatris: sannolikhet \(S\) mot konsekvens \(K\), 12 risker placerade/,
    });
    const square = (p: number, c: number) =>
      within(table).getByRole("button", { name: new RegExp(`Sannolikhet ${p}, konsekvens ${c},`) });
    // Domain.md's matrix: 7, 8 at S4/K4, seven risks at S3/K3, 2, 11 at S3/K2, 10 at S2/K3.
    // Its name is what it shows (the count, the Nr) and the square in words.
    expect(square(4, 4)).toHaveAccessibleName(/^2 ?7, 8 ?Sannolikhet 4, konsekvens 4, kritisk zon: 2 risker, Nr 7, 8$/);
    expect(square(3, 3)).toHaveTextContent(/^71, 3, 4, 5, 6, 9, 12/);
    expect(square(3, 2)).toHaveAccessibleName(/: 2 risker, Nr 2, 11$/);
    expect(square(2, 3)).toHaveAccessibleName(/: 1 risk, Nr 10$/);
    expect(square(1, 1)).toHaveAccessibleName("Sannolikhet 1, konsekvens 1, låg zon: 0 risker");
    const counted = [1, 2, 3, 4, 5].flatMap((p) =>
      [1, 2, 3, 4, 5].map((c) => Number(/: (\d+) risk/.exec(square(p, c).textContent!)![1])),
    );
    // One tab stop; the arrow keys move between the squares.
    expect(
      within(table)
        .getAllByRole("button")
        .filter((b) => b.tabIndex === 0),
    ).toEqual([square(5, 1)]);
    act(() => square(5, 1).focus());
    fireEvent.keyDown(square(5, 1), { key: "ArrowDown" });
    fireEvent.keyDown(square(4, 1), { key: "End" });
    expect(square(4, 5)).toHaveFocus();
    expect(counted.reduce((a, b) => a + b, 0)).toBe(12);
    fireEvent.click(square(4, 4));
    expect(square(4, 4)).toHaveAttribute("aria-pressed", "true");
    const chosen = within(screen.getByRole("region", { name: "Sannolikhet 4, konsekvens 4:" }));
    const risks = chosen.getAllByRole("button");
    expect(risks.map((b) => b.textContent?.slice(0, 6))).toEqual(["Nr 7: ", "Nr 8: "]);
    fireEvent.click(risks[0]);
    expect(await act(() => done)).toMatch(/^Internkontrollplan!C\d+$/);
  });
});

describe("pictures of pay and indicators", () => {
  test("pay: each befattning's ratio against the limits, the flagged ones said in words", async () => {
    show(portFor(await model("Lönelista", salarySampleWorkbook)));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const chart = await screen.findByRole("figure", {
      name: /^Kvinnors lön i % av mäns per befattning \(gränser 90 och 110 %\)$/,
    });
    const rows = within(chart).getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(1);
    // Every row is a befattning with its ratio to one decimal, or says why it is not compared.
    for (const row of rows) expect(row).toHaveTextContent(/\d+,\d %|jämförs inte/);
    const flagged = rows.filter((r) => /att analysera/.test(r.textContent ?? ""));
    for (const row of flagged) {
      const ratio = Number(/(\d+,\d) %/.exec(row.textContent!)![1].replace(",", "."));
      expect(ratio < 90 || ratio > 110).toBe(true);
    }
    expect(flagged.length).toBeGreaterThan(0);
  });

  test("pay information (Art. 7): a sheet of the worker's own, through Excel; a worker not there said so", async () => {
    const workbook = await model("Lönelista", salarySampleWorkbook);
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const form = await screen.findByRole("form", { name: "Löneinformation till en arbetstagare (artikel 7)" });
    const make = within(form).getByRole("button", { name: "Skapa blad med löneinformation" });
    // Neither or both: said before anything is read.
    fireEvent.click(make);
    expect(within(form).getByRole("alert")).toHaveTextContent("Ange antingen Anst.nr eller en rad, inte båda.");
    fireEvent.change(within(form).getByLabelText("Anst.nr"), { target: { value: "99999" } });
    fireEvent.click(make);
    expect(await screen.findByText("Anst.nr 99999 finns inte på Lönelista.")).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Löneinfo 99999");
    fireEvent.change(within(form).getByLabelText("Anst.nr"), { target: { value: "1005" } });
    fireEvent.click(make);
    expect(
      await screen.findByText(
        "Bladet Plankoll Löneinfo 1005 med löneinformation för Anst.nr 1005 är tillagt. Lämna det bara till arbetstagaren.",
      ),
    ).toBeInTheDocument();
    const sheet = workbook.sheet("Plankoll Löneinfo 1005");
    expect(workbook.active).toBe("Plankoll Löneinfo 1005");
    const texts = sheet.values.flat().map(String);
    expect(texts).toContain("Din lönenivå");
    expect(texts).toContain("Arbetstagare: Anst.nr 1005 (rad 9 på bladet Lönelista).");
    // The lines of text span the table (merged as the package writer merges them).
    expect(sheet.merges).toContainEqual({ r0: 0, c0: 0, rows: 1, cols: 6 });
    // Asked again: a second sheet beside the first, never over it.
    fireEvent.click(make);
    expect(await screen.findByText(/Bladet Plankoll Löneinfo 1005 \(2\) med/)).toBeInTheDocument();
  });

  test("the request log (Art. 7(4)): one sheet of Plankoll's kept up to date, a line per answer, a late answer said", async () => {
    const workbook = await model("Lönelista", salarySampleWorkbook);
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const form = await screen.findByRole("form", { name: "Löneinformation till en arbetstagare (artikel 7)" });
    const make = within(form).getByRole("button", { name: "Skapa blad med löneinformation" });
    fireEvent.change(within(form).getByLabelText("Anst.nr"), { target: { value: "1005" } });
    fireEvent.click(make);
    await screen.findByText(/Bladet Plankoll Löneinfo 1005 med/);
    // Asked long ago: answered late, and said so.
    fireEvent.change(within(form).getByLabelText("Begärd (datum)"), { target: { value: "2020-01-10" } });
    fireEvent.click(make);
    expect(
      await screen.findByText(/Svaret är sent: begäran gjordes 2020-01-10 och skulle besvaras senast 2020-03-10\./),
    ).toBeInTheDocument();
    // One log, never a second beside it; the answer is the sheet shown.
    expect(workbook.sheets.filter((s) => s.name.startsWith("Plankoll Löneinfo – logg"))).toHaveLength(1);
    expect(workbook.active).toBe("Plankoll Löneinfo 1005 (2)");
    const log = workbook.sheet("Plankoll Löneinfo – logg").values;
    const head = log.findIndex((row) => row[0] === "Begärd");
    expect(log[head]).toEqual(["Begärd", "Besvarad", "Senast", "I tid", "Arbetstagare", "Svaret till"]);
    const lines = log.slice(head + 1).filter((row) => row.some((c) => c !== "" && c !== null));
    expect(lines).toHaveLength(2);
    const today = lines[0][1];
    expect(lines[0][0]).toBe(today);
    expect(lines.map((l) => [l[3], l[4], l[5]])).toEqual([
      ["Ja", "1005", "arbetstagaren"],
      ["Nej", "1005", "arbetstagaren"],
    ]);
    expect(lines[1].slice(0, 3)).toEqual(["2020-01-10", today, "2020-03-10"]);
    // A date to come is no request yet: said, and nothing is made.
    fireEvent.change(within(form).getByLabelText("Begärd (datum)"), { target: { value: "2999-01-01" } });
    fireEvent.click(make);
    expect(await screen.findByText(/--asked behöver ett datum/)).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Löneinfo 1005 (3)");
  });

  test("indicators: one bar of statuses whose legend adds up to the indicators", async () => {
    show(portFor(await model("Mätetal", indicatorSampleWorkbook)));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    // 19 rows: 17 indicators, and activities under them.
    const figure = await screen.findByRole("figure", { name: "Status för 17 mätetal" });
    const items = within(figure)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items).toEqual(["Uppfyllt: 2", "Delvis uppfyllt: 8", "Ej uppfyllt: 4", "Utfall saknas: 3"]);
    expect(items.reduce((sum, text) => sum + Number(/\d+$/.exec(text)![0]), 0)).toBe(17);
  });
});

describe("the control plan followed up, in the pane", () => {
  test("per process and in total: a bar, and the counts in words that add up to the planned", async () => {
    show(portFor(await model("Uppföljning T2", followUpWorkbook)));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const figure = await screen.findByRole("figure", { name: "Uppföljning av internkontrollplanen – tertial 2" });
    const items = within(figure)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    const total = items.find((text) => text.startsWith("Totalt: "))!;
    expect(total).toBe(
      "Totalt: 19 planeradeGenomförda 12 · Pågår 1 · Ej genomförda 2 · Ej aktuella än 3 · Inställda 1 · med avvikelse 3, med åtgärd 2",
    );
    // Each process's counts add up to its planned, and the processes' planned to the total's.
    const processes = items.filter((text) => /^.+: \d+ planerade/.test(text) && !text.startsWith("Totalt"));
    let planned = 0;
    for (const text of processes) {
      const count = Number(/: (\d+) planerade/.exec(text)![1]);
      const counted = [...text.matchAll(/(?:Genomförda|Pågår|Ej genomförda|Ej aktuella än|Inställda) (\d+)/g)];
      expect(counted.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(count);
      planned += count;
    }
    expect(planned).toBe(19);
  });
});

describe("totals in the pane", () => {
  const kronor = (text: string) => Number(/([\d\s\u00a0\u202f]+) kr/.exec(text)![1].replace(/\D/g, ""));

  test("procurement: by type and by area, each adding up to the total over the threshold", async () => {
    show(portFor(await model("Plan för upphandling", procurementSampleWorkbook)));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    for (const name of ["Över tröskeln, per kontraktstyp", "Över tröskeln, per avtalsområde"]) {
      const figure = within(await screen.findByRole("figure", { name }));
      const parts = figure.getAllByRole("listitem").map((li) => kronor(li.textContent!));
      const total = kronor(figure.getByText(/^Totalt: /).textContent!);
      expect({ name, sum: parts.reduce((a, b) => a + b, 0) }).toEqual({ name, sum: total });
      expect(total).toBe(92_100_000);
    }
  });

  test("KUS: each application's sum, adding up to the total", async () => {
    show(portFor(await model("Ansökningar KUS", kusSampleWorkbook)));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska bladet" }));
    const figure = within(await screen.findByRole("figure", { name: "Äskat per ansökan" }));
    const parts = figure.getAllByRole("listitem").map((li) => kronor(li.textContent!));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(kronor(figure.getByText(/^Totalt: /).textContent!));
  });
});

describe("the whole workbook", () => {
  test("Granska: each sheet's findings under its name, the gaps between risk analysis and controls in their own group", async () => {
    const workbook = await model("Internkontrollplan", internalControlGapsWorkbook);
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    expect(await screen.findByText("Arbetsboken: 2 blad granskade, 2 följer en mall.")).toBeInTheDocument();
    // The workbook's counts are the sum of the sheets' and the group across them.
    expect(screen.getByText("Fel: 1 · Varningar: 2 · Information: 1")).toBeInTheDocument();
    const controls = within(screen.getByRole("region", { name: "Bladet Uppföljning med luckor" }));
    expect(controls.getByText("Fel: 1 · Varningar: 0 · Information: 0")).toBeInTheDocument();
    expect(within(controls.getByRole("list", { name: /Fel/ })).getByRole("listitem")).toHaveTextContent(
      "F42Ansvarig saknas.",
    );
    const across = within(screen.getByRole("region", { name: "Mellan bladen" }));
    expect(across.getByText("Fel: 0 · Varningar: 2 · Information: 1")).toBeInTheDocument();
    const warnings = within(across.getByRole("list", { name: /Varning/ })).getAllByRole("listitem");
    expect(warnings.map((w) => w.textContent?.match(/^\S+![A-Z]+\d+/)?.[0])).toEqual([
      "Internkontrollplan!C11",
      "Internkontrollplan!C12",
    ]);
    expect(within(across.getByRole("list", { name: /Information/ })).getByRole("listitem")).toHaveTextContent(
      /^'Uppföljning med luckor'!B40Den oönskade händelsen "Fusk vid tidrapportering görs"/,
    );
  });

  test("Skriv resultat writes every sheet; Skriv för bladet then keeps the others and says so; Rensa undoes all", async () => {
    const workbook = await model("Internkontrollplan", internalControlGapsWorkbook);
    const before = workbook.sheets.map((s) => [s.name, snapshot(s)] as const);
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByText(/^Resultatet är skrivet/)).toBeInTheDocument();
    const risk = workbook.sheet("Internkontrollplan");
    const controls = workbook.sheet("Uppföljning med luckor");
    expect(risk.notes.get("C11")).toMatch(/ingen kontroll/);
    expect(controls.notes.get("F42")).toMatch(/Ansvarig saknas/);
    const written = snapshot(risk);
    workbook.active = "Uppföljning med luckor";
    fireEvent.click(screen.getByRole("button", { name: "Skriv för bladet" }));
    expect(
      await screen.findByText(
        /Resultaten för Internkontrollplan från förra gången skrevs också, så att de finns kvar\.$/,
      ),
    ).toBeInTheDocument();
    expect(firstDifference(snapshot(risk), written)).toBeNull();
    expect(workbook.sheets.filter((s) => s.name === "Plankoll Granskning")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Rensa" }));
    expect(await screen.findByText("Plankolls markeringar och blad är borttagna.")).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).toEqual(before.map(([name]) => name));
    for (const [name, shot] of before) expect(firstDifference(snapshot(workbook.sheet(name)), shot)).toBeNull();
  });
});

describe("long work, protected sheets and changed sheets", () => {
  // Waits for the pane's next request to reach Excel: on the request itself, not on a timer, so a
  // slow machine only waits longer.
  const waitForSync = async (gate: ReturnType<typeof syncGate>) => {
    await act(() => gate.held());
    expect(gate.pending).toBe(1);
  };

  /** A 30 000-row risk register open in the pane, Excel behind a gate the test opens sync by sync. */
  async function openLargeRegister(rows = 30_000) {
    const workbook = new FakeWorkbook();
    const sheet = workbook.addSheet("Register", riskRegisterRows(rows));
    const gate = syncGate();
    show(fakePort(workbook, true, gate.gate).port);
    await screen.findByText(/följer mallen Riskanalys/, {}, { timeout: 20_000 });
    return { workbook, sheet, gate, before: snapshot(sheet) };
  }

  test("progress in rows read and cells written; Avbryt while writing takes back what was written", async () => {
    // Large enough that Skriv resultat takes several requests (it sends about 2 MB for 30 000 rows, in one).
    const { workbook, sheet, gate, before } = await openLargeRegister(90_000);

    gate.arm();
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    let sawReading = false;
    for (let i = 0; i < 100; i++) {
      await waitForSync(gate);
      if (screen.queryByText(/^Blad 1 av 1, Register: Läser rader: /)) sawReading = true;
      if (screen.queryByText(/^Skriver: /)) break;
      gate.step();
    }
    expect(sawReading).toBe(true);
    expect(screen.getByText(/^Skriver: [\d\s]+ av [\d\s]+ celler$/)).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Förlopp" })).toBeInTheDocument();
    // Something is already written when Avbryt is pressed.
    expect(workbook.sheets.map((s) => s.name)).toContain("Plankoll Data");
    expect(screen.getByRole("button", { name: "Skriv resultat" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    gate.open();
    // Taking back 90 000 rows' writes takes about half a second alone, more beside other suites.
    expect(
      await screen.findByText(/^Avbrutet. Plankoll tog bort det som hann skrivas/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Register"]);
    expect(firstDifference(snapshot(sheet), before)).toBeNull();
  }, 60_000);

  test("Avbryt while reading leaves the workbook untouched", async () => {
    const { sheet, gate, before } = await openLargeRegister();
    gate.arm();
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await waitForSync(gate);
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    gate.open();
    expect(await screen.findByText("Avbrutet. Inget är ändrat i arbetsboken.")).toBeInTheDocument();
    expect(firstDifference(snapshot(sheet), before)).toBeNull();
    expect(screen.getByRole("button", { name: "Granska" })).toBeEnabled();
  }, 60_000);

  test("Avbryt while Skriv resultat is still reading: nothing changed, the earlier results kept", async () => {
    const workbook = await model("Riskanalys med fel");
    const gate = syncGate();
    show(fakePort(workbook, true, gate.gate).port);
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    await screen.findByText(/Resultatet är skrivet/);
    const sheet = workbook.sheet("Riskanalys med fel");
    const written = snapshot(sheet);
    gate.arm();
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    await waitForSync(gate);
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    gate.open();
    expect(await screen.findByText("Avbrutet. Inget är ändrat i arbetsboken.")).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).toContain("Plankoll Granskning");
    expect(firstDifference(snapshot(sheet), written)).toBeNull();
  });

  test("a protected sheet: explained, nothing written", async () => {
    const workbook = await model("Riskanalys med fel");
    const sheet = workbook.sheet("Riskanalys med fel");
    const before = snapshot(sheet);
    sheet.isProtected = true;
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Bladet Riskanalys med fel är skyddat, så Plankoll kan inte markera det. Inget har ändrats.",
    );
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Data");
    expect(firstDifference(snapshot(sheet), before)).toBeNull();
  });

  test("a protected workbook structure: explained, nothing written", async () => {
    const workbook = await model("Riskanalys med fel");
    workbook.structureProtected = true;
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Arbetsbokens struktur är skyddad");
  });

  test("the sheet changed after Granska: reviewed again, said so, nothing written until asked again", async () => {
    const workbook = await model("Riskanalys med fel");
    show(portFor(workbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await screen.findByText("Fel: 9 · Varningar: 1 · Information: 0");
    // F8 said 6 where 3 × 3 = 9: the user corrects it after reviewing.
    const sheet = workbook.sheet("Riskanalys med fel");
    const row = sheet.values.findIndex((r) => r[5] === 6);
    sheet.set(row, 5, 9);
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByText(/^Arbetsboken har ändrats sedan den granskades/)).toBeInTheDocument();
    expect(screen.getByText("Fel: 8 · Varningar: 1 · Information: 0")).toBeInTheDocument();
    expect(workbook.sheets.map((s) => s.name)).not.toContain("Plankoll Granskning");
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByText(/Resultatet är skrivet/)).toBeInTheDocument();
  });
});

describe("the pane follows the active sheet", () => {
  test("another sheet's tab: the lines name it, from the review where there is one, else read anew", async () => {
    const workbook = await model("Riskanalys med fel");
    const { container } = show(portFor(workbook));
    // The lines at the top of the pane (the review's own lists name sheets too).
    const lines = () => [...container.querySelectorAll("main > div[aria-live] > p")].map((p) => p.textContent);
    expect(
      await screen.findByText("Bladet Riskanalys med fel följer mallen Riskanalys (rubrikrad 6, 9 rader)."),
    ).toBeInTheDocument();
    // Before any review: the sheet is read and judged when it is activated.
    await act(() => workbook.activate("Anteckningar"));
    expect(await screen.findByText(/Bladet Anteckningar matchar ingen mall/)).toBeInTheDocument();
    expect(lines()).toHaveLength(1);
    // After Granska: the review's report for the sheet, and Skriv för bladet acts on what the pane names.
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await screen.findByText(/Fynd i arbetsboken|fel/);
    await act(() => workbook.activate("Internkontrollplan"));
    await screen.findAllByText(/Bladet Internkontrollplan följer mallen Riskanalys/);
    expect(lines()).toEqual(["Bladet Internkontrollplan följer mallen Riskanalys (rubrikrad 4, 12 rader)."]);
    // Plankoll's own sheets leave the lines as they are.
    fireEvent.click(screen.getByRole("button", { name: "Skriv resultat" }));
    expect(await screen.findByText(/Resultatet är skrivet/)).toBeInTheDocument();
    await act(() => workbook.activate("Plankoll Granskning"));
    expect(lines()).toEqual(["Bladet Internkontrollplan följer mallen Riskanalys (rubrikrad 4, 12 rader)."]);
  });
});
