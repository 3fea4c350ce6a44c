/** Findings grouped by severity; each item selects its cell in Excel. */
import { useId } from "react";
import { Button, makeStyles, mergeClasses, tokens, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../core";
import type { Translate } from "../core/i18n";
import { sheetRef } from "../core/sheet/address";
import { countBySeverity } from "../core/findings";

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
  // Dark text on the light blue: white on it is too faint (axe: 1.6:1).
  info: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorNeutralForeground1 },
});

const ORDER: Severity[] = ["error", "warning", "info"];

/** "Fel: 9 · Varningar: 1 · Information: 0" over a list of findings. */
export function Counts(props: { findings: readonly Finding[]; t: Translate }) {
  const counts = countBySeverity(props.findings);
  return (
    <Text as="p" weight="semibold">
      {props.t("pane.counts", { errors: counts.error, warnings: counts.warning, infos: counts.info })}
    </Text>
  );
}

/** A finding and the sheet its cell is on. */
export interface PlacedFinding {
  sheet: string;
  finding: Finding;
}

export function FindingsList(props: {
  findings: readonly PlacedFinding[];
  t: Translate;
  onSelect: (sheet: string, cell: string) => void;
  /** What the list is of (a sheet, a table, the findings across sheets): each list is a landmark of its own. */
  label: string;
  /** Findings on several sheets name the sheet with the cell. */
  showSheet?: boolean;
  /** The severity headings' level, below the heading of what the list is of. */
  level?: 2 | 3 | 4;
}) {
  const styles = useStyles();
  const { t, findings } = props;
  const id = useId();
  const heading = `h${props.level ?? 3}` as const;
  return (
    <section aria-label={props.label}>
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${id}-${severity}`;
        return (
          <div key={severity} className={styles.group}>
            <Text as={heading} size={300} weight="semibold" id={headingId}>
              {t(`severity.${severity}`)}{" "}
              <span className={mergeClasses(styles.count, styles[severity])}>{group.length}</span>
            </Text>
            <ul className={styles.list} aria-labelledby={headingId}>
              {group.map(({ sheet, finding: f }, i) => {
                const place = props.showSheet ? sheetRef(sheet, f.cell) : f.cell;
                return (
                  <li key={`${sheet}-${f.cell}-${f.code}-${i}`} className={styles.item}>
                    <Button
                      appearance="subtle"
                      className={styles.button}
                      onClick={() => props.onSelect(sheet, f.cell)}
                      title={t("pane.gotoCell", { cell: place })}
                    >
                      <span className={styles.cell}>{place}</span>
                      <span>{f.message}</span>
                    </Button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
