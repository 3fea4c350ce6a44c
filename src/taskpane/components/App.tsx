/** The task pane: which template the sheet follows, Granska, Skriv resultat, Rensa, Infoga mall. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { translator, type BlankTemplate, type Locale, type Settings, type SheetReport } from "../../core";
import { BLANK_TEMPLATE_IDS } from "../../core/blankIds";
import type { Capabilities } from "../office";
import { countBySeverity } from "../../core/findings";
import type { MessageKey } from "../../core/i18n";
import type { WorkbookPort } from "../../excel/port";
import { createSession, errorText } from "../session";
import { FindingsList } from "./FindingsList";
import { Overview } from "./Overview";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  choices: { listStyleType: "none", margin: 0, padding: 0 },
  busy: {
    color: tokens.colorNeutralForeground2,
    animationName: { from: { opacity: 0.4 }, to: { opacity: 1 } },
    animationDuration: "0.8s",
    animationIterationCount: "infinite",
    animationDirection: "alternate",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; text: string } | { kind: "error"; text: string };

export interface AppProps {
  port: WorkbookPort;
  locale: Locale;
  settings?: Settings;
  capabilities?: Capabilities;
  /** A message to show above the actions (settings saved, settings unusable). */
  notice?: string | null;
  onOpenSettings?: () => void;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const session = useMemo(
    () => createSession(props.port, { locale: props.locale, settings: props.settings }),
    [props.port, props.locale, props.settings],
  );
  const supported = props.capabilities?.excelApi ?? true;
  const [report, setReport] = useState<SheetReport | null>(null);
  const [reviewed, setReviewed] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "busy" });
  /** The list of templates Infoga mall offers, shown below its button (no pop-up library needed). */
  const [choosing, setChoosing] = useState(false);

  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      setStatus({ kind: "busy" });
      try {
        const text = await work();
        setStatus(text ? { kind: "done", text } : { kind: "idle" });
      } catch (error) {
        setStatus({ kind: "error", text: t("pane.error", { message: errorText(error) }) });
      }
    },
    [t],
  );

  useEffect(() => {
    void run(async () => {
      setReport(await session.review());
      return null;
    });
  }, [run, session]);

  const review = () =>
    run(async () => {
      setReport(await session.review());
      setReviewed(true);
      return null;
    });
  const write = () =>
    run(async () => {
      const { report: written, summary } = await session.write();
      setReport(written);
      setReviewed(true);
      return t("pane.written", { fills: summary.fills, values: summary.values, sheets: summary.sheets.join(", ") });
    });
  const clear = () => run(async () => t((await session.clear()) ? "pane.cleared" : "pane.nothingToClear"));
  const insert = (id: BlankTemplate["id"]) =>
    run(async () => {
      const sheet = await session.insert(id);
      setReport(await session.review());
      setReviewed(false);
      return t("pane.inserted", { sheet });
    });
  const select = (sheet: string, cell: string) =>
    session
      .select(sheet, cell)
      .catch((error) => setStatus({ kind: "error", text: t("pane.error", { message: errorText(error) }) }));

  const busy = status.kind === "busy";
  const counts = report ? countBySeverity(report.findings) : null;

  return (
    <main className={styles.root} aria-busy={busy}>
      <Text as="h1" size={500} weight="semibold">
        {t("pane.title")}
      </Text>
      {!supported && <Notice intent="error">{t("pane.oldExcel")}</Notice>}
      {supported && props.capabilities?.notes === false && <Notice intent="info">{t("pane.noNotes")}</Notice>}
      {props.notice && <Notice intent="success">{props.notice}</Notice>}
      <div aria-live="polite">
        {report &&
          (report.template ? (
            <Text as="p">
              {t("pane.detected", {
                sheet: report.sheet,
                template: t(`template.${report.template}` as MessageKey),
                headerRow: report.headerRow ?? "",
                rows: report.rows,
              })}
            </Text>
          ) : (
            <Text as="p">{t("pane.notDetected", { sheet: report.sheet, reason: report.reason ?? "" })}</Text>
          ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={review} disabled={busy}>
          {t("pane.review")}
        </Button>
        <Button onClick={write} disabled={busy || !supported || !report?.template}>
          {t("pane.write")}
        </Button>
        <Button onClick={clear} disabled={busy || !supported}>
          {t("pane.clear")}
        </Button>
        <Button
          aria-expanded={choosing}
          aria-controls="plankoll-templates"
          onClick={() => setChoosing(!choosing)}
          disabled={busy || !supported}
        >
          {t("pane.insert")}
        </Button>
        {props.onOpenSettings && (
          <Button appearance="subtle" onClick={props.onOpenSettings} disabled={busy}>
            {t("settings.open")}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {busy && (
          <Text as="p" className={styles.busy}>
            {t("pane.busy")}
          </Text>
        )}
        {status.kind === "done" && <Notice intent="success">{status.text}</Notice>}
      </div>
      {choosing && (
        <ul id="plankoll-templates" className={styles.choices} aria-label={t("pane.insert")}>
          {BLANK_TEMPLATE_IDS.map((id) => (
            <li key={id}>
              <Button
                appearance="subtle"
                onClick={() => {
                  setChoosing(false);
                  void insert(id);
                }}
              >
                {t(`template.${id}`)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {status.kind === "error" && <Notice intent="error">{status.text}</Notice>}
      {reviewed && report?.template && counts && (
        <>
          <Overview report={report} t={t} />
          <Text as="p" weight="semibold">
            {t("pane.counts", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
          </Text>
          {report.findings.length === 0 ? (
            <Text as="p">{t("pane.noFindings")}</Text>
          ) : (
            <FindingsList findings={report.findings} t={t} onSelect={(f) => void select(report.sheet, f.cell)} />
          )}
        </>
      )}
    </main>
  );
}
