/** The thresholds a förvaltning may change; the defaults are the city's rules. */
import type { Settings } from "./settingsSchema";

export type { Settings, Zone } from "./settingsSchema";

export const defaultSettings: Settings = {
  risk: { lowMax: 4, mediumMax: 9, matrixZones: null },
  indicators: { tolerancePercent: 10 },
  salary: { lowLimit: 90, highLimit: 110, smallGroup: 3 },
  procurement: { thresholdSek: 1_800_000 },
  genderBalance: { minSharePercent: 40 },
};
