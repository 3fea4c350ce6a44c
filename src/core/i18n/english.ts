/** Registers the English strings; the command line and tests call this, the pane loads it on demand. */
import en from "./en.json";
import { registerLocale } from "./index";

export function registerEnglish(): void {
  registerLocale("en", en);
}
