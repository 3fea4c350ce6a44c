/** Registers the Swedish strings the pane needs only now and then (settings, Infoga mall), the CLI and the demo. */
import more from "./sv.more.json";
import { registerLocale } from "./index";

let registered = false;

/** Once: a later call must not undo strings registered since (a test's pseudo-locale). */
export function registerSwedishMore(): void {
  if (registered) return;
  registered = true;
  registerLocale("sv", more);
}
