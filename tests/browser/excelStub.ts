/**
 * Stands in for Excel in the browser tests: window.Excel.run over the same fake request context
 * the adapter's unit tests use, holding the sheets the test passes in window.__plankollSheets.
 */
import { FakeContext, FakeWorkbook, fakeExcelEnums } from "../excel/fakeExcel";
import type { CellValue } from "../../src/core/types";

interface StubWindow {
  __plankollSheets: { name: string; values: CellValue[][]; active?: boolean }[];
  __plankollModel: FakeWorkbook;
  Excel: unknown;
}

const w = window as unknown as StubWindow;
const model = new FakeWorkbook();
for (const sheet of w.__plankollSheets ?? []) {
  model.addSheet(sheet.name, sheet.values);
  if (sheet.active) model.active = sheet.name;
}
w.__plankollModel = model;
w.Excel = {
  ...fakeExcelEnums,
  // Excel.run(batch) or, as Plankoll calls it, Excel.run({ delayForCellEdit: true }, batch).
  // Excel.run(context, batch), as a handler is removed, runs in that context.
  run: async <T>(first: object | ((context: unknown) => Promise<T>), second?: (context: unknown) => Promise<T>) => {
    const batch = typeof first === "function" ? first : second!;
    return batch(first instanceof FakeContext ? first : new FakeContext(model));
  },
};
