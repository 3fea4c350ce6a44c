/** What every template whose rows are kept a column each must give: its list as read, made once, and as it leaves Plankoll. */
import type { SheetReport } from "../../src/core";

/** The result's list `key` is `expected`, the same list at every read, and the same in the report as JSON. */
export function expectListAsRead(report: SheetReport, key: string, expected: readonly unknown[]): void {
  const result = report.result as unknown as Record<string, unknown>;
  expect(result[key]).toEqual(expected);
  expect(result[key]).toBe(result[key]);
  const left = JSON.parse(JSON.stringify(report)) as { result: Record<string, unknown> };
  expect(left.result[key]).toEqual(expected);
  // Every member of the result, the list among them, in the report that leaves, in its place.
  expect(Object.keys(left.result)).toEqual(Object.keys(result));
}
