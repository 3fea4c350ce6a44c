/** The task pane: which template the sheet follows, Granska, Skriv resultat, Rensa, Infoga mall. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { translator, type Locale, type Settings, type SheetReport, type TemplateId } from "../../core";
import type { ClearResult } from "../../core/port";
import type { Capabilities } from "../../ui/office";
import type { Translate } from "../../core/i18n";
import type { WorkbookPort } from "../../core/port";
import { CancelledError, type Progress, type Work } from "../../core/progress";
import {
  createSession,
  explainError,
  type Review,
  type Scope,
  type Session,
  type TemplateChoice,
  type WriteResult,
} from "../session";
import { Notice } from "../../ui/Notice";
import { DetectedLines } from "../../ui/Detected";
import { useFollowActive } from "./useFollowActive";

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

type Status =
  | { kind: "idle" }
  | { kind: "busy"; progress: Progress | null; cancellable: boolean }
  | { kind: "done"; text: string }
  | { kind: "info"; text: string }
  | { kind: "error"; text: string };

/** What a long action may be told: how far it has come, and Avbryt. */
type Job = (work: Work) => Promise<string | null | { info: string }>;

export interface AppProps {
  port: WorkbookPort;
  locale: Locale;
  settings?: Settings;
  capabilities?: Capabilities;
  /** A message to show above the actions (settings saved, settings unusable). */
  notice?: string | null;
  onOpenSettings?: () => void;
}

/** Runs one action at a time: its status (busy with progress, done, cancelled, failed) and its Avbryt. */
function useRunner(t: Translate) {
  const [status, setStatus] = useState<Status>({ kind: "busy", progress: null, cancellable: false });
  /** The running action's Avbryt. */
  const abort = useRef<AbortController | null>(null);

  /** Excel's error in words; those words load with the first error. */
  const explain = useCallback(
    async (error: unknown) => {
      (await import("../../core/i18n/swedishMore")).registerSwedishMore();
      return explainError(error, t);
    },
    [t],
  );

  const run = useCallback(
    async (job: Job, options: { cancellable?: boolean } = {}) => {
      const controller = options.cancellable ? new AbortController() : null;
      abort.current = controller;
      const cancellable = controller !== null;
      setStatus({ kind: "busy", progress: null, cancellable });
      const work: Work = {
        signal: controller?.signal,
        onProgress: (progress) => setStatus({ kind: "busy", progress, cancellable }),
      };
      try {
        const text = await job(work);
        // A job that could not do what was asked, for a reason of the workbook's, says why (not an error of Excel's).
        if (text && typeof text === "object") setStatus({ kind: "info", text: text.info });
        else setStatus(text ? { kind: "done", text } : { kind: "idle" });
      } catch (error) {
        if (error instanceof CancelledError)
          setStatus({ kind: "info", text: t(error.undone ? "pane.cancelledWrite" : "pane.cancelled") });
        else setStatus({ kind: "error", text: await explain(error) });
      } finally {
        abort.current = null;
      }
    },
    [t, explain],
  );

  const fail = async (error: unknown) => setStatus({ kind: "error", text: await explain(error) });
  return { status, run, fail, cancel: () => abort.current?.abort() };
}

/** The registered templates' names and which Infoga mall offers: they come with the analysis, loaded once the pane shows. */
function useTemplateChoices(session: Session): TemplateChoice[] {
  const [choices, setChoices] = useState<TemplateChoice[]>([]);
  useEffect(() => {
    let live = true;
    void session.templates().then((loaded) => live && setChoices(loaded));
    return () => {
      live = false;
    };
  }, [session]);
  return choices;
}

/** What Rensa did, in words: where this Excel could not delete Plankoll's notes, exactly which are left. */
function clearedText({ cleared, notesLeft }: ClearResult, t: Translate): string {
  if (!cleared) return t("pane.nothingToClear");
  if (notesLeft.length === 0) return t("pane.cleared");
  const bySheet = new Map<string, string[]>();
  for (const ref of notesLeft.slice(0, 40)) {
    const at = ref.lastIndexOf("!");
    const sheet = ref.slice(0, at);
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ref.slice(at + 1)]);
  }
  const shown = [...bySheet].map(([sheet, cells]) => `${sheet}: ${cells.join(", ")}`).join("; ");
  const more = notesLeft.length > 40 ? t("pane.notesLeftMore", { count: notesLeft.length - 40 }) : "";
  return t("pane.clearedNotesLeft", { cells: shown + more });
}

