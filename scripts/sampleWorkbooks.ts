/** Builds the sample and test workbooks from the seed data, as exceljs workbooks. */
import ExcelJS from "exceljs";
import { internalControlRisks, vorRows } from "./seedData";

export type RawCell =
  string | number | boolean | null | { error: string } | { formula: string; result?: number | string };

export interface RawSheet {
  name: string;
  rows: RawCell[][];
  merges?: string[];
  widths?: number[];
}

/** A workbook with the given cells, text wrapped as typed (line breaks kept). */
export function workbookFromRows(sheets: readonly RawSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Plankoll samples";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
        if (typeof value === "string" && value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
      }),
    );
    for (const merge of spec.merges ?? []) sheet.mergeCells(merge);
    spec.widths?.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  }
  return workbook;
}

const RISK_HEADER = ["Process", "Nr", "Oönskad händelse", "Sannolikhet", "Konsekvens", "Riskvärde", "Åtgärd"];

function internalControlSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Nämndens internkontrollplan 2017"],
    ["Oönskade händelser värderas 1–5 efter sannolikhet och konsekvens; riskvärde = sannolikhet × konsekvens."],
    [],
    RISK_HEADER,
  ];
  const merges: string[] = [];
  let groupStart = -1;
  internalControlRisks.forEach((risk, i) => {
    const previous = internalControlRisks[i - 1];
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
    const next = internalControlRisks[i + 1];
    if ((!next || next.process !== risk.process) && row > groupStart) merges.push(`A${groupStart}:A${row}`);
  });
  return { name: "Internkontrollplan", rows, merges, widths: [30, 5, 40, 16, 16, 10, 40] };
}

function vorSheet(): RawSheet {
  const rows: RawCell[][] = [
    ["Väsentlighets- och riskanalys – oönskade händelser som inte ingår i internkontrollplanen"],
    [],
    ["Process", "Arbetssätt", "Oönskad händelse", "Riskvärde", "Åtgärd"],
    ...vorRows.map((r) => [r.process || null, r.method || null, r.event, r.value, r.action || null]),
  ];
  return { name: "Väsentlighets- och riskanalys", rows, widths: [30, 30, 50, 10, 50] };
}

/** Mistakes a controller makes, each one a finding Plankoll must give at the right cell. */
export function mistakesSheet(): RawSheet {
  return {
    name: "Riskanalys med fel",
    widths: [16, 5, 36, 16, 18, 9, 30],
    rows: [
      ["Riskanalys 2027 – Ekonomiavdelningen"],
      ["Fyll i sannolikhet och väsentlighet 1–5."],
      ["Version 2, reviderad"],
      [],
      [],
      ["Process", "Nr", "Risk", "Sanno-\nlikhet", "Väsentlighet", "Risk-\nvärde", "Åtgärd"],
      ["Ekonomi", 1, "Budgeten överskrids", "Sannolikt", "Allvarlig", 16, "Månatlig uppföljning"],
      [null, 2, "Felaktig attest", 3, 3, 6, null],
      [null, 3, "Leverantörsfakturor betalas dubbelt", "3.Sannolikt", "2.Lindrig", 8, null],
      ["Personal", 4, "Hög personalomsättning", "4 - Sannolikt", "5 - Mycket allvarlig", null, null],
      [null, 4, "Kompetens saknas", 6, 2, 12, "Rekrytera"],
      [null, 6, null, 2, 2, 4, null],
      ["IT", 7, "Systemavbrott", 2, 3, 7, null],
      [null, 8, "Dataförlust", { error: "#REF!" }, 4, { error: "#REF!" }, "Säkerhetskopiering"],
      [null, 9, "Lösenord delas", "Möjlig", "Lindrig", 6, "Informera"],
      [],
      [null, null, "Anm.: riskerna bedömdes vid workshop 2026-03-14, underlag hos controller."],
    ],
  };
}

function notesSheet(): RawSheet {
  return {
    name: "Anteckningar",
    rows: [
      ["Mötesanteckningar, riskworkshop"],
      ["Deltagare: controller, avdelningschefer"],
      [],
      ["Nästa steg: uppföljning i tertialrapport 1."],
    ],
  };
}

export function riskSampleWorkbook(): ExcelJS.Workbook {
  return workbookFromRows([internalControlSheet(), vorSheet(), mistakesSheet(), notesSheet()]);
}

/** The sample workbooks, by file name under samples/. */
export const sampleWorkbooks: Record<string, () => ExcelJS.Workbook> = {
  "riskanalys.xlsx": riskSampleWorkbook,
};
