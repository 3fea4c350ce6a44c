/** A worksheet drawn as a table: values as Excel shows them, fills, notes as tooltips, the selected cell outlined. */
import type ExcelJS from "exceljs";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellText } from "../core/parse/cells";
import { a1 } from "../core/sheet/address";
import { toCellValue } from "../xlsx/readGrid";
import type { Translate } from "../core/i18n";

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

const MAX_ROWS = 80;
const MAX_COLUMNS = 14;

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const argb = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
  return argb ? `#${argb.slice(-6)}` : undefined;
}

export function SheetView(props: { sheet: ExcelJS.Worksheet; selected: string | null; t: Translate }) {
  const styles = useStyles();
  const rows = Math.min(props.sheet.rowCount, MAX_ROWS);
  const columns = Math.min(Math.max(props.sheet.columnCount, 1), MAX_COLUMNS);
  const letters = Array.from({ length: columns }, (_, c) => a1(1, c + 1).replace(/\d+$/, ""));
  return (
    <div className={styles.wrap} role="region" aria-label={props.sheet.name} tabIndex={0}>
      <table className={styles.table} aria-label={props.sheet.name}>
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
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={`${styles.cell} ${styles.head}`} scope="row">
                {r + 1}
              </th>
              {letters.map((_, c) => {
                const cell = props.sheet.getCell(r + 1, c + 1);
                const address = a1(r + 1, c + 1);
                const note = typeof cell.note === "string" ? cell.note : undefined;
                return (
                  <td
                    key={address}
                    data-cell={address}
                    className={`${styles.cell} ${address === props.selected ? styles.selected : ""}`}
                    style={{ backgroundColor: fillOf(cell) }}
                    title={note ? props.t("demo.note", { note }) : undefined}
                  >
                    {cell.isMerged && cell.master !== cell ? "" : cellText(toCellValue(cell.value))}
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