export function App(props: AppProps) {
  const styles = useStyles();
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const session = useMemo(
    () => createSession(props.port, { locale: props.locale, settings: props.settings }),
    [props.port, props.locale, props.settings],
  );
  const supported = props.capabilities?.excelApi ?? true;
  /** The active sheet's tables, each with its report (one report saying why, for a sheet with none). */
  const [reports, setReports] = useState<SheetReport[]>([]);
  const report = reports[0] ?? null;
  /** What the last Granska or Skriv resultat found, sheet by sheet; null before the first. */
  const [review, setReview] = useState<Review | null>(null);
  const { status, run, fail, cancel } = useRunner(t);
  /** The list of templates Infoga mall offers, shown below its button (no pop-up library needed). */
  const [choosing, setChoosing] = useState(false);
  const choices = useTemplateChoices(session);
  const nameOf = (id: string) => choices.find((c) => c.id === id)?.name ?? id;

  useEffect(() => {
    void run(
      async (work) => {
        setReports(await session.review(work));
        return null;
      },
      { cancellable: true },
    );
  }, [run, session]);

  const reviewIn = (scope: Scope) =>
    run(
      async (work) => {
        const found = await session.reviewScope(scope, work);
        setReview(found);
        // The active sheet's line follows what was read of it.
        const active = found.reports.filter((r) => r.sheet === found.active);
        if (active.length) setReports(active);
        return null;
      },
      { cancellable: true },
    );
  const writeIn = (scope: Scope) =>
    run(
      async (work) => {
        const result = await session.write(scope, work);
        setReview(result.review);
        const active = result.review.reports.filter((r) => r.sheet === result.review.active);
        if (active.length) setReports(active);
        return writtenText(result, t);
      },
      { cancellable: true },
    );
  const clear = () => run(async (work) => clearedText(await session.clear(work), t));
  const insert = (id: TemplateId) =>
    run(async (work) => {
      const sheet = await session.insert(id);
      setReports(await session.review(work));
      setReview(null);
      return t("pane.inserted", { sheet });
    });
  const select = (sheet: string, cell: string) => session.select(sheet, cell).catch(fail);
  // A template's action from its view (one worker's pay information, Art. 7): its sheets added, or why not.
  const act = (sheet: string, command: string, values: Readonly<Record<string, string>>) =>
    run(async () => {
      const outcome = await session.action(sheet, command, values);
      return outcome.kind === "problem" ? { info: outcome.text } : outcome.text;
    });

  const busy = status.kind === "busy";
  useFollowActive(props.port, () => session.review(), review, setReports);
  /** Live review: off until the user turns it on; hears of edits on the reviewed sheets. */
  const [watching, setWatching] = useState(false);
  const larger = useLargerView(review, choices, select, t);
  const liveLine = useLiveReview(
    session,
    watching,
    review,
    busy,
    (next) => {
      setReview(next);
      const active = next.reports.filter((r) => r.sheet === next.active);
      if (active.length) setReports(active);
    },
    t,
    props.locale,
  );

  return (
    <main className={styles.root} aria-busy={busy}>
      <h1 className={styles.title}>{t("pane.title")}</h1>
      {!supported && <Notice intent="error">{t("pane.oldExcel")}</Notice>}
      {supported && props.capabilities?.notes === false && <Notice intent="info">{t("pane.noNotes")}</Notice>}
      {props.notice && <Notice intent="success">{props.notice}</Notice>}
      <DetectedLines reports={reports} nameOf={nameOf} t={t} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => reviewIn("workbook")} disabled={busy}>
          {t("pane.review")}
        </Button>
        <Button onClick={() => writeIn("workbook")} disabled={busy || !supported}>
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
          <Button onClick={props.onOpenSettings} disabled={busy}>
            {t("settings.open")}
          </Button>
        )}
      </div>
      <div className={styles.actions} role="group" aria-label={t("pane.activeOnly")}>
        <span className={styles.groupLabel}>{t("pane.activeOnly")}</span>
        <Button size="small" onClick={() => reviewIn("sheet")} disabled={busy}>
          {t("pane.reviewSheet")}
        </Button>
        <Button size="small" onClick={() => writeIn("sheet")} disabled={busy || !supported || !report?.template}>
          {t("pane.writeSheet")}
        </Button>
      </div>
      {session.canWatch && (
        <div className={styles.actions}>
          <Switch
            checked={watching}
            onChange={(_e, data) => setWatching(data.checked)}
            label={t("pane.live")}
            disabled={!supported}
          />
        </div>
      )}
      <div role="status" aria-live="polite">
        {liveLine && <p className={styles.live}>{liveLine}</p>}
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
          <Button onClick={cancel}>{t("pane.cancel")}</Button>
        </div>
      )}
      {choosing && (
        <ul id="plankoll-templates" className={styles.choices} aria-label={t("pane.insert")}>
          {choices
            .filter((c) => c.insertable)
            .map(({ id, name }) => (
              <li key={id}>
                <Button
                  appearance="subtle"
                  className={styles.choice}
                  onClick={() => {
                    setChoosing(false);
                    void insert(id);
                  }}
                >
                  {name}
                </Button>
              </li>
            ))}
        </ul>
      )}
      {status.kind === "error" && <Notice intent="error">{status.text}</Notice>}
      {review && props.capabilities?.dialog && (
        <div className={styles.actions}>
          <Button onClick={larger.open}>{t("pane.larger")}</Button>
        </div>
      )}
      {larger.problem && <Notice intent="error">{larger.problem}</Notice>}
      {review && (
        <Suspense fallback={null}>
          <Results
            review={review}
            t={t}
            nameOf={nameOf}
            onSelect={(sheet, cell) => void select(sheet, cell)}
            busy={busy}
            act={(sheet, command, values) => void act(sheet, command, values)}
          />
        </Suspense>
      )}
    </main>
  );
}

