/** @jest-environment jsdom */
/**
 * The larger view from the pane's side, with Office's Dialog API stood in for: Större vy opens
 * dialog.html in a dialog window, gives it the review when it says it is ready and again after a
 * new Granska, and selects the cell of a finding chosen there; the dialog page shows what it is
 * given and asks for the selection.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { LargerView } from "../../src/dialog/LargerView";
import type { DialogChannel, ToDialog, ToPane } from "../../src/ui/channel";
import { translator } from "../../src/core";
import { FakeWorkbook, fakePort, installExcelGlobals } from "../excel/fakeExcel";
import { riskSampleWorkbook } from "../../scripts/sampleWorkbooks";
import { workbookGrids } from "../../tools/xlsx";
import { roundTrip } from "../helpers/workbooks";

interface OpenDialog {
  url: string;
  options: object;
  sent: ToDialog[];
  handlers: Map<string, (arg: { message?: string }) => void>;
}
const opened: OpenDialog[] = [];

beforeAll(() => {
  installExcelGlobals();
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      ui: {
        displayDialogAsync: (url: string, options: object, callback: (result: object) => void) => {
          const dialog: OpenDialog = { url, options, sent: [], handlers: new Map() };
          opened.push(dialog);
          callback({
            status: "succeeded",
            value: {
              messageChild: (message: string) => dialog.sent.push(JSON.parse(message) as ToDialog),
              addEventHandler: (type: string, handler: (arg: { message?: string }) => void) =>
                dialog.handlers.set(type, handler),
              close: () => undefined,
            },
          });
        },
      },
    },
  };
});

async function model() {
  const workbook = new FakeWorkbook();
  for (const grid of workbookGrids(await roundTrip(riskSampleWorkbook()))) workbook.addSheet(grid.sheet, grid.values);
  workbook.active = "Riskanalys med fel";
  return workbook;
}

const fromDialog = (dialog: OpenDialog, message: ToPane) =>
  act(() => dialog.handlers.get("dialogMessageReceived")!({ message: JSON.stringify(message) }));

test("Större vy opens the dialog, sends the review when it is ready and again after Granska; a finding there selects its cell", async () => {
  const workbook = await model();
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={fakePort(workbook).port} locale="sv" capabilities={{ excelApi: true, notes: true, dialog: true }} />
    </FluentProvider>,
  );
  await screen.findByText(/följer mallen/);
  // Nothing to show before the first Granska.
  expect(screen.queryByRole("button", { name: "Större vy" })).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Granska" }));
  fireEvent.click(await screen.findByRole("button", { name: "Större vy" }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(opened).toHaveLength(1);
  const dialog = opened[0];
  expect(dialog.url).toMatch(/\/dialog\.html$/);
  expect(dialog.sent).toEqual([]);
  await fromDialog(dialog, { kind: "ready" });
  expect(dialog.sent).toHaveLength(1);
  const first = dialog.sent[0];
  expect(first.kind).toBe("review");
  expect(first.review.sheets).toContain("Riskanalys med fel");
  expect(first.names.risk).toBe("Riskanalys");
  // A new Granska: the open view is given it too.
  fireEvent.click(screen.getByRole("button", { name: "Granska" }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
  expect(dialog.sent.length).toBeGreaterThanOrEqual(2);
  workbook.active = "Internkontrollplan";
  await fromDialog(dialog, { kind: "select", sheet: "Riskanalys med fel", cell: "F8" });
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(workbook.active).toBe("Riskanalys med fel");
});

test("the dialog page says it is ready, shows the review it is given and asks for a finding's cell", async () => {
  const sent: ToPane[] = [];
  let deliver: ((m: ToDialog) => void) | null = null;
  const channel: DialogChannel = { send: (m) => sent.push(m), listen: (h) => (deliver = h) };
  render(
    <FluentProvider theme={webLightTheme}>
      <LargerView channel={channel} t={translator("sv")} />
    </FluentProvider>,
  );
  expect(screen.getByRole("status")).toHaveTextContent("Väntar på granskningen");
  expect(sent).toEqual([{ kind: "ready" }]);
  // A review as the pane sends it: taken from the pane's own session.
  const workbook = await model();
  const { createSession } = await import("../../src/taskpane/session");
  const review = await createSession(fakePort(workbook).port, { locale: "sv" }).reviewScope("workbook");
  act(() => deliver!({ kind: "review", review: JSON.parse(JSON.stringify(review)), names: { risk: "Riskanalys" } }));
  const section = await screen.findByRole("region", { name: "Bladet Riskanalys med fel" });
  const errors = within(section).getByRole("list", { name: /Fel/ });
  fireEvent.click(within(errors).getAllByRole("button")[0]);
  expect(sent.at(-1)).toEqual({ kind: "select", sheet: "Riskanalys med fel", cell: "F8" });
});

test("outside Office the dialog page says where it is opened from", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <LargerView channel={null} t={translator("sv")} />
    </FluentProvider>,
  );
  expect(screen.getByText(/öppnas från Plankolls åtgärdsfönster/)).toBeInTheDocument();
});
