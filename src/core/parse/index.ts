/** Swedish value parsing: the one place that knows how people write numbers, amounts, dates and levels. */
export * from "./cells";
export * from "./numbers";
export * from "./amounts";
export * from "./quantity";
export * from "./dates";
export * from "./levels";
export * from "./stated";
