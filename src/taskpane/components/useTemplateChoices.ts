/** The templates Infoga mall offers, by name. */
import { useEffect, useState } from "react";
import type { Session, TemplateChoice } from "../session";

/** The registered templates' names and which Infoga mall offers: they come with the analysis, loaded once the pane shows. */
export function useTemplateChoices(session: Session): TemplateChoice[] {
  const [choices, setChoices] = useState<TemplateChoice[]>([]);
  useEffect(() => {
    let live = true;
    void session.templates().then((loaded) => live && setChoices(loaded));
    return () => {
      live = false;
    };
  }, [session]);
  return choices;
}
