/**
 * @jest-environment jsdom
 *
 * The pay transparency report saved from the pane: a button where the review holds a payroll of one
 * row per employee, its files (the same the command line writes) in one zip through the browser's
 * download, no person's pay in them; no button where the review holds no payroll.
 */
import { act, render, screen, fireEvent, cleanup } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { unzipSync, strFromU8 } from "fflate";
import { App } from "../../src/taskpane/components/App";
import { fakePort, installExcelGlobals, type FakeWorkbook } from "../excel/fakeExcel";
import { paneModel } from "../helpers/paneModel";
import { riskSampleWorkbook } from "../../scripts/sampleWorkbooks";
import { paySurveyWorkbook } from "../../scripts/paySurveySample";

beforeAll(installExcelGlobals);
afterEach(cleanup);

function show(workbook: FakeWorkbook) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort(workbook).port} locale="sv" />
    </FluentProvider>,
  );
}

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe("the pay transparency report saved from the pane", () => {
  const created: Blob[] = [];
  const clicked: string[] = [];
  beforeAll(() => {
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        created.push(blob);
        return `blob:plankoll/${created.length}`;
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });

  test("one zip with the report's files, the indicators in them and no pay", async () => {
    show(await paneModel("Lönelista", paySurveyWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    const button = await screen.findByRole("button", { name: "Spara lönetransparensrapporten (JSON, CSV)" });
    fireEvent.click(button);
    await screen.findByText(/^Sparade lonetransparens\.zip/);
    expect(clicked).toEqual(["lonetransparens.zip"]);
    const files = unzipSync(await bytesOf(created[0]));
    expect(Object.keys(files).sort()).toEqual([
      "lonetransparens-falt.txt",
      "lonetransparens-kategorier.csv",
      "lonetransparens-lonedelar.csv",
      "lonetransparens.csv",
      "lonetransparens.json",
    ]);
    const json = JSON.parse(strFromU8(files["lonetransparens.json"]))[0];
    expect(typeof json.meanGapAnnualPercent).toBe("number");
    expect(json.categories.length).toBeGreaterThan(0);
    // No amount of kronor: every number in the files is a count, a year or a percentage.
    const numbers = Object.values(files).flatMap((f) => strFromU8(f).match(/\d[\d.]*/g) ?? []);
    expect(numbers.filter((n) => Number(n) > 10_000)).toEqual([]);
  });

  test("no button where the review holds no payroll", async () => {
    show(await paneModel("Internkontrollplan", riskSampleWorkbook));
    await screen.findByText(/följer mallen/);
    fireEvent.click(screen.getByRole("button", { name: "Granska" }));
    await screen.findAllByText(/Internkontrollplan/);
    // The exports are made after the review is shown: given time, inside act.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.queryByRole("button", { name: /lönetransparensrapporten/ })).not.toBeInTheDocument();
  });
});
