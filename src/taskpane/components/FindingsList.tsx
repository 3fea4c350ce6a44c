/** The findings of a sheet grouped by severity; each item selects its cell in Excel. */
import { useId } from "react";
import { Button, makeStyles, mergeClasses, tokens, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core";
import type { Translate } from "../../core/i18n";

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  item: { marginBottom: tokens.spacingVerticalXS },
  button: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "32px" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, minWidth: "3.5em" },
  count: {
    display: "inline-block",
    minWidth: "1.5em",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderTopLeftRadius: tokens.borderRadiusCircular,
    borderTopRightRadius: tokens.borderRadiusCircular,
    borderBottomLeftRadius: tokens.borderRadiusCircular,
    borderBottomRightRadius: tokens.borderRadiusCircular,
    textAlign: "center",
    fontSize: tokens.fontSizeBase200,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorNeutralForegroundOnBrand },
});

const ORDER: Severity[] = ["error", "warning", "info"];

export function FindingsList(props: {
  findings: Finding[];
  t: Translate;
  onSelect: (finding: Finding) => void;
  /** Which table the findings are of, where a sheet holds several: each list is a landmark of its own. */
  table?: string;
}) {
  const styles = useStyles();
  const { t, findings } = props;
  const id = useId();
  const label = t("pane.findingsLabel") + (props.table ? ` – ${props.table}` : "");
  return (
    <section aria-label={label}>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${id}-${severity}`;
        return (
          <div key={severity} className={styles.group}>
            <Text as="h2" size={300} weight="semibold" id={headingId}>
              {t(`severity.${severity}`)}{" "}
              <span className={mergeClasses(styles.count, styles[severity])}>{group.length}</span>
            </Text>
            <ul className={styles.list} aria-labelledby={headingId}>
              {group.map((f, i) => (
                <li key={`${f.cell}-${f.code}-${i}`} className={styles.item}>
                  <Button
                    appearance="subtle"
                    className={styles.button}
                    onClick={() => props.onSelect(f)}
                    title={t("pane.gotoCell", { cell: f.cell })}
                  >
                    <span className={styles.cell}>{f.cell}</span>
                    <span>{f.message}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
