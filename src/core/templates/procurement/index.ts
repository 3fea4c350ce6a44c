/** Plan för upphandling (docs/templates.md): values, periods with options, contract types, the reporting threshold. */
import type { ColumnSpec } from "../../sheet/columns";
import { defineTemplate, type TemplateOutcome } from "../types";
import type { Ctx } from "./strings";
import type { DataRow, Table } from "../../sheet/table";
import { COLORS } from "../../plan";
import { HEADER_LOOK, WriteList, fillLook } from "../../writes";
import { cellText, compactLabel } from "../../parse/cells";
import { parseDateCell, parsePeriod, periodLength, serialToIso } from "../../parse/dates";
import { formatSek, tableReader } from "../common";
import { strings } from "./strings";
import type { ContractType, ProcurementResult } from "./result";
import { codes, wordings } from "./codes";
import { procurementSummary } from "./summarySheet";
import { ProcurementColumns, itemCounts, type ItemRead } from "./kept";
import type { z } from "zod";
import { DATE_FORMAT, KRONOR_FORMAT } from "../formats";

export type { ContractType, ProcurementItem, ProcurementResult } from "./result";

const columns = [
  { key: "area", labels: ["Avtalsområde", "Område", "Verksamhetsområde"], group: true },
  { key: "description", labels: ["Beskrivning", "Upphandling", "Benämning", "Avtal"] },
  { key: "plannedStart", labels: ["Planerat startdatum", "Startdatum"], prefix: true },
  { key: "period", labels: ["Avtalsperiod", "Avtalstid"], prefix: true },
  {
    key: "contractValue",
    labels: ["Uppskattat kontraktsvärde", "Kontraktsvärde", "Uppskattat värde", "Värde"],
    prefix: true,
  },
  { key: "contractType", labels: ["Kontraktstyp", "Typ av kontrakt"], prefix: true },
  { key: "comment", labels: ["Kommentar", "Kommentarer", "Anmärkning"] },
] as const satisfies readonly ColumnSpec[];

const typeCache = new Map<string, ContractType | null>();

export function contractType(text: string): ContractType | null {
  let type = typeCache.get(text);
  if (type === undefined) {
    type = contractTypeOf(text);
    if (typeCache.size < 1000) typeCache.set(text, type);
  }
  return type;
}

const TYPE_WORDS: [RegExp, ContractType][] = [
  [/(entreprenad(er|en)?)$/, "works"],
  [/(tjanst(er|en|erna)?|tjanste)$/, "services"],
  [/(var(a|or|orna|an|u))$/, "goods"],
];
/** Words that end a compound without saying its type: "Tjänsteupphandling", "Varuinköp". */
const NEUTRAL_HEAD = /(upphandling(ar)?|inkop|kop|kontrakt|avtal|anskaffning)$/;

/** The type a word names, by its head word: "Byggentreprenad", "Konsulttjänster", "Varuinköp". */
function typeOfWord(word: string): ContractType | null {
  let key = word;
  if (NEUTRAL_HEAD.test(key) && !TYPE_WORDS.some(([p]) => p.test(key))) key = key.replace(NEUTRAL_HEAD, "");
  for (const [pattern, type] of TYPE_WORDS) if (pattern.test(key)) return type;
  return null;
}

const typesCache = new Map<string, readonly ContractType[]>();

/** The types a text names: one for "Tjänst", two for "Varor och tjänster". Shared: never changed. */
export function contractTypes(text: string): readonly ContractType[] {
  let types = typesCache.get(text);
  if (types === undefined) {
    types = contractTypesOf(text);
    if (typesCache.size < 1000) typesCache.set(text, types);
  }
  return types;
}

function contractTypesOf(text: string): ContractType[] {
  const types: ContractType[] = [];
  for (const word of text.split(/[\s,/&+]+|\boch\b|\bsamt\b/)) {
    const key = compactLabel(word);
    if (!key) continue;
    const type = typeOfWord(key);
    if (type && !types.includes(type)) types.push(type);
  }
  return types;
}

function contractTypeOf(text: string): ContractType | null {
  const types = contractTypesOf(text);
  return types.length === 1 ? types[0] : null;
}

/** The table's findings and its reader. */
function readerOf(table: Table, ctx: Ctx) {
  const findings = ctx.findings();
  const read = tableReader(table, findings, ctx.t);
  // Each column read, found once.
  const cols = read.columnsOf(["description", "plannedStart", "period", "contractType", "contractValue"] as const);
  return { table, ctx, findings, read, cols };
}
type Reading = ReturnType<typeof readerOf>;

