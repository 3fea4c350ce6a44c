/** What the pane asks Office: display language, theme and requirement sets; safe outside Office. */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export interface Capabilities {
  /** getRanges, getCellProperties and the rest of what Plankoll writes with. */
  excelApi: boolean;
  /** Notes on cells (ExcelApi 1.18). */
  notes: boolean;
  /** The larger view: a dialog window the pane sends its review to (DialogApi 1.2). */
  dialog?: boolean;
}

export function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

export function capabilities(): Capabilities {
  try {
    const requirements = Office.context.requirements;
    return {
      excelApi: requirements.isSetSupported("ExcelApi", "1.9"),
      notes: requirements.isSetSupported("ExcelApi", "1.18"),
      dialog: requirements.isSetSupported("DialogApi", "1.2"),
    };
  } catch {
    // Outside Office (the demo, tests) the stand-in supports what Plankoll uses.
    // No dialog window there: the pane is the whole view.
    return { excelApi: true, notes: true, dialog: false };
  }
}

/** True when Office's body background is dark (the dark and black Office themes). */
export function officeIsDark(): boolean {
  try {
    const hex = Office.context.officeTheme?.bodyBackgroundColor?.replace("#", "");
    if (hex && hex.length === 6) {
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
    }
  } catch {
    // No Office theme: light.
  }
  return false;
}

/** Office's theme as Fluent's: the dark theme is loaded only by those who use it. */
export async function officeTheme(): Promise<Theme> {
  if (!officeIsDark()) return webLightTheme;
  return (await import("./darkTheme")).webDarkTheme;
}

/**
 * Calls `changed` when Office's theme may have changed while the pane is open: on Office's
 * OfficeThemeChanged event where the host raises it, and whenever the pane regains focus or
 * becomes visible (Excel's theme is changed in its own window). Returns a function that stops.
 */
export function watchOfficeTheme(changed: () => void): () => void {
  let last = officeIsDark();
  const check = () => {
    const dark = officeIsDark();
    if (dark !== last) {
      last = dark;
      changed();
    }
  };
  try {
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, check);
  } catch {
    // Not raised by this host: focus and visibility below cover it.
  }
  window.addEventListener("focus", check);
  document.addEventListener("visibilitychange", check);
  return () => {
    window.removeEventListener("focus", check);
    document.removeEventListener("visibilitychange", check);
  };
}
