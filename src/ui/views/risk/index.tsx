/** The risk template's view: the 5 × 5 matrix, where the sheet is laid out as one. */
import { RiskMatrix } from "./RiskMatrix";
import { defineView } from "../registry";

export const riskView = defineView("risk", ({ report, t, onSelect }) =>
  report.result.layout === "matrix" ? (
    <RiskMatrix sheet={report.sheet} result={report.result} t={t} onSelect={onSelect} />
  ) : null,
);
