import { useEffect, useState, type ReactNode } from "react";
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { officeTheme, watchOfficeTheme } from "./office";

/** The pane in Office's theme, following it when the user switches theme while the pane is open. */
export function Themed(props: { initial: Theme; children: ReactNode }) {
  const [theme, setTheme] = useState(props.initial);
  useEffect(() => watchOfficeTheme(() => void officeTheme().then(setTheme)), []);
  return <FluentProvider theme={theme}>{props.children}</FluentProvider>;
}
