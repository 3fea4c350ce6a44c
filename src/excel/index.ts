/** The Excel adapter (Office.js): reads sheets into grids and applies write plans. No business rules. */
export * from "./read";
export * from "./write";
export * from "./ranges";
export * from "./ownSheets";
export * from "./port";
export * from "./blank";
export * from "./settings";
