/** A message in the pane's colours: success or error, with the role that makes screen readers announce it. */
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  notice: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    outlineWidth: tokens.strokeWidthThin,
    outlineStyle: "solid",
    fontSize: tokens.fontSizeBase300,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    outlineColor: tokens.colorPaletteGreenBorder1,
    color: tokens.colorNeutralForeground1,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    outlineColor: tokens.colorNeutralStroke1,
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    outlineColor: tokens.colorPaletteRedBorder1,
    color: tokens.colorNeutralForeground1,
  },
});

export function Notice(props: { intent: "success" | "error" | "info"; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div
      role={props.intent === "error" ? "alert" : undefined}
      className={mergeClasses(styles.notice, styles[props.intent])}
    >
      {props.children}
    </div>
  );
}