/** What Skriv resultat did, in words: what it wrote, which earlier results it wrote again, or why nothing. */
function writtenText(result: WriteResult, t: Translate): string {
  if (result.kind === "changed") return t("pane.changed");
  if (result.kind === "nothing") return t("pane.nothingToWrite");
  const { summary, kept } = result;
  const written = t("pane.written", {
    fills: summary.fills,
    values: summary.values,
    sheets: summary.sheets.join(", "),
  });
  return kept.length ? `${written} ${t("pane.kept", { sheets: kept.join(", ") })}` : written;
}

/** "Blad 2 av 5, Risker: läser rader: 12 000 av 100 000", or "Arbetar…" before the first figure. */
function ProgressView(props: { progress: Progress | null; t: Translate; className: string }) {
  const { progress, t } = props;
  const number = numberFormat(t("pane.numberLocale"));
  const step = progress
    ? t(`progress.${progress.phase}`, { done: number.format(progress.done), total: number.format(progress.total) })
    : t("pane.busy");
  const text = progress?.sheet
    ? t("progress.sheet", {
        index: progress.sheet.index,
        count: progress.sheet.count,
        sheet: progress.sheet.name,
        step,
      })
    : step;
  return <p className={props.className}>{text}</p>;
}

function numberFormat(tag: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(tag);
  } catch {
    // A locale tag Intl does not know (the pseudo-locale in tests): digits as they are.
    return new Intl.NumberFormat();
  }
}

/** How long after the last edit the sheets are reviewed again (a pause in typing). */
export const LIVE_PAUSE_MS = 1500;

/**
 * Live review: while `on` and there is a review, edits on its sheets are gathered and, after a
 * pause, those sheets are read and judged again (session.refresh) and the review replaced;
 * nothing is written. An action running (Granska, Skriv resultat, Rensa) is waited for, and a
 * review it made in between is not overwritten by an older one. Returns the line saying when
 * and after which sheet's edit it last reviewed.
 */
function useLiveReview(
  session: ReturnType<typeof createSession>,
  on: boolean,
  review: Review | null,
  busy: boolean,
  apply: (review: Review) => void,
  t: Translate,
  locale: Locale,
): string | null {
  const [line, setLine] = useState<string | null>(null);
  const latest = useRef(review);
  latest.current = review;
  const busyNow = useRef(busy);
  busyNow.current = busy;
  const applyNow = useRef(apply);
  applyNow.current = apply;
  const sheets = review?.sheets.join("\n") ?? "";
  const active = on && review !== null;
  useEffect(() => {
    if (!active || !session.canWatch) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const edited = new Set<string>();
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void again(), LIVE_PAUSE_MS);
    };
    const again = async () => {
      const last = latest.current;
      if (!live || !last || edited.size === 0) return;
      if (busyNow.current) return later();
      const names = [...edited];
      edited.clear();
      try {
        const next = await session.refresh(last, names);
        // A review made meanwhile (Granska, Skriv resultat) is newer: it stays.
        if (!live || latest.current !== last) return;
        applyNow.current(next);
        const time = new Date().toLocaleTimeString(locale === "en" ? "en-GB" : "sv-SE", {
          hour: "2-digit",
          minute: "2-digit",
        });
        setLine(t("pane.liveUpdated", { sheets: names.join(", "), time }));
      } catch (error) {
        if (live) setLine(t("pane.liveFailed", { reason: explainError(error, t) }));
      }
    };
    void session
      .watch(sheets.split("\n"), (sheet) => {
        edited.add(sheet);
        later();
      })
      .then((unwatch) => {
        if (live) stop = unwatch;
        else void unwatch();
      })
      .catch((error: unknown) => live && setLine(t("pane.liveFailed", { reason: String(error) })));
    return () => {
      live = false;
      clearTimeout(timer);
      void stop?.();
    };
  }, [active, sheets, session, t, locale]);
  return active ? line : null;
}

/**
 * The larger view: an Office dialog window with the same pictures and findings, given the review
 * again whenever it changes (a new Granska, live review) while it is open. Its code is loaded
 * only when it is opened.
 */
function useLargerView(
  review: Review | null,
  choices: readonly TemplateChoice[],
  select: (sheet: string, cell: string) => unknown,
  t: Translate,
) {
  const view = useRef<{ update(review: Review): void } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const selectNow = useRef(select);
  selectNow.current = select;
  useEffect(() => {
    if (review) view.current?.update(review);
  }, [review]);
  const open = async () => {
    if (!review) return;
    setProblem(null);
    try {
      const { openLargerView } = await import("../../ui/channel");
      const names = Object.fromEntries(choices.map((c) => [c.id, c.name]));
      view.current = await openLargerView(
        review,
        names,
        (sheet, cell) => void selectNow.current(sheet, cell),
        () => (view.current = null),
      );
    } catch (error) {
      setProblem(t("pane.largerFailed", { reason: explainError(error, t) }));
    }
  };
  return { open: () => void open(), problem };
}
