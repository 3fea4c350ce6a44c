/** Risk levels 1–5 written as "3", "3.Möjlig", "3 - Möjlig", "Möjlig" or "2.Mindre\nsannolikt". */
import type { CellValue } from "../types";
import { compactLabel, HYPHEN_LINE_BREAK, SOFT_HYPHEN, WHITE_SPACE_RUN } from "./cells";
import { withoutTextMarks } from "./numbers";

export type LevelScale = "probability" | "consequence";

/** The scale labels in Swedish, index 0 = level 1; these are the words people type. */
export const SCALE_LABELS: Record<LevelScale, readonly string[]> = {
  probability: ["Osannolikt", "Mindre sannolikt", "Möjlig", "Sannolikt", "Mycket sannolikt"],
  consequence: ["Försumbar", "Lindrig", "Kännbar", "Allvarlig", "Mycket allvarlig"],
};

/** Other spellings seen for the same level. */
const ALIASES: Record<LevelScale, Record<string, number>> = {
  probability: { osannolik: 1, mindresannolik: 2, mojligt: 3, sannolik: 4, mycketsannolik: 5 },
  consequence: { forsumbara: 1, lindriga: 2, kannbara: 3, allvarliga: 4, mycketallvarliga: 5 },
};

export type LevelResult =
  | { ok: true; level: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "mismatch"; level: number; label: string; labelLevel: number };

const COMPACT_LABELS: Record<LevelScale, string[]> = {
  probability: SCALE_LABELS.probability.map(compactLabel),
  consequence: SCALE_LABELS.consequence.map(compactLabel),
};

function levelOfLabel(scale: LevelScale, label: string): number | null {
  const key = compactLabel(label);
  const index = COMPACT_LABELS[scale].indexOf(key);
  if (index >= 0) return index + 1;
  return ALIASES[scale][key] ?? null;
}

/** A register repeats the same few level texts; reading each once keeps 100 000 rows fast. */
const CACHE_LIMIT = 10_000;
/** "3", "3.Möjlig", "3 - Möjlig": the level's number and the label after it. */
const NUMBERED_LEVEL = /^(\d+)\s*(?:[.):\-–]\s*)?(.*)$/;
const cache: Record<LevelScale, Map<string, LevelResult>> = { probability: new Map(), consequence: new Map() };

export function parseLevel(value: CellValue, scale: LevelScale): LevelResult {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1 && value <= 5
      ? { ok: true, level: value }
      : { ok: false, reason: "invalid" };
  }
  if (typeof value !== "string") return { ok: false, reason: "invalid" };
  const known = cache[scale].get(value);
  if (known) return known;
  const result = parseLevelText(value, scale);
  if (cache[scale].size < CACHE_LIMIT) cache[scale].set(value, result);
  return result;
}

function parseLevelText(value: string, scale: LevelScale): LevelResult {
  // Word-break hyphens and line breaks inside the cell are layout, not content.
  const text = withoutTextMarks(
    value.replace(SOFT_HYPHEN, "").replace(HYPHEN_LINE_BREAK, "").replace(WHITE_SPACE_RUN, " ").trim(),
  );
  const numbered = text.match(NUMBERED_LEVEL);
  if (numbered) {
    const level = Number(numbered[1]);
    if (level < 1 || level > 5) return { ok: false, reason: "invalid" };
    const label = numbered[2].trim();
    if (!label) return { ok: true, level };
    const labelLevel = levelOfLabel(scale, label);
    if (labelLevel === null) return { ok: false, reason: "invalid" };
    if (labelLevel !== level) return { ok: false, reason: "mismatch", level, label, labelLevel };
    return { ok: true, level };
  }
  const labelLevel = levelOfLabel(scale, text);
  return labelLevel === null ? { ok: false, reason: "invalid" } : { ok: true, level: labelLevel };
}
