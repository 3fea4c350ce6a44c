/** A worksheet drawn as a table: values as Excel shows them (number formats applied), fills, bold, notes as tooltips, the selected cell outlined. */
import { useEffect, useRef } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { a1 } from "../core/sheet/address";
import type { Translate } from "../core/i18n";
import type { SheetView as ShownSheet } from "../ooxml/view";

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "75vh", border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, color: "#242424", backgroundColor: "#ffffff" },
  head: {
    backgroundColor: "#f0f0f0",
    color: "#424242",
    fontWeight: tokens.fontWeightRegular,
    position: "sticky",
    top: 0,
  },
  cell: {
    border: "1px solid #d6d6d6",
    padding: "2px 6px",
    maxWidth: "22em",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
  },
  selected: { outline: "2px solid #0f6cbd", outlineOffset: "-2px" },
});

export function SheetView(props: { view: ShownSheet; selected: string | null; t: Translate }) {
  const styles = useStyles();
  const { view, selected } = props;
  const wrap = useRef<HTMLDivElement>(null);
  // A finding chosen in the pane: its cell scrolled into view, in the sheet and on the page.
  useEffect(() => {
    if (!selected) return;
    const cell = wrap.current?.querySelector<HTMLElement>(`[data-cell="${selected}"]`);
    cell?.scrollIntoView?.({ block: "center", inline: "center", behavior: "smooth" });
  }, [selected, view]);
  const letters = Array.from({ length: Math.max(view.columns, 1) }, (_, c) => a1(1, c + 1).replace(/\d+$/, ""));
  return (
    <div ref={wrap} className={styles.wrap} role="region" aria-label={view.name} tabIndex={0}>
      <table className={styles.table} aria-label={view.name}>
        <thead>
          <tr>
            <td className={`${styles.cell} ${styles.head}`} aria-hidden="true" />
            {letters.map((letter) => (
              <th key={letter} className={`${styles.cell} ${styles.head}`} scope="col">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: view.rows }, (_, r) => (
            <tr key={r}>
              <th className={`${styles.cell} ${styles.head}`} scope="row">
                {r + 1}
              </th>
              {letters.map((_, c) => {
                const cell = view.cells[r]?.[c];
                const address = a1(r + 1, c + 1);
                return (
                  <td
                    key={address}
                    data-cell={address}
                    className={`${styles.cell} ${address === props.selected ? styles.selected : ""}`}
                    style={{
                      backgroundColor: cell?.fill,
                      fontWeight: cell?.bold ? 600 : undefined,
                      textAlign: cell?.number ? "right" : undefined,
                    }}
                    title={cell?.note ? props.t("demo.note", { note: cell.note }) : undefined}
                  >
                    {cell?.text ?? ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
