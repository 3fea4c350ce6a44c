/**
 * The job evaluation as the payroll reads it: each evaluated job with its value group's rank, and
 * a befattning matched to its job by the same name, by its code (AID, Kategori), or by the same
 * significant words in another order or form; a text that fits two jobs is matched to neither.
 */
import type { SheetReport } from "../types";
import { eventKey, eventWords } from "../../parse/words";
import { sheetRef } from "../../sheet/address";

type Report<Id extends string> = Extract<SheetReport, { template: Id }>;

/** A job of the evaluation as a payroll's befattning is matched to it. */
export interface ValuedJob {
  job: string;
  points: number | null;
  group: string | null;
  /** The group's place among the evaluation's groups, lowest points first (equal value is the same rank). */
  rank: number | null;
  /** Where the job stands ("'Arbetsvärdering'!A5"). */
  at: string;
}

/** How a befattning was matched to its evaluated job: by the same name, by its code, or by the same words. */
export type MatchHow = "name" | "code" | "words";

/** The evaluated jobs, each with its group's rank among all the evaluation's groups. */
export function valuedJobs(evaluations: readonly Report<"jobeval">[]): ValuedJob[] {
  const minOf = new Map<string, number>();
  for (const e of evaluations)
    for (const g of e.result.groups) minOf.set(g.group, Math.min(minOf.get(g.group) ?? Infinity, g.minPoints));
  const ranks = new Map([...minOf].sort((a, b) => a[1] - b[1]).map(([group], i) => [group, i + 1]));
  return evaluations.flatMap((e) =>
    e.result.jobs.map((j) => ({
      job: j.job,
      points: j.points,
      group: j.group,
      rank: j.group === null ? null : (ranks.get(j.group) ?? null),
      at: sheetRef(e.sheet, j.cell),
    })),
  );
}

/** Finds a befattning's evaluated job by its title (and code), or null. */
export type JobFinder = (title: string, code: string | null) => { job: ValuedJob; how: MatchHow } | null;

/** The finder over the evaluated jobs: the same name, the same code, or the same significant words (one job only). */
export function jobFinder(jobs: readonly ValuedJob[]): JobFinder {
  const keys = new Map(jobs.map((j) => [j, eventKey(j.job)]));
  const wordsOf = new Map(jobs.map((j) => [j, [...eventWords(j.job)].sort().join(" ")]));
  const found = new Map<string, { job: ValuedJob; how: MatchHow } | null>();
  return (title, code) => {
    const cacheKey = `${title}\u0000${code ?? ""}`;
    if (found.has(cacheKey)) return found.get(cacheKey)!;
    const key = eventKey(title);
    const byName = jobs.find((j) => keys.get(j) === key);
    const codeKey = code === null ? "" : eventKey(code);
    const byCode = !byName && codeKey ? jobs.find((j) => keys.get(j) === codeKey) : undefined;
    const words = [...eventWords(title)].sort().join(" ");
    const byWords = !byName && !byCode && words ? jobs.filter((j) => wordsOf.get(j) === words) : [];
    const distinct = new Set(byWords.map((j) => keys.get(j)));
    const result = byName
      ? { job: byName, how: "name" as const }
      : byCode
        ? { job: byCode, how: "code" as const }
        : distinct.size === 1
          ? { job: byWords[0], how: "words" as const }
          : null;
    found.set(cacheKey, result);
    return result;
  };
}

/** The job evaluations of a workbook's reports (a first reading's, or the whole review's). */
export function evaluationsIn(reports: readonly SheetReport[]): Report<"jobeval">[] {
  return reports.filter((r): r is Report<"jobeval"> => r.template === "jobeval");
}
