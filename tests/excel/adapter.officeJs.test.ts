/**
 * The adapter suite (adapter.test.ts) again, every port call through Microsoft's office.js and the
 * host simulator (Microsoft 365 on the web; without ExcelApi 1.18 where the suite asks for no notes).
 */
import { simulatedPort } from "./hostSimulator";

(globalThis as { plankollPortOn?: unknown }).plankollPortOn = simulatedPort;
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("./adapter.test");
