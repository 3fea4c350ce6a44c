/** The findings of a sheet grouped by severity; each item selects its cell in Excel. */
import { Badge, Button, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core";
import type { Translate } from "../../core/i18n";

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  item: { marginBottom: tokens.spacingVerticalXS },
  button: { justifyContent: "flex-start", textAlign: "left", width: "100%", height: "auto", minHeight: "32px" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS, minWidth: "3.5em" },
});

const ORDER: Severity[] = ["error", "warning", "info"];
const INTENT = { error: "danger", warning: "warning", info: "informative" } as const;

export function FindingsList(props: { findings: Finding[]; t: Translate; onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  const { t, findings } = props;
  return (
    <section aria-label={t("pane.findingsLabel")}>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <div key={severity} className={styles.group}>
            <Text as="h3" weight="semibold" id={headingId}>
              {t(`severity.${severity}`)}{" "}
              <Badge appearance="filled" color={INTENT[severity]}>
                {group.length}
              </Badge>
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
