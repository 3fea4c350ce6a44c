/** The settings view: the city's thresholds for this workbook, validated, saved with the workbook, resettable. */
import { useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { translator } from "../../core/i18n";
import type { Locale } from "../../core/types";
import {
  defaultSettings,
  settingsSections,
  storedSettingsSchema,
  type StoredSettings,
} from "../../core/settingsSchema";
import type { Translate } from "../../core/i18n";
import { registerSwedishMore } from "../../core/i18n/swedishMore";
import { explainError } from "../session";

// This view's Swedish strings come with it.
registerSwedishMore();

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Each field of every section (the templates' own, then the shared one): its path, label and, for a choice, its options. */
const FIELDS = settingsSections().flatMap(({ key, section }) =>
  section.fields.map((field) => ({
    path: [key, field.key] as const,
    label: field.label,
    options: field.options,
    text: "text" in field && field.text === true,
  })),
);

type Path = (typeof FIELDS)[number]["path"];
const keyOf = (path: Path) => `${path[0]}.${path[1]}`;
const groupOf = (settings: StoredSettings["settings"], section: string) =>
  (settings as unknown as Record<string, Record<string, number | string>>)[section];

function valuesOf(stored: StoredSettings): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { path } of FIELDS) values[keyOf(path)] = String(groupOf(stored.settings, path[0])[path[1]]);
  return values;
}

/** A zod issue in the user's words. */
function issueText(
  issue: { code: string; message: string; minimum?: unknown; maximum?: unknown },
  t: Translate,
): string {
  if (issue.message.startsWith("settings.error.")) return (t as Translate<string>)(issue.message);
  if (issue.code === "too_small") return t("settings.error.min", { minimum: String(issue.minimum) });
  if (issue.code === "too_big") return t("settings.error.max", { maximum: String(issue.maximum) });
  if (issue.code === "invalid_type" && /int/.test(issue.message)) return t("settings.error.whole");
  return t("settings.error.other");
}

/** The values typed, as settings: each field's problem in words (a number that is none, a limit), and zod's verdict. */
function checked(
  stored: StoredSettings,
  values: Record<string, string>,
  language: StoredSettings["language"],
  t: Translate,
) {
  const candidate = JSON.parse(JSON.stringify(stored)) as StoredSettings;
  const problems: Record<string, string> = {};
  for (const { path, options, text: free } of FIELDS) {
    if (free) {
      groupOf(candidate.settings, path[0])[path[1]] = values[keyOf(path)].trim();
      continue;
    }
    if (options) {
      groupOf(candidate.settings, path[0])[path[1]] = values[keyOf(path)];
      continue;
    }
    const text = values[keyOf(path)].replace(/\s/g, "").replace(",", ".");
    const number = Number(text);
    if (text === "" || !Number.isFinite(number)) problems[keyOf(path)] = t("settings.notANumber");
    groupOf(candidate.settings, path[0])[path[1]] = number;
  }
  candidate.language = language;
  const parsed = storedSettingsSchema().safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.slice(1, 3).join(".");
      problems[key] ??= issueText(issue, t);
    }
  }
  return { parsed, problems };
}

/** One setting's field: a choice, or a number (or a column's name) typed. */
function SettingField(props: {
  field: (typeof FIELDS)[number];
  t: Translate;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { label, options, text: free } = props.field;
  // A template's own keys, checked in its definition.
  const words = props.t as Translate<string>;
  return (
    <Field label={words(label)} validationMessage={props.error} validationState={props.error ? "error" : "none"}>
      {options ? (
        <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {words(option.label)}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          inputMode={free ? "text" : "decimal"}
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
        />
      )}
    </Field>
  );
}

export default function SettingsPanel(props: {
  stored: StoredSettings;
  locale: Locale;
  onSave: (next: StoredSettings) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const t = useMemo(() => translator(props.locale), [props.locale]);
  const [values, setValues] = useState(() => valuesOf(props.stored));
  const [language, setLanguage] = useState(props.stored.language);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    const { parsed, problems } = checked(props.stored, values, language, t);
    setErrors(problems);
    if (Object.keys(problems).length || !parsed.success) return;
    try {
      await props.onSave(parsed.data);
    } catch (error) {
      setFailure(explainError(error, t));
    }
  };

  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        {t("settings.title")}
      </Text>
      <Text as="p">{t("settings.intro")}</Text>
      {FIELDS.map((field) => {
        const key = keyOf(field.path);
        return (
          <SettingField
            key={key}
            field={field}
            t={t}
            value={values[key]}
            error={errors[key]}
            onChange={(value) => setValues({ ...values, [key]: value })}
          />
        );
      })}
      <Field label={t("settings.language")}>
        <Select value={language} onChange={(_, data) => setLanguage(data.value as StoredSettings["language"])}>
          {(["auto", "sv", "en"] as const).map((option) => (
            <option key={option} value={option}>
              {t(`settings.language.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
      {failure && (
        <Text as="p" role="alert">
          {failure}
        </Text>
      )}
      {/* Spara and Avbryt side by side (a narrow pane never parts them); the reset on a row of its own. */}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()}>
          {t("settings.save")}
        </Button>
        <Button onClick={props.onCancel}>{t("settings.cancel")}</Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="subtle" onClick={() => setValues(valuesOf({ settings: defaultSettings(), language }))}>
          {t("settings.reset")}
        </Button>
      </div>
    </main>
  );
}
