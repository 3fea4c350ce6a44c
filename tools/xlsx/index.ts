/** The .xlsx adapter (exceljs): the same read and write operations as the Excel adapter, for files. */
export * from "./readGrid";
export * from "./applyPlan";
export * from "./blank";
export * from "./settings";
