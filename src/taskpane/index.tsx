/** Task pane entry: waits for Office, picks the language, renders the pane. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { localeFromLanguage } from "../core/i18n";
import { excelPort } from "../excel/port";
import { App } from "./components/App";

function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

void Office.onReady(() => {
  const locale = localeFromLanguage(displayLanguage());
  document.documentElement.lang = locale;
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App port={excelPort()} locale={locale} />
    </FluentProvider>,
  );
});