function plannedStartOf({ cols }: Reading, r: DataRow): string | "ongoing" | null {
  const col = cols.plannedStart;
  const raw = col.filled(r, true);
  if (raw === null) return null;
  const parsed = parseDateCell(raw, "start");
  if (!parsed) {
    col.notA("NOT_A_DATE", r);
    return null;
  }
  // "Pågår" and "Löpande": the procurement is under way.
  return parsed.kind === "date" ? parsed.iso : "ongoing";
}

/** Avtalsperiod into the item: its start, its end, its end with every option; reversed or before the planned start reported. */
function readPeriod({ findings, cols, ctx: { t } }: Reading, r: DataRow, item: ItemRead): void {
  const { plannedStart } = item;
  const col = cols.period;
  const raw = col.filled(r, true);
  if (raw === null) return;
  const text = typeof raw === "number" ? (serialToIso(raw) ?? String(raw)) : String(raw);
  const period = parsePeriod(text);
  if (!period) {
    // "3+1 år": a length and its options, which no date anchors (the planned start is the
    // procurement's, not the contract's): said as read, not as unreadable.
    const length = typeof raw === "string" ? periodLength(raw) : null;
    if (length) {
      findings.add(
        "PERIOD_INVALID",
        col.address(r),
        r.row,
        { value: cellText(raw), length: lengthText(length, t) },
        "PERIOD_LENGTH_ONLY",
      );
    } else findings.add("PERIOD_INVALID", col.address(r), r.row, { value: cellText(raw) });
    return;
  }
  if (period.start && period.end && period.end < period.start) {
    findings.add("PERIOD_INVALID", col.address(r), r.row, { start: period.start, end: period.end }, "PERIOD_REVERSED");
    return;
  }
  if (period.start && plannedStart && plannedStart !== "ongoing" && period.start < plannedStart) {
    findings.add("PERIOD_BEFORE_START", col.address(r), r.row, {
      start: period.start,
      planned: plannedStart,
    });
  }
  item.periodStart = period.start;
  item.periodEnd = period.end;
  item.periodEndWithOptions = period.endWithOptions;
}

/** A length in words: "3 år", "18 mån", "3 år och 1 år i option". */
function lengthText({ months, optionMonths }: { months: number; optionMonths: number }, t: Ctx["t"]): string {
  const said = (n: number) => (n % 12 === 0 ? t("period.years", { count: n / 12 }) : t("period.months", { count: n }));
  return optionMonths ? t("period.withOptions", { length: said(months), options: said(optionMonths) }) : said(months);
}

/** Uppskattat kontraktsvärde against the threshold: a range is judged with both ends, over or below only when both agree. */
function readValue(c: Reading, r: DataRow, threshold: number, thresholdText: string, item: ItemRead): void {
  const { findings, cols } = c;
  const col = cols.contractValue;
  const stated = col.amountStated(r, true);
  // The reader's record, set again by its next read: its figures taken at once.
  const sek = stated?.sek ?? null;
  const highSek = stated?.highSek ?? null;
  const valueSek = sek !== null && highSek === null ? sek : null;
  const valueRangeSek: [number, number] | null = sek !== null && highSek !== null ? [sek, highSek] : null;
  let reportable: boolean | null = null;
  if (sek !== null) {
    const low = sek > threshold;
    const high = (highSek ?? sek) > threshold;
    reportable = low === high ? low : null;
  }
  if (valueRangeSek) {
    const ends = { low: formatSek(valueRangeSek[0]), high: formatSek(valueRangeSek[1]), threshold: thresholdText };
    col.uncertain(r, ends, reportable === null ? "AMOUNT_RANGE_THRESHOLD" : "AMOUNT_RANGE");
  }
  if (reportable === false) {
    findings.add("BELOW_THRESHOLD", col.address(r), r.row, {
      value: valueRangeSek ? `${formatSek(valueRangeSek[0])}–${formatSek(valueRangeSek[1])}` : formatSek(sek!),
      threshold: thresholdText,
    });
  }
  item.valueSek = valueSek;
  item.valueRangeSek = valueRangeSek;
  item.reportable = reportable;
}

/** Kontraktstyp: varor, tjänster or byggentreprenad; one that names two, or none, reported. */
function typeOf({ findings, ctx, cols }: Reading, r: DataRow): ContractType | null {
  const { t } = ctx;
  const col = cols.contractType;
  const typeText = col.requiredText(r);
  if (!typeText) return null;
  const type = contractType(typeText);
  if (type) return type;
  const named = contractTypes(typeText);
  if (named.length > 1) {
    findings.add(
      "VALUE_UNCERTAIN",
      col.address(r),
      r.row,
      {
        value: typeText,
        types: named.map((n) => t(`type.${n}` as const).toLowerCase()).join(` ${t("word.or")} `),
      },
      "CONTRACT_TYPE_AMBIGUOUS",
    );
  } else if (!type) findings.add("CONTRACT_TYPE_INVALID", col.address(r), r.row, { value: typeText });
  return type;
}

