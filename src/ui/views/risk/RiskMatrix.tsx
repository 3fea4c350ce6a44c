/**
 * The 5 × 5 risk matrix in the pane, as the controller works from it: Sannolikhet 5→1 from top to
 * bottom, Konsekvens 1→5 from left to right, each cell in its zone's colour with its count and Nr.
 * A table of buttons (its own text alternative): a cell lists its risks below, each risk selects
 * its row in Excel. No chart library: HTML the screen reader reads as a table.
 */
import { useRef, useState, type KeyboardEvent } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { RiskResult } from "../../../core/templates/risk";
import type { Translate } from "../../../core/i18n";
import { COLORS } from "../../../core/plan";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  axis: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, padding: "2px" },
  cell: { padding: 0, border: `1px solid ${tokens.colorNeutralStroke1}` },
  button: {
    width: "100%",
    minWidth: 0,
    minHeight: "40px",
    height: "100%",
    padding: "2px",
    borderRadius: 0,
    // The zone colours are light: dark text on them, in every Office theme.
    color: "#1F1F1F",
    flexDirection: "column",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase200,
  },
  count: { fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

type Select = (sheet: string, cell: string) => void;

/** One square of the matrix: its zone's colour, its count and Nr, in words for a screen reader; pressed, it lists its risks below. */
function Square(props: {
  p: number;
  c: number;
  result: RiskResult;
  t: Translate<string>;
  pressed: boolean;
  focused: boolean;
  squares: Map<string, HTMLButtonElement>;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onToggle: (pressed: boolean) => void;
}) {
  const styles = useStyles();
  const { p, c, result, t, pressed } = props;
  const numbers = result.matrix[p - 1][c - 1];
  const zone = result.matrixZones[p - 1][c - 1];
  return (
    // The square's colour on the cell itself: the whole square coloured, however tall its row.
    <td className={styles.cell} style={{ backgroundColor: COLORS[zone] }}>
      <Button
        appearance="transparent"
        className={styles.button}
        style={{ outline: pressed ? "2px solid #1F1F1F" : undefined, outlineOffset: "-2px" }}
        aria-pressed={pressed}
        tabIndex={props.focused ? 0 : -1}
        ref={(element: HTMLButtonElement | null) => {
          if (element) props.squares.set(`${p},${c}`, element);
          else props.squares.delete(`${p},${c}`);
        }}
        onKeyDown={props.onKeyDown}
        onFocus={props.onFocus}
        onClick={() => props.onToggle(pressed)}
      >
        {numbers.length > 0 && <span className={styles.count}>{numbers.length}</span>}
        <span>{numbers.join(", ")}</span>
        {/* The square in words: the visible count and Nr stay part of its name. */}
        <span className={styles.hidden}>
          {t("pane.matrixCell", {
            probability: p,
            consequence: c,
            zone: t(`zone.${zone}`).toLowerCase(),
            count: numbers.length,
            numbers: numbers.length ? t("pane.matrixNumbers", { numbers: numbers.join(", ") }) : "",
          })}
        </span>
      </Button>
    </td>
  );
}

/** The risks of the square chosen, each selecting its row in Excel. */
function ChosenRisks(props: {
  chosen: [number, number];
  risks: RiskResult["risks"];
  t: Translate<string>;
  onSelect: (cell: string) => void;
}) {
  const styles = useStyles();
  const { t, chosen } = props;
  const heading = t("pane.matrixChosen", { probability: chosen[0], consequence: chosen[1] });
  return (
    <section aria-label={heading}>
      <p>
        {heading}
        {props.risks.length === 0 ? ` ${t("pane.matrixEmpty")}` : ""}
      </p>
      <ul className={styles.list}>
        {props.risks.map((risk) => (
          <li key={risk.row}>
            <Button appearance="subtle" onClick={() => props.onSelect(risk.cell)}>
              {t("pane.matrixRisk", {
                nr: risk.nr ?? t("matrix.rowLabel", { row: risk.row }),
                event: risk.event ?? "",
                value: risk.value ?? "",
              })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RiskMatrix(props: { sheet: string; result: RiskResult; t: Translate; onSelect: Select }) {
  const styles = useStyles();
  const { result } = props;
  // The risk template's words (zone.*, matrix.rowLabel) are registered with it, beside the pane's own.
  const t = props.t as Translate<string>;
  const [chosen, setChosen] = useState<[number, number] | null>(null);
  /** One tab stop for the matrix; the arrow keys move between its squares (roving focus). */
  const [focus, setFocus] = useState<[number, number]>([5, 1]);
  const squares = useRef(new Map<string, HTMLButtonElement>());
  const move = (event: KeyboardEvent, p: number, c: number) => {
    const to: Record<string, [number, number]> = {
      ArrowUp: [Math.min(5, p + 1), c],
      ArrowDown: [Math.max(1, p - 1), c],
      ArrowLeft: [p, Math.max(1, c - 1)],
      ArrowRight: [p, Math.min(5, c + 1)],
      Home: [p, 1],
      End: [p, 5],
    };
    const next = to[event.key];
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    squares.current.get(`${next[0]},${next[1]}`)?.focus();
  };
  const risksIn = (p: number, c: number) =>
    result.risks.filter((risk) => risk.probability === p && risk.consequence === c);
  const chosenRisks = chosen ? risksIn(chosen[0], chosen[1]) : [];
  return (
    <div>
      <table className={styles.table}>
        <caption className={styles.caption}>{t("pane.matrixCaption", { total: result.total })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.axis}>
              {t("pane.matrixCorner")}
            </th>
            {[1, 2, 3, 4, 5].map((c) => (
              <th key={c} scope="col" className={styles.axis}>
                {t("pane.matrixConsequence", { level: c })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[5, 4, 3, 2, 1].map((p) => (
            <tr key={p}>
              <th scope="row" className={styles.axis}>
                {t("pane.matrixProbability", { level: p })}
              </th>
              {[1, 2, 3, 4, 5].map((c) => (
                <Square
                  key={c}
                  p={p}
                  c={c}
                  result={result}
                  t={t}
                  pressed={chosen?.[0] === p && chosen?.[1] === c}
                  focused={focus[0] === p && focus[1] === c}
                  squares={squares.current}
                  onKeyDown={(event) => move(event, p, c)}
                  onFocus={() => setFocus([p, c])}
                  onToggle={(pressed) => setChosen(pressed ? null : [p, c])}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen && (
        <ChosenRisks chosen={chosen} risks={chosenRisks} t={t} onSelect={(cell) => props.onSelect(props.sheet, cell)} />
      )}
    </div>
  );
}
