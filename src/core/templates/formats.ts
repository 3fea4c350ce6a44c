/** Excel number formats the blank sheets give their columns. */
export const DATE_FORMAT = "yyyy-mm-dd";
export const KRONOR_FORMAT = '#,##0 "kr"';
