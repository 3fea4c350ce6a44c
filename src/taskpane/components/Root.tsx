/** Loads the workbook's settings, picks the language, and switches between the pane and its settings view. */
import { lazy, Suspense, useEffect, useState } from "react";
import { translator } from "../../core/i18n";
import type { Locale } from "../../core/types";
import type { StoredSettings } from "../../core/settingsSchema";
import { hasLocale } from "../../core/i18n";
import type { WorkbookPort } from "../../core/port";
import type { Capabilities } from "../../ui/office";
import { App } from "./App";

// Settings are opened rarely: their view and zod are loaded when needed.
const SettingsPanel = lazy(() => import("./SettingsPanel"));

/** Swedish is built in; English is loaded the first time it is shown. */
async function ensureLocale(locale: Locale): Promise<void> {
  if (hasLocale(locale)) return;
  (await import("../../core/i18n/english")).registerEnglish();
}

export function Root(props: { port: WorkbookPort; officeLocale: Locale; capabilities: Capabilities }) {
  const [stored, setStored] = useState<StoredSettings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [view, setView] = useState<"pane" | "settings">("pane");
  const locale: Locale = stored && stored.language !== "auto" ? stored.language : props.officeLocale;
  const t = translator(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [json, schema] = await Promise.all([
        props.port.readSettings().catch(() => null),
        import("../../core/settingsSchema"),
      ]);
      const parsed = schema.parseStoredSettings(json);
      if (!live) return;
      // The defaults come with the schema: every template's section, from its definition.
      const defaults: StoredSettings = { settings: schema.defaultSettings(), language: "auto" };
      if (parsed && "problems" in parsed) {
        const t = translator(props.officeLocale);
        setNotice(t("settings.loadError", { message: schema.settingsWords(parsed.problems, t) }));
        setStored(defaults);
      } else setStored(parsed ?? defaults);
    })();
    return () => {
      live = false;
    };
  }, [props.port, props.officeLocale]);

  if (!stored) {
    return <p role="status">{t("pane.loadingSettings")}</p>;
  }
  if (view === "settings") {
    return (
      <Suspense fallback={<p>{t("pane.busy")}</p>}>
        <SettingsPanel
          stored={stored}
          locale={locale}
          onSave={async (next) => {
            await props.port.saveSettings(JSON.stringify(next));
            await ensureLocale(next.language === "auto" ? props.officeLocale : next.language);
            setStored(next);
            setNotice(translator(next.language === "auto" ? props.officeLocale : next.language)("settings.saved"));
            setView("pane");
          }}
          onCancel={() => setView("pane")}
        />
      </Suspense>
    );
  }
  return (
    <App
      port={props.port}
      locale={locale}
      settings={stored.settings}
      capabilities={props.capabilities}
      notice={notice}
      onOpenSettings={() => {
        setNotice(null);
        setView("settings");
      }}
    />
  );
}
