/** The Lönekartläggning template (domain.md §3). */
import type { TemplateDefinition } from "../types";
import { salaryColumns, salaryLayouts } from "./columns";
import { analyzeSalary, type SalaryResult } from "./analyze";

export type { SalaryResult, Position, EqualValueGap } from "./analyze";

export const salaryTemplate: TemplateDefinition<SalaryResult> = {
  id: "salary",
  nameKey: "template.salary",
  columns: salaryColumns,
  layouts: salaryLayouts,
  analyze: analyzeSalary,
};
