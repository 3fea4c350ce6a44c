/** The larger view's entry (dialog.html): waits for Office, then shows what the pane sends. */
import { createRoot } from "react-dom/client";
import { localeFromLanguage, translator } from "../core/i18n";
import { Themed } from "../ui/Themed";
import { displayLanguage, officeTheme } from "../ui/office";
import { officeChannel, type DialogChannel } from "../ui/channel";
import { LargerView } from "./LargerView";

void Office.onReady(async () => {
  const locale = localeFromLanguage(displayLanguage());
  document.documentElement.lang = locale;
  const theme = await officeTheme();
  // The browser test stands in for Office's messages here (tests/browser/dialogStub.ts).
  const stand = (window as { __plankollDialogChannel?: DialogChannel }).__plankollDialogChannel;
  createRoot(document.getElementById("root")!).render(
    <Themed initial={theme}>
      <LargerView channel={stand ?? officeChannel()} t={translator(locale)} />
    </Themed>,
  );
});
