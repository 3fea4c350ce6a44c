/**
 * Lönetransparens in the pane: the directive's indicators (a)–(e) as a table, the quartile bands
 * (f) as one bar each with their shares in words, and the categories (g) that need a joint pay
 * assessment (Art. 10). Percentages and shares only, as on the Plankoll sheet.
 */
import { useId, useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PayInfoRequest } from "../../../core/templates/salary/payInfo";
import type { Translate } from "../../../core/i18n";
import type { TransparencyResult } from "../../../core/templates/salary/transparency";
import { verdictText } from "../../../core/templates/salary/transparencySheet";
import { formatNumber } from "../../../core/parse/cells";

const WOMEN = "#8E6CC0";
const MEN = "#4E9A8F";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: { textAlign: "right", paddingLeft: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  caption: { fontWeight: tokens.fontWeightSemibold, textAlign: "left", paddingBottom: tokens.spacingVerticalXS },
  bands: { listStyleType: "none", margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  band: { paddingTop: "3px", paddingBottom: "3px" },
  stack: { display: "flex", height: "12px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  fields: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  field: { width: "9em" },
});

/** Asks for one worker's pay information by Anst.nr or row, and the day they asked (empty: today). */
export type AskPayInfo = (sheet: string, request: PayInfoRequest, asked: string) => void;

/**
 * The right to information (Art. 7): the worker by Anst.nr or by the row Excel numbers, and a
 * sheet of their own made for them. What is typed is checked before anything is read.
 */
export function PayInfoForm(props: { sheet: string; t: Translate; busy: boolean; onAsk: AskPayInfo }) {
  const styles = useStyles();
  const id = useId();
  const t = props.t as Translate<string>;
  const [employee, setEmployee] = useState("");
  const [row, setRow] = useState("");
  const [asked, setAsked] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const ask = () => {
    const number = employee.trim();
    const line = row.trim();
    if ((number === "") === (line === "")) return setProblem(t("payInfo.pane.one"));
    if (line !== "" && !(/^\d+$/.test(line) && Number(line) >= 1))
      return setProblem(t("payInfo.pane.badRow", { value: line }));
    if (asked.trim() !== "" && !/^\d{4}-\d\d-\d\d$/.test(asked.trim()))
      return setProblem(t("payInfo.badAsked", { value: asked.trim() }));
    setProblem(null);
    props.onAsk(props.sheet, number !== "" ? { employee: number } : { row: Number(line) }, asked.trim());
  };
  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        ask();
      }}
    >
      <p id={`${id}-title`} className={styles.caption}>
        {t("payInfo.pane.title")}
      </p>
      <p>{t("payInfo.pane.intro")}</p>
      <div className={styles.fields}>
        <Field label={t("payInfo.pane.employee")} className={styles.field}>
          <Input value={employee} onChange={(_e, data) => setEmployee(data.value)} />
        </Field>
        <Field label={t("payInfo.pane.row")} className={styles.field}>
          <Input value={row} inputMode="numeric" onChange={(_e, data) => setRow(data.value)} />
        </Field>
        <Field label={t("payInfo.pane.asked")} className={styles.field}>
          <Input value={asked} placeholder={t("payInfo.arg.asked")} onChange={(_e, data) => setAsked(data.value)} />
        </Field>
      </div>
      {problem && (
        <p role="alert" className={styles.caption}>
          {problem}
        </p>
      )}
      <Button type="submit" disabled={props.busy}>
        {t("payInfo.pane.make")}
      </Button>
      <p>{t("payInfo.pane.personal")}</p>
    </form>
  );
}

/** Art. 9 (a)–(d): the gaps, annual and hourly. */
function GapTable(props: {
  rows: [string, { annual: number | null; hourly: number | null }][];
  t: Translate<string>;
  figure: (value: number | null) => string;
}) {
  const styles = useStyles();
  const { rows, t, figure } = props;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col" className={styles.label}>
            {t("transparency.head.indicator")}
          </th>
          <th scope="col" className={styles.cell}>
            {t("transparency.head.annual")}
          </th>
          <th scope="col" className={styles.cell}>
            {t("transparency.head.hourly")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, gap]) => (
          <tr key={label}>
            <th scope="row" className={styles.label}>
              {label}
            </th>
            <td className={styles.cell}>{figure(gap.annual)}</td>
            <td className={styles.cell}>{figure(gap.hourly)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Art. 9 (f): women and men in each pay quartile, in words and as bars. */
function Bands(props: { quartiles: TransparencyResult["quartiles"]; t: Translate<string>; labelledBy: string }) {
  const styles = useStyles();
  const { t } = props;
  return (
    <ul className={styles.bands} aria-labelledby={props.labelledBy}>
      {props.quartiles.map((band) => (
        <li key={band.band} className={styles.band}>
          {t("transparency.bandPane", {
            band: band.band,
            women: formatNumber(band.womenShare, 1),
            men: formatNumber(band.menShare, 1),
          })}
          <span className={styles.stack} aria-hidden="true">
            <span style={{ width: `${band.womenShare}%`, backgroundColor: WOMEN }} />
            <span style={{ width: `${band.menShare}%`, backgroundColor: MEN }} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function TransparencyView(props: { result: TransparencyResult; t: Translate }) {
  const styles = useStyles();
  const id = useId();
  const t = props.t as Translate<string>;
  const r = props.result;
  const figure = (value: number | null) => (value === null ? t("transparency.none") : `${formatNumber(value, 1)} %`);
  if (r.suppressed) return <p>{t("transparency.suppressed", { limit: r.settings.smallGroup })}</p>;
  const rows: [string, { annual: number | null; hourly: number | null }][] = [
    [t("transparency.a"), r.meanGap],
    [t("transparency.b", { population: t(`transparency.population.${r.variablePopulation.bd}`) }), r.variableMeanGap],
    [t("transparency.c"), r.medianGap],
    [t("transparency.d", { population: t(`transparency.population.${r.variablePopulation.bd}`) }), r.variableMedianGap],
  ];
  const flagged = r.categories.filter((c) => c.jointAssessment);
  return (
    <section aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t("transparency.title")}</strong> ({r.settings.referenceYear})
      </p>
      <GapTable rows={rows} t={t} figure={figure} />
      <p>
        {t("transparency.ePane", {
          women:
            r.receivingVariable.women === null ? t("transparency.none") : formatNumber(r.receivingVariable.women, 1),
          men: r.receivingVariable.men === null ? t("transparency.none") : formatNumber(r.receivingVariable.men, 1),
        })}
      </p>
      <p className={styles.caption} id={`${id}-bands`}>
        {t("transparency.f")}
      </p>
      <Bands quartiles={r.quartiles} t={t} labelledBy={`${id}-bands`} />
      <p className={styles.caption}>{t("transparency.gPane", { limit: r.settings.threshold })}</p>
      {flagged.length === 0 ? (
        <p>{t("transparency.none")}</p>
      ) : (
        <ul className={styles.list}>
          {flagged.map((c) => (
            <li key={c.category}>
              {t("transparency.categoryPane", {
                category: c.name,
                gap: c.suppressed ? t("transparency.hiddenShort") : figure(c.total.hourly),
                verdict: verdictText(c, props.t as never),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
