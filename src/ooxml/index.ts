/** The workbook package layer: any .xlsx / .xlsm read by streaming its parts. */
export * from "./read";
export * from "./write";
