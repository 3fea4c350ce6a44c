/**
 * The command line's year: a highlighted copy is corrected by hand, checked again and cleared. What
 * the user typed over Plankoll's values stays through both (the writer lets the grids go before it
 * writes: what was typed over is known from the reading).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { main } from "../../src/cli/main";
import { XlsxPackage, readWorkbookPackage } from "../../src/ooxml";
import { typedInto } from "../helpers/package";
import { parseA1 } from "../../src/core/sheet/address";
import { capture } from "../helpers/cli";

const root = join(__dirname, "..", "..");
const open = (file: string) => XlsxPackage.fromBytes(readFileSync(file), (d) => inflateRawSync(d));

function valueAt(file: string, sheet: string, cell: string): unknown {
  const grid = readWorkbookPackage(open(file)).grids.find((g) => g.sheet === sheet)!;
  const { row, column } = parseA1(cell);
  return grid.values[row - grid.originRow]?.[column - grid.originCol];
}

/** The copy with a cell typed into, saved in place (the rest of the package as it is). */
function typeInto(file: string, sheet: string, cell: string, content: string): void {
  writeFileSync(file, typedInto(open(file), sheet, cell, content));
}

test("a value typed over Plankoll's in the copy stays when the copy is checked again and when it is cleared", async () => {
  const dir = mkdtempSync(join(tmpdir(), "plankoll-after-edit-"));
  const sheet = "Riskanalys med fel";
  const { io } = capture();
  await main(["check", join(root, "samples", "riskanalys.xlsx"), "--out", join(dir, "1")], io);
  const copy = join(dir, "1", "riskanalys.xlsx");
  expect(valueAt(join(dir, "1", "riskanalys.xlsx"), sheet, "F10")).toBe(""); // Plankoll's 20, read as empty
  typeInto(copy, sheet, "F10", "<v>16</v>");
  expect(valueAt(copy, sheet, "F10")).toBe(16);
  const json = capture();
  await main(["check", copy, "--json"], json.io);
  const findings = JSON.parse(json.out.join("\n"))[0].sheets.find((s: { sheet: string }) => s.sheet === sheet).findings;
  expect(findings.filter((f: { cell: string }) => f.cell === "F10").map((f: { code: string }) => f.code)).toContain(
    "RISK_VALUE_MISMATCH",
  );
  await main(["check", copy, "--out", join(dir, "2")], io);
  expect(valueAt(join(dir, "2", "riskanalys.xlsx"), sheet, "F10")).toBe(16);
  for (const from of [copy, join(dir, "2", "riskanalys.xlsx")]) {
    const out = join(dir, `cleared-${from.includes(join(dir, "2")) ? 2 : 1}`);
    expect(await main(["clear", from, "--out", out], io)).toBe(0);
    expect(valueAt(join(out, "riskanalys.xlsx"), sheet, "F10")).toBe(16);
  }
});
