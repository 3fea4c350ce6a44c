/** The task pane: which template the sheet follows, Granska, Skriv resultat, Rensa, Infoga mall. */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { Button, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { translator, type Locale, type Settings, type SheetReport, type TemplateId } from "../../core";
import type { Capabilities } from "../../ui/office";
import type { Translate } from "../../core/i18n";
import type { WorkbookPort } from "../../core/port";
import { createSession, readPreviousWorkbook, type Review, type Scope, type TemplateChoice } from "../session";
import { PreviousWorkbook } from "./PreviousWorkbook";
import { ExportFiles } from "./ExportFiles";
import { Notice } from "../../ui/Notice";
import { DetectedLines } from "../../ui/Detected";
import { useFollowActive } from "./useFollowActive";
import { useRunner, type Status } from "./useRunner";
import { useTemplateChoices } from "./useTemplateChoices";
import { useLiveReview } from "./useLiveReview";
import { useLargerView } from "./useLargerView";
import { ProgressView } from "./ProgressView";
import { clearedText, writtenText } from "./texts";

export { LIVE_PAUSE_MS } from "./useLiveReview";

// The findings are shown after the first Granska: their view loads then, not with the pane.
const Results = lazy(() => import("../../ui/Results"));

const useStyles = makeStyles({
  // Plain elements in Fluent's type ramp: the first screen does without the Text component.
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "& p": { margin: 0 },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  live: { margin: 0, color: tokens.colorNeutralForeground2 },
  groupLabel: { color: tokens.colorNeutralForeground2 },
  choices: { listStyleType: "none", margin: 0, padding: 0 },
  // Every template's name from the same left edge, a long one wrapping under itself.
  choice: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "32px" },
  progress: { width: "100%", accentColor: tokens.colorBrandBackground },
  busy: {
    color: tokens.colorNeutralForeground2,
    animationName: { from: { opacity: 0.4 }, to: { opacity: 1 } },
    animationDuration: "0.8s",
    animationIterationCount: "infinite",
    animationDirection: "alternate",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

export interface AppProps {
  port: WorkbookPort;
  locale: Locale;
  settings?: Settings;
  capabilities?: Capabilities;
  /** A message to show above the actions (settings saved, settings unusable). */
  notice?: string | null;
  onOpenSettings?: () => void;
}

/**
 * What the pane shows: the last review, and the active sheet's tables (each with its report; one
 * saying why, for a sheet with none). One way to show a review: the active sheet's lines follow it.
 */
function useShownReview() {
  const [reports, setReports] = useState<SheetReport[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const showReview = (next: Review | null) => {
    setReview(next);
    const active = next?.reports.filter((r) => r.sheet === next.active) ?? [];
    if (active.length) setReports(active);
  };
  return { reports, review, showReview, showSheet: setReports };
}

/** Granska, Skriv resultat, Rensa, Infoga mall and Inställningar, then the same for the active sheet alone. */
function Actions(props: {
  t: Translate;
  busy: boolean;
  supported: boolean;
  canWriteSheet: boolean;
  choosing: boolean;
  onReview: (scope: Scope) => void;
  onWrite: (scope: Scope) => void;
  onClear: () => void;
  onChoose: () => void;
  onOpenSettings?: () => void;
}) {
  const styles = useStyles();
  const { t, busy, supported } = props;
  return (
    <>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => props.onReview("workbook")} disabled={busy}>
          {t("pane.review")}
        </Button>
        <Button onClick={() => props.onWrite("workbook")} disabled={busy || !supported}>
          {t("pane.write")}
        </Button>
        <Button onClick={props.onClear} disabled={busy || !supported}>
          {t("pane.clear")}
        </Button>
        <Button
          aria-expanded={props.choosing}
          aria-controls="plankoll-templates"
          onClick={props.onChoose}
          disabled={busy || !supported}
        >
          {t("pane.insert")}
        </Button>
        {props.onOpenSettings && (
          <Button onClick={props.onOpenSettings} disabled={busy}>
            {t("settings.open")}
          </Button>
        )}
      </div>
      <div className={styles.actions} role="group" aria-label={t("pane.activeOnly")}>
        <span className={styles.groupLabel}>{t("pane.activeOnly")}</span>
        <Button size="small" onClick={() => props.onReview("sheet")} disabled={busy}>
          {t("pane.reviewSheet")}
        </Button>
        <Button
          size="small"
          onClick={() => props.onWrite("sheet")}
          disabled={busy || !supported || !props.canWriteSheet}
        >
          {t("pane.writeSheet")}
        </Button>
      </div>
    </>
  );
}

/** Live review's switch: off until the user turns it on. */
function LiveSwitch(props: { t: Translate; on: boolean; onChange: (on: boolean) => void; disabled: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Switch
        checked={props.on}
        onChange={(_e, data) => props.onChange(data.checked)}
        label={props.t("pane.live")}
        disabled={props.disabled}
      />
    </div>
  );
}

/** What is going on: the live review's line, the action's progress (with Avbryt) or how it ended. */
function StatusArea(props: { t: Translate; status: Status; liveLine: string | null; onCancel: () => void }) {
  const styles = useStyles();
  const { t, status } = props;
  return (
    <>
      <div role="status" aria-live="polite">
        {props.liveLine && <p className={styles.live}>{props.liveLine}</p>}
        {status.kind === "busy" && <ProgressView progress={status.progress} t={t} className={styles.busy} />}
        {status.kind === "done" && <Notice intent="success">{status.text}</Notice>}
        {status.kind === "info" && <Notice intent="info">{status.text}</Notice>}
      </div>
      {status.kind === "busy" && (
        <progress
          className={styles.progress}
          aria-label={t("pane.progressLabel")}
          {...(status.progress && status.progress.phase !== "check" && status.progress.total > 0
            ? { value: status.progress.done, max: status.progress.total }
            : {})}
        />
      )}
      {status.kind === "busy" && status.cancellable && (
        <div className={styles.actions}>
          <Button onClick={props.onCancel}>{t("pane.cancel")}</Button>
        </div>
      )}
    </>
  );
}

/** Större vy: its button once there is a review (where Office has dialogs), and why it could not open. */
function LargerButton(props: { t: Translate; shown: boolean; larger: { open: () => void; problem: string | null } }) {
  const styles = useStyles();
  return (
    <>
      {props.shown && (
        <div className={styles.actions}>
          <Button onClick={props.larger.open}>{props.t("pane.larger")}</Button>
        </div>
      )}
      {props.larger.problem && <Notice intent="error">{props.larger.problem}</Notice>}
    </>
  );
}

/** Infoga mall's list: every template that has a blank sheet, below its button (no pop-up library needed). */
function TemplateList(props: { t: Translate; choices: readonly TemplateChoice[]; onInsert: (id: TemplateId) => void }) {
  const styles = useStyles();
  return (
    <ul id="plankoll-templates" className={styles.choices} aria-label={props.t("pane.insert")}>
      {props.choices
        .filter((c) => c.insertable)
        .map(({ id, name }) => (
          <li key={id}>
            <Button appearance="subtle" className={styles.choice} onClick={() => props.onInsert(id)}>
              {name}
            </Button>
          </li>
        ))}
    </ul>
  );
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const { session, previous, choosePrevious, removePrevious } = useSession(props);
  const supported = props.capabilities?.excelApi ?? true;
  const { reports, review, showReview, showSheet } = useShownReview();
  const { status, run, fail, cancel } = useRunner(t);
  const [choosing, setChoosing] = useState(false);
  const choices = useTemplateChoices(session);
  const nameOf = (id: string) => choices.find((c) => c.id === id)?.name ?? id;
  const busy = status.kind === "busy";
  const commands = usePaneCommands(session, run, t, { showReview, showSheet });
  const select = (sheet: string, cell: string) => session.select(sheet, cell).catch(fail);
  useFollowActive(props.port, () => session.review(), review, showSheet);
  /** Live review: off until the user turns it on; hears of edits on the reviewed sheets. */
  const [watching, setWatching] = useState(false);
  const larger = useLargerView(review, choices, select, t);
  useReviewAgain(previous, review, commands.review);
  const liveLine = useLiveReview(session, watching, review, busy, showReview, t, props.locale);

  return (
    <main className={styles.root} aria-busy={busy}>
      <h1 className={styles.title}>{t("pane.title")}</h1>
      {!supported && <Notice intent="error">{t("pane.oldExcel")}</Notice>}
      {supported && props.capabilities?.notes === false && <Notice intent="info">{t("pane.noNotes")}</Notice>}
      {props.notice && <Notice intent="success">{props.notice}</Notice>}
      <DetectedLines reports={reports} nameOf={nameOf} t={t} />
      <Actions
        t={t}
        busy={busy}
        supported={supported}
        canWriteSheet={Boolean(reports[0]?.template)}
        choosing={choosing}
        onReview={(scope) => void commands.review(scope)}
        onWrite={(scope) => void commands.write(scope)}
        onClear={() => void commands.clear()}
        onChoose={() => setChoosing(!choosing)}
        onOpenSettings={props.onOpenSettings}
      />
      {session.canWatch && <LiveSwitch t={t} on={watching} onChange={setWatching} disabled={!supported} />}
      <StatusArea t={t} status={status} liveLine={liveLine} onCancel={cancel} />
      {choosing && (
        <TemplateList
          t={t}
          choices={choices}
          onInsert={(id) => {
            setChoosing(false);
            void commands.insert(id);
          }}
        />
      )}
      {status.kind === "error" && <Notice intent="error">{status.text}</Notice>}
      <LargerButton t={t} shown={Boolean(review && props.capabilities?.dialog)} larger={larger} />
      {review && followsUp(review, choices) && (
        <PreviousWorkbook
          t={t}
          chosen={previous?.name ?? null}
          busy={busy}
          onChoose={(file) => void run(() => choosePrevious(file))}
          onRemove={removePrevious}
        />
      )}
      {review && <ExportFiles t={t} review={review} exportsOf={session.exports} busy={busy} />}
      {review && (
        <Suspense fallback={null}>
          <Results
            review={review}
            t={t}
            nameOf={nameOf}
            onSelect={(sheet, cell) => void select(sheet, cell)}
            busy={busy}
            act={(sheet, command, values) => void commands.act(sheet, command, values)}
          />
        </Suspense>
      )}
    </main>
  );
}

/**
 * The pane's session, made again when the settings, the language or last year's workbook change.
 * Last year's workbook is read and reviewed in the pane when chosen (readPreviousWorkbook).
 */
function useSession(props: Pick<AppProps, "port" | "locale" | "settings">) {
  const [previous, setPrevious] = useState<{ name: string; reports: SheetReport[] } | null>(null);
  const session = useMemo(
    () =>
      createSession(props.port, {
        locale: props.locale,
        settings: props.settings,
        ...(previous ? { previous: previous.reports } : {}),
      }),
    [props.port, props.locale, props.settings, previous],
  );
  const choosePrevious = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reports = await readPreviousWorkbook({ name: file.name, bytes }, props);
    setPrevious({ name: file.name, reports });
    return null;
  };
  return { session, previous, choosePrevious, removePrevious: () => setPrevious(null) };
}

/** Whether a review holds a table of a template that follows up last year's workbook. */
function followsUp(review: Review, choices: readonly TemplateChoice[]): boolean {
  return review.reports.some((r) => choices.find((c) => c.id === r.template)?.followsUp);
}

/** Last year's workbook chosen or removed: the review shown is made again with it (or without it). */
function useReviewAgain(previous: unknown, review: Review | null, again: (scope: Scope) => Promise<unknown>) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (review) void again(review.scope);
    // Only a new choice reviews again; the review it makes must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [previous]);
}

/** The pane's actions, each run by the runner and shown through the one showReview. */
function usePaneCommands(
  session: ReturnType<typeof createSession>,
  run: ReturnType<typeof useRunner>["run"],
  t: Translate,
  shown: Pick<ReturnType<typeof useShownReview>, "showReview" | "showSheet">,
) {
  const { showReview, showSheet } = shown;
  // The first screen: the active sheet read and judged.
  useEffect(() => {
    void run(
      async (work) => {
        showSheet(await session.review(work));
        return null;
      },
      { cancellable: true },
    );
  }, [run, session, showSheet]);
  return {
    review: (scope: Scope) =>
      run(
        async (work) => {
          showReview(await session.reviewScope(scope, work));
          return null;
        },
        { cancellable: true },
      ),
    write: (scope: Scope) =>
      run(
        async (work) => {
          const result = await session.write(scope, work);
          showReview(result.review);
          return writtenText(result, t);
        },
        { cancellable: true },
      ),
    clear: () => run(async (work) => clearedText(await session.clear(work), t)),
    insert: (id: TemplateId) =>
      run(async (work) => {
        const sheet = await session.insert(id);
        showSheet(await session.review(work));
        showReview(null);
        return t("pane.inserted", { sheet });
      }),
    // A template's action from its view (one worker's pay information, Art. 7): its sheets added, or why not.
    act: (sheet: string, command: string, values: Readonly<Record<string, string>>) =>
      run(async () => {
        const outcome = await session.action(sheet, command, values);
        return outcome.kind === "problem" ? { info: outcome.text } : outcome.text;
      }),
  };
}
