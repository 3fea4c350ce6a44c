/** @jest-environment jsdom */
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Root } from "../../src/taskpane/components/Root";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { riskSampleWorkbook } from "../../scripts/sampleWorkbooks";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";
import { SETTINGS_SHEET, defaultSettings } from "../../src/core";

beforeAll(installExcelGlobals);

async function model() {
  const workbook = new FakeWorkbook();
  for (const grid of workbookGrids(await roundTrip(riskSampleWorkbook()))) workbook.addSheet(grid.sheet, grid.values);
  workbook.active = "Internkontrollplan";
  return workbook;
}

function show(workbook: FakeWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Root port={fakePort(workbook).port} officeLocale="sv" capabilities={{ excelApi: true, notes: true }} />
    </FluentProvider>,
  );
}

async function review(text: RegExp | string) {
  // The first load compiles the lazily imported settings schema: allow it time.
  await screen.findByText(/följer mallen|follows the/, undefined, { timeout: 10_000 });
  fireEvent.click(screen.getByRole("button", { name: /^(Granska|Review)$/ }));
  return screen.findByText(text);
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe("settings kept with the workbook", () => {
  test("zone bands are validated, saved in a very hidden sheet and used at once", async () => {
    const workbook = await model();
    show(workbook);
    expect(await review("Riskzoner: 0 låg, 10 medium, 2 kritisk")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
    await screen.findByRole("heading", { name: "Inställningar" });
    fireEvent.change(field("Risk: högsta riskvärde i låg zon"), { target: { value: "12" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(
      await screen.findByText("Högsta värdet för låg zon måste vara lägre än för medium zon."),
    ).toBeInTheDocument();
    fireEvent.change(field("Risk: högsta riskvärde i låg zon"), { target: { value: "6" } });
    fireEvent.change(field("Risk: högsta riskvärde i medium zon"), { target: { value: "12" } });
    fireEvent.change(field("Upphandling: redovisa kontrakt över (kr)"), { target: { value: "tre miljoner" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Ange ett tal.")).toBeInTheDocument();
    fireEvent.change(field("Upphandling: redovisa kontrakt över (kr)"), { target: { value: "2 000 000" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Inställningarna är sparade i arbetsboken.")).toBeInTheDocument();
    const stored = workbook.sheet(SETTINGS_SHEET);
    expect(stored!.visibility).toBe("VeryHidden");
    expect(JSON.parse(String(stored!.get(0, 0)))).toMatchObject({
      settings: { risk: { lowMax: 6, mediumMax: 12 }, procurement: { thresholdSek: 2_000_000 } },
      language: "auto",
    });
    expect(await review("Riskzoner: 3 låg, 7 medium, 2 kritisk")).toBeInTheDocument();
  });

  test("a choice among the settings (which risks need a control) is offered as one and saved as its value", async () => {
    const workbook = await model();
    show(workbook);
    await screen.findByText(/följer mallen/, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("button", { name: "Inställningar" }));
    await screen.findByRole("heading", { name: "Inställningar" });
    const choice = screen.getByLabelText("Internkontrollplan: risker som ska ha en kontroll") as HTMLSelectElement;
    expect(choice.value).toBe("medium");
    expect([...choice.options].map((o) => o.textContent)).toEqual([
      "Alla risker",
      "Medium och kritisk zon",
      "Kritisk zon",
    ]);
    fireEvent.change(choice, { target: { value: "critical" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara" }));
    expect(await screen.findByText("Inställningarna är sparade i arbetsboken.")).toBeInTheDocument();
    expect(JSON.parse(String(workbook.sheet(SETTINGS_SHEET)!.get(0, 0))).settings.controls).toEqual({
      riskZone: "critical",
    });
  });

  test("a colleague opening the workbook gets its settings; reset puts back the defaults", async () => {
    const workbook = await model();
    const sheet = workbook.addSheet(SETTINGS_SHEET, [
      [
        JSON.stringify({
          settings: { ...defaultSettings(), risk: { lowMax: 6, mediumMax: 12, matrixZones: null } },
          language: "en",
        }),
      ],
    ]);
    sheet.visibility = "VeryHidden";
    show(workbook);
    expect(await review("Risk zones: 3 low, 7 medium, 2 critical")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    fireEvent.click(await screen.findByRole("button", { name: "Reset to defaults" }));
    expect(field("Risk: highest risk value in the low zone").value).toBe("4");
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "sv" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await review("Riskzoner: 0 låg, 10 medium, 2 kritisk")).toBeInTheDocument();
  });

  test("settings that cannot be used are named, and the defaults apply", async () => {
    const workbook = await model();
    workbook.addSheet(SETTINGS_SHEET, [['{"settings": {"risk": {"lowMax": "fyra"}}}']]);
    show(workbook);
    expect(
      await screen.findByText(/Arbetsbokens inställningar kunde inte användas/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await review("Riskzoner: 0 låg, 10 medium, 2 kritisk")).toBeInTheDocument();
  });

  test("an Excel without the needed requirement set says so and offers no writing", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Root port={fakePort(await model()).port} officeLocale="sv" capabilities={{ excelApi: false, notes: false }} />
      </FluentProvider>,
    );
    expect(
      await screen.findByText(/saknar funktioner Plankoll behöver/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Granska" })).toBeEnabled());
    expect(screen.getByRole("button", { name: "Skriv resultat" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Rensa" })).toBeDisabled();
  });
});
