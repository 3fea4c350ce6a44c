/**
 * Last year's workbook, chosen for the follow-up (the pay survey's measures): a file picker read
 * in the pane with the package reader. Nothing is uploaded; the choice lasts while the pane is open.
 */
import { useRef } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../../core/i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  help: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function PreviousWorkbook(props: {
  t: Translate;
  chosen: string | null;
  busy: boolean;
  onChoose: (file: File) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { t, chosen, busy } = props;
  return (
    <section className={styles.root} aria-labelledby="plankoll-previous">
      <p id="plankoll-previous" className={styles.label}>
        {t("pane.previous.label")}
      </p>
      <p className={styles.help}>{t("pane.previous.help")}</p>
      <div className={styles.row}>
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm"
          hidden
          aria-label={t("pane.previous.choose")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // The same file may be chosen again after it is removed.
            event.target.value = "";
            if (file) props.onChoose(file);
          }}
        />
        <Button size="small" onClick={() => input.current?.click()} disabled={busy}>
          {t("pane.previous.choose")}
        </Button>
        {chosen && <span>{t("pane.previous.chosen", { file: chosen })}</span>}
        {chosen && (
          <Button size="small" onClick={props.onRemove} disabled={busy}>
            {t("pane.previous.remove")}
          </Button>
        )}
      </div>
    </section>
  );
}
