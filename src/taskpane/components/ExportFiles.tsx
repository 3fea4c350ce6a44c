/**
 * A template's export in the pane (the pay transparency report's JSON and CSV, issue 31): a button
 * per export the review holds something for, saving its files as one zip through the browser's
 * download. The files are made in the pane from the review (no amount, no person's pay) and never
 * sent anywhere.
 */
import { useEffect, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../core/i18n";
import type { PaneExport, Review } from "../session";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The zip's name: its first file's, without the extension ("lonetransparens.zip"). */
export function zipName(files: readonly { name: string }[]): string {
  return `${files[0].name.replace(/\.[^.]+$/, "")}.zip`;
}

async function save(exported: PaneExport): Promise<string> {
  const { zipSync, strToU8 } = await import("fflate");
  const bytes = zipSync(Object.fromEntries(exported.files.map((f) => [f.name, strToU8(f.text)])));
  const name = zipName(exported.files);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

export function ExportFiles(props: {
  t: Translate;
  review: Review;
  exportsOf: (review: Review) => Promise<PaneExport[]>;
  busy: boolean;
}) {
  const styles = useStyles();
  const [offered, setOffered] = useState<PaneExport[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const { t, review, exportsOf } = props;
  // The exports of the review shown, made again when it changes.
  useEffect(() => {
    let current = true;
    setSaved(null);
    void exportsOf(review).then((list) => current && setOffered(list));
    return () => {
      current = false;
    };
  }, [review, exportsOf]);
  if (offered.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t("pane.export.label")}>
      <div className={styles.row}>
        {offered.map((exported) => (
          <Button
            key={exported.label}
            size="small"
            disabled={props.busy}
            onClick={() => void save(exported).then((name) => setSaved(name))}
          >
            {exported.label}
          </Button>
        ))}
      </div>
      {saved && <span role="status">{t("pane.export.saved", { file: saved })}</span>}
    </section>
  );
}
