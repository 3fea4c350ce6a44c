/**
 * @jest-environment jsdom
 *
 * Last year's workbook chosen in the pane: read in the pane with the package reader (nothing
 * uploaded), its measures followed up in the review, removed again; a file that is no workbook said
 * in words. The chooser shows only where a review holds a template that follows up (the payroll).
 */
import { render, screen, fireEvent, cleanup, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { fakePort, installExcelGlobals, type FakeWorkbook } from "../excel/fakeExcel";
import { paneModel } from "../helpers/paneModel";
import { procurementSampleWorkbook, riskSampleWorkbook, workbookFromRows } from "../../scripts/sampleWorkbooks";
import { paySurveyWorkbook } from "../../scripts/paySurveySample";

beforeAll(installExcelGlobals);
afterEach(cleanup);

const model = paneModel;

function show(workbook: FakeWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort(workbook).port} locale="sv" />
    </FluentProvider>,
  );
}

/** A file as the browser's picker gives it (jsdom's File without arrayBuffer gets it from its bytes). */
function fileOf(name: string, bytes: Uint8Array): File {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name);
  if (typeof file.arrayBuffer !== "function")
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

async function lastYear(): Promise<File> {
  const bytes = await workbookFromRows([
    {
      name: "Handlingsplan 2025",
      rows: [
        ["Befattning", "Åtgärd", "Kostnad (kr/år)", "År"],
        ["Lärare SFI", "Höj lärarnas löner mot ekonomerna", 300000, 2026],
      ],
    },
  ]).xlsx.writeBuffer();
  return fileOf("handlingsplan-2025.xlsx", new Uint8Array(bytes as ArrayBuffer));
}

const FOLLOWED =
  "Lärare SFI ('Handlingsplan 2025'!A2): åtgärden ”Höj lärarnas löner mot ekonomerna” (2026) är inte genomförd";

const chooser = (container: HTMLElement) => container.querySelector<HTMLInputElement>("input[type=file]")!;

describe("last year's workbook in the pane", () => {
  test("chosen, its measures are followed up in the review; removed, they are not", async () => {
    const { container } = show(await model("Lönelista", paySurveyWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    expect(await screen.findByText("Förra årets arbetsbok")).toBeInTheDocument();
    expect(screen.queryByText(/Handlingsplan 2025/)).not.toBeInTheDocument();
    fireEvent.change(chooser(container), { target: { files: [await lastYear()] } });
    expect(await screen.findByText("Följer upp: handlingsplan-2025.xlsx")).toBeInTheDocument();
    // Among the findings across sheets, on this year's befattning, naming where last year's measure stands.
    await waitFor(() => expect(document.body.textContent).toContain(FOLLOWED), { timeout: 5000 });
    expect(document.body.textContent).toContain(`Lönelista!B205${FOLLOWED}`);
    fireEvent.click(screen.getByRole("button", { name: "Ta bort" }));
    await screen.findByText("Förra årets arbetsbok");
    await screen.findByRole("button", { name: "Granska" });
    await waitFor(() => expect(document.body.textContent).not.toContain(FOLLOWED), { timeout: 5000 });
    expect(screen.queryByText(/Följer upp:/)).not.toBeInTheDocument();
  });

  test("a file that is no workbook is said in words, and nothing is followed up", async () => {
    const { container } = show(await model("Lönelista", paySurveyWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await screen.findByText("Förra årets arbetsbok");
    const text = new TextEncoder().encode("Befattning;Åtgärd\nLärare;Höjning\n");
    fireEvent.change(chooser(container), { target: { files: [fileOf("plan.csv", text)] } });
    expect(
      await screen.findByText("plan.csv går inte att läsa som en Excel-arbetsbok (.xlsx eller .xlsm)."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Följer upp:/)).not.toBeInTheDocument();
  });

  test("a review of a risk analysis offers the chooser (compared with last year's); one of a procurement plan does not", async () => {
    show(await model("Riskanalys med fel", riskSampleWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    expect(await screen.findByText("Förra årets arbetsbok")).toBeInTheDocument();
    cleanup();
    show(await model("Plan för upphandling", procurementSampleWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await screen.findAllByText(/Plan för upphandling/);
    await screen.findByRole("button", { name: "Granska" });
    expect(screen.queryByText("Förra årets arbetsbok")).not.toBeInTheDocument();
  });
});
