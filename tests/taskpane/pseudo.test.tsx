/**
 * @jest-environment jsdom
 *
 * Pseudo-localisation: every Swedish string is replaced by a marked one. Any text the pane shows
 * that is not marked (apart from the user's own data: sheet names, cells, numbers) is hard-coded.
 */
import { render, screen, fireEvent } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import svMain from "../../src/core/i18n/sv.json";
import svMore from "../../src/core/i18n/sv.more.json";
import { allStrings, registerLocale, type Table } from "../../src/core/i18n";
// Every template's words and every code's message are marked too.
import "../../src/core/templates";
import "../../src/core/codes";
import { Root } from "../../src/taskpane/components/Root";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { riskSampleWorkbook } from "../../scripts/sampleWorkbooks";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";

const sv = { ...svMain, ...svMore };
const pseudo = Object.fromEntries(
  Object.entries({ ...allStrings("sv"), ...sv }).map(([k, v]) => [k, `⟦${v}⟧`]),
) as Table;

beforeAll(() => {
  installExcelGlobals();
  registerLocale("sv", pseudo);
});
afterAll(() => registerLocale("sv", sv as Table));

/** Text left when marked strings, cell addresses, numbers and the sample's sheet names are removed. */
function unmarked(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let all = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) all += node.textContent + "\n";
  // Marked strings nest (a template's name inside a sentence): remove the innermost first.
  let rest = all;
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, " ");
  }
  rest = rest.replace(/\b[A-Z]{1,3}\d+\b/g, " ").replace(/[\d\s.,:–—()/·%-]+/g, " ");
  for (const word of rest.split(/\s+/)) if (/\p{L}/u.test(word)) texts.push(word);
  return texts;
}

test("the pane shows no user text outside the strings files", async () => {
  const workbook = new FakeWorkbook();
  for (const grid of workbookGrids(await roundTrip(riskSampleWorkbook()))) workbook.addSheet(grid.sheet, grid.values);
  workbook.active = "Riskanalys med fel";
  render(
    <FluentProvider theme={webLightTheme}>
      <Root port={fakePort(workbook).port} officeLocale="sv" capabilities={{ excelApi: true, notes: false }} />
    </FluentProvider>,
  );
  const review = await screen.findByRole("button", { name: "⟦Granska⟧" }, { timeout: 10_000 });
  await screen.findByText(/⟦Bladet/, undefined, { timeout: 10_000 });
  fireEvent.click(review);
  await screen.findByText(/⟦Arbetsboken: /);
  expect(screen.getAllByText(/⟦Fel: 9/).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole("button", { name: "⟦Infoga mall⟧" }));
  expect(unmarked()).toEqual([]);
  fireEvent.click(screen.getByRole("button", { name: "⟦Inställningar⟧" }));
  await screen.findByRole("heading", { name: "⟦Inställningar⟧" }, { timeout: 10_000 });
  expect(unmarked()).toEqual([]);
});
