/** Seed 001's risk analysis as printed: the internkontrollplan's first half (one sheet). */
import { internalControlRisks, type SeedRisk } from "./seedData";
import type { RawCell, RawSheet } from "./rawWorkbook";

const RISK_HEADER = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"];

/** The risk analysis sheet: the seed's risks, or another year's (`risks`, under its `title`). */
export function internalControlSheet(
  risks: readonly SeedRisk[] = internalControlRisks,
  title = "Nämndens internkontrollplan 2017",
): RawSheet {
  const rows: RawCell[][] = [
    [title],
    ["Oönskade händelser värderas 1–5 efter sannolikhet och konsekvens; riskvärde = sannolikhet × konsekvens."],
    [],
    RISK_HEADER,
  ];
  const merges: string[] = [];
  let groupStart = -1;
  risks.forEach((risk, i) => {
    const previous = risks[i - 1];
    const newGroup = !previous || previous.process !== risk.process;
    rows.push([
      newGroup ? risk.process : null,
      risk.nr,
      risk.event,
      risk.probability,
      risk.consequence,
      risk.value,
      risk.action,
    ]);
    const row = rows.length;
    if (newGroup) groupStart = row;
    const next = risks[i + 1];
    if ((!next || next.process !== risk.process) && row > groupStart) merges.push(`A${groupStart}:A${row}`);
  });
  return { name: "Internkontrollplan", rows, merges, widths: [30, 5, 40, 16, 16, 10, 40] };
}
