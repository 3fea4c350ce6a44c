/**
 * Request sizes as Microsoft's office.js serializes them. Our own fake counted about 205 bytes for
 * a restore entry; office.js writes its object path and actions, about 1 000. The batch measures
 * the request office.js has queued and keeps every request under its budget, far under the 5 MB
 * Excel on the web accepts.
 */
import { BACKUP_SHEET, type Backup } from "../../src/core";
import { Batch, PAYLOAD_BUDGET, queuedRequestBytes } from "../../src/excel/batch";
import { clearPlan, queueRestore } from "../../src/excel/write";
import { loadOfficeJs } from "./officeJs";

const WEB_LIMIT = 5 * 1024 * 1024;

/** A record of `count` cells that Rensa restores one by one (each had a colour of its own: none are put back together). */
function backupOf(count: number): Backup {
  return {
    version: 1,
    adapter: "excel",
    sheets: [],
    cells: Array.from({ length: count }, (_, i) => ({
      sheet: "Riskanalys",
      range: `F${2 * i + 2}`,
      format: { fillColor: `#${(0x100000 + i).toString(16).toUpperCase()}`, fillPattern: "Solid", bold: i % 3 === 0 },
      addedNote: true,
      clearValue: i % 5 === 0,
    })),
  };
}

describe("through office.js itself", () => {
  const office = loadOfficeJs();
  beforeAll(() => {
    (globalThis as { Excel?: unknown }).Excel = office.Excel;
  });
  beforeEach(() => office.requests.splice(0));

  test("the queued request is measured as office.js will send it", async () => {
    const context = office.context();
    expect(queuedRequestBytes(context)).not.toBeNull();
    const range = context.workbook.worksheets.getItem("Riskanalys").getRange("F8");
    range.format.fill.color = "#F8CBAD";
    range.format.font.bold = true;
    const measured = queuedRequestBytes(context)!;
    await context.sync();
    expect(office.requests).toHaveLength(1);
    expect(office.requests[0].bytes).toBe(measured);
    // One restore-like entry is about a kilobyte, five times what the data alone suggests.
    expect(measured).toBeGreaterThan(900);
  });

  test("estimates alone would overrun the budget; measured, every request stays under it", async () => {
    const backup = backupOf(8_000);
    // The former model: estimates only, never measured.
    await office.Excel.run(office.context(), async (blind) => {
      const unmeasured = new Batch(blind, PAYLOAD_BUDGET, undefined, () => null);
      await queueRestore(blind, backup, ["Riskanalys"], unmeasured, false);
      await unmeasured.flush();
    });
    const blindLargest = Math.max(...office.requests.map((r) => r.bytes));
    expect(blindLargest).toBeGreaterThan(2 * PAYLOAD_BUDGET);

    office.requests.splice(0);
    const result = await office.Excel.run(office.context(), (context) =>
      clearPlan(context, backup, ["Riskanalys", BACKUP_SHEET], undefined, false),
    );
    const sizes = office.requests.map((r) => r.bytes);
    // Excel.run adds one request of its own at the end, releasing the references it was given.
    expect(sizes.length).toBeLessThanOrEqual(result.syncs + 1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PAYLOAD_BUDGET * 1.05);
    expect(Math.max(...sizes)).toBeLessThan(WEB_LIMIT);
    // Syncs follow the payload: about total bytes over the budget, not one per entry.
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(sizes.length).toBeLessThanOrEqual(Math.ceil(total / (PAYLOAD_BUDGET * 0.8)) + 1);
    // Every entry was sent: one fill colour per cell restored.
    const colours = office.requests.flatMap((r) =>
      r.body.Actions.filter((a) => a.ActionType === 4 && a.Name === "Color"),
    );
    expect(colours).toHaveLength(8_000);
  }, 60_000);
});
