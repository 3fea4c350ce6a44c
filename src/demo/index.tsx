/** demo.html: the task pane beside a sample workbook held in the page (the package layer the command line uses), no Excel needed. */
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  FluentProvider,
  Select,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
  Field,
} from "@fluentui/react-components";
import { translator, localeFromLanguage } from "../core/i18n";
import { registerEnglish } from "../core/i18n/english";
import { registerSwedishMore } from "../core/i18n/swedishMore";
import { isPlankollSheet } from "../core/analyze";
import { explainError, problem as aProblem } from "../core/problem";
import { Root } from "../taskpane/components/Root";
import { demoPort, openBook, visibleSheets, type DemoState } from "./port";
import { sheetView } from "../ooxml/view";
import { SheetView } from "./SheetView";

declare const __PLANKOLL_SAMPLES__: string[];

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 360px",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
  },
  book: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

// The demo carries both languages whole: it is a page to try Plankoll, not the pane's bundle.
registerSwedishMore();
registerEnglish();
const locale = localeFromLanguage(navigator.language);
const t = translator(locale);

function Demo() {
  const styles = useStyles();
  const [sample, setSample] = useState(__PLANKOLL_SAMPLES__[0]);
  const [state, setState] = useState<DemoState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setState(null);
    void (async () => {
      try {
        const response = await fetch(`samples/${encodeURIComponent(sample)}`);
        const book = openBook(new Uint8Array(await response.arrayBuffer()));
        const first = visibleSheets(book)[0];
        if (live) setState({ book, active: first, selected: null, lastUserSheet: first });
      } catch (error) {
        if (live) setProblem(t("demo.loadError", { message: explainError(error, t, () => aProblem("cli.internal")) }));
      }
    })();
    return () => {
      live = false;
    };
  }, [sample]);

  const port = useMemo(() => (state ? demoPort(state, () => setVersion((v) => v + 1), t) : null), [state]);
  const visible = state ? visibleSheets(state.book) : [];
  // Read from the package once per workbook and sheet, not on every render (a selected cell re-renders).
  const book = state?.book;
  const activeName = state?.active;
  const active = useMemo(() => {
    const sheet = book?.read.sheets.find((s) => s.name === activeName);
    return book && sheet ? sheetView(book.pkg, book.read.layout, sheet, locale) : null;
  }, [book, activeName]);

  return (
    <div className={styles.page}>
      <section className={styles.book} aria-labelledby="demo-title">
        <Text as="h1" size={600} weight="semibold" id="demo-title">
          {t("demo.title")}
        </Text>
        <Text as="p">{t("demo.intro")}</Text>
        <Field label={t("demo.sample")}>
          <Select value={sample} onChange={(_, data) => setSample(data.value)}>
            {__PLANKOLL_SAMPLES__.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        {problem && <Text role="alert">{problem}</Text>}
        {!state && !problem && <Text role="status">{t("demo.loading")}</Text>}
        {state && (
          <nav className={styles.tabs} aria-label={t("demo.sheets")}>
            {visible.map((name) => (
              <Button
                key={name}
                size="small"
                appearance={name === state.active ? "primary" : isPlankollSheet(name) ? "outline" : "secondary"}
                aria-current={name === state.active ? "page" : undefined}
                onClick={() => port!.activate(name)}
              >
                {name}
              </Button>
            ))}
          </nav>
        )}
        {active && <SheetView view={active} selected={state!.selected} t={t} />}
      </section>
      <div className={styles.pane}>
        {port && <Root key={sample} port={port} officeLocale={locale} capabilities={{ excelApi: true, notes: true }} />}
      </div>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Demo />
  </FluentProvider>,
);
