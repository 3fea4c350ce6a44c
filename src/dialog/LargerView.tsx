/** The larger view's page: the review's pictures and findings, as in the pane, with room to read them. */
import { Suspense, lazy, useEffect, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../core/i18n";
import type { DialogChannel, ToDialog } from "../ui/channel";

const Results = lazy(() => import("../ui/Results"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: "1100px",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function LargerView(props: { channel: DialogChannel | null; t: Translate }) {
  const styles = useStyles();
  const { channel, t } = props;
  const [shown, setShown] = useState<ToDialog | null>(null);
  useEffect(() => {
    if (!channel) return;
    channel.listen((message) => message.kind === "review" && setShown(message));
    channel.send({ kind: "ready" });
  }, [channel]);
  return (
    <main className={styles.root} aria-busy={channel !== null && shown === null}>
      <h1 className={styles.title}>{t("dialog.title")}</h1>
      {!channel && <p>{t("dialog.outside")}</p>}
      {channel && !shown && <p role="status">{t("dialog.waiting")}</p>}
      {channel && shown && (
        <Suspense fallback={null}>
          <Results
            review={shown.review}
            t={t}
            nameOf={(id) => shown.names[id] ?? id}
            onSelect={(sheet, cell) => channel.send({ kind: "select", sheet, cell })}
          />
        </Suspense>
      )}
    </main>
  );
}