function analyzeProcurement(table: Table, ctx: Ctx): TemplateOutcome<ProcurementResult> {
  const { t } = ctx;
  const threshold = ctx.settings.procurement.thresholdSek;
  const c = readerOf(table, ctx);
  // A value, an end with options and whether to report, on each row; the headers.
  const writes = new WriteList(3 * table.rows.length + 3);
  const items = new ProcurementColumns(table.rows.length, table.grid.originCol + c.cols.description.index);
  // One record for every row, its fields set as they are read (the period's and the value's by
  // readPeriod and readValue), then kept in the columns: no object made per procurement.
  const item: ItemRead = {
    row: 0,
    area: null,
    description: null,
    plannedStart: null,
    periodStart: null,
    periodEnd: null,
    periodEndWithOptions: null,
    valueSek: null,
    valueRangeSek: null,
    type: null,
    reportable: null,
  };
  const outColumn = table.grid.originCol + table.firstFreeColumn;
  const thresholdText = formatSek(threshold);
  const yes = t("salary.yes");
  const no = t("salary.no");
  const below = fillLook(COLORS.info);
  // Walked by index: the loop runs once over every row, before V8 has optimized it.
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows.at(i);
    const description = c.cols.description.requiredText(r);
    const plannedStart = c.cols.plannedStart.present ? plannedStartOf(c, r) : null;
    item.row = r.row;
    item.area = r.group;
    item.description = description;
    item.plannedStart = plannedStart;
    item.periodStart = null;
    item.periodEnd = null;
    item.periodEndWithOptions = null;
    readPeriod(c, r, item);
    readValue(c, r, threshold, thresholdText, item);
    item.type = typeOf(c, r);
    items.add(item);
    if (item.valueSek !== null) writes.add(r.row, outColumn, item.valueSek);
    if (item.periodEndWithOptions) writes.add(r.row, outColumn + 1, item.periodEndWithOptions);
    if (item.reportable !== null) {
      if (item.reportable) writes.add(r.row, outColumn + 2, yes);
      else writes.add(r.row, outColumn + 2, no, below);
    }
  }
  if (items.length) {
    (["column.valueSek", "column.endWithOptions", "column.report"] as const).forEach((key, i) =>
      writes.add(table.headerRow, outColumn + i, t(key), HEADER_LOOK),
    );
  }
  return { findings: c.findings.items, writes, result: items.result(threshold) };
}

export interface ProcurementSettings {
  /** Only procurements whose total value, options included, is over this are reported (kronor). */
  thresholdSek: number;
}

declare module "../types" {
  interface TemplateTypes {
    procurement: { result: ProcurementResult; code: keyof typeof codes; settings: ProcurementSettings };
  }
}

export const procurementTemplate = defineTemplate({
  id: "procurement",
  strings,
  nameKey: "template.procurement",
  names: ["upphandling", "upphandlingsplan"],
  codes,
  wordings,
  columns,
  layouts: [
    ["description", "contractValue", "contractType"],
    ["description", "period", "contractValue"],
  ],
  analyze: analyzeProcurement,
  overview: (r: ProcurementResult, t) =>
    t("pane.procurementSummary", {
      items: itemCounts(r).items,
      total: formatSek(r.totalSek),
      below: itemCounts(r).below,
    }),
  summary: procurementSummary,
  blank: {
    sheet: "blank.procurement.sheet",
    title: "blank.procurement.title",
    rows: 200,
    columns: [
      { key: "blank.procurement.area", width: 28 },
      { key: "blank.procurement.description", width: 44 },
      { key: "blank.procurement.plannedStart", width: 16, numberFormat: DATE_FORMAT },
      { key: "blank.procurement.period", width: 34 },
      { key: "blank.procurement.value", width: 18, numberFormat: KRONOR_FORMAT },
      {
        key: "blank.procurement.type",
        width: 18,
        list: (t) => [t("blank.type.goods"), t("blank.type.services"), t("blank.type.works")],
      },
      { key: "blank.procurement.comment", width: 30 },
    ],
  },
  settings: {
    defaults: { thresholdSek: 1_800_000 } as ProcurementSettings,
    schema: (zod: typeof z, d: ProcurementSettings) =>
      zod.strictObject({ thresholdSek: zod.number().min(0).default(d.thresholdSek) }),
    fields: [{ key: "thresholdSek", label: "settings.procurement.thresholdSek" }],
  },
});
