/** Task pane entry: waits for Office, picks language and theme, renders the pane. */
import { createRoot } from "react-dom/client";
import { localeFromLanguage } from "../core/i18n";
import { excelPort } from "../excel/port";
import { Root } from "./components/Root";
import { Themed } from "../ui/Themed";
import { capabilities, displayLanguage, officeTheme } from "../ui/office";

// An older webview was told why the pane cannot run (support.js); nothing more is started.
const unsupported = (window as { __plankollUnsupported?: string[] }).__plankollUnsupported;

if (!unsupported)
  void Office.onReady(async () => {
    const locale = localeFromLanguage(displayLanguage());
    document.documentElement.lang = locale;
    const theme = await officeTheme();
    createRoot(document.getElementById("root")!).render(
      <Themed initial={theme}>
        <Root port={excelPort()} officeLocale={locale} capabilities={capabilities()} />
      </Themed>,
    );
  });
