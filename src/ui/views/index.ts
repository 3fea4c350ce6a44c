/**
 * Every template's pane view: each folder under ui/views defines its template's view, and this
 * list registers them (one line each; a test registers its own with registerView). A list, not
 * imports for their side effects: the bundle keeps only what is used.
 */
import { registerView, viewOf as registeredView, type TemplateView, type ViewDefinition } from "./registry";
import { riskView } from "./risk";
import { indicatorsView } from "./indicators";
import { salaryView } from "./salary";
import { procurementView } from "./procurement";
import { kusView } from "./kus";
import { controlsView } from "./controls";
import type { TemplateId } from "../../core/templates/types";

let registered = false;

/** The built-in views, registered once, when the first view is asked for. */
function registerBuiltIns(): void {
  if (registered) return;
  registered = true;
  // Each definition's id and view go together by construction (defineView).
  const views: ViewDefinition<TemplateId>[] = [
    riskView,
    indicatorsView,
    salaryView,
    procurementView,
    kusView,
    controlsView,
  ] as never;
  for (const { id, view } of views) registerView(id, view);
}

/** The view of a template, if it has one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function viewOf(id: string): TemplateView<any> | undefined {
  registerBuiltIns();
  return registeredView(id);
}

export { registerView, defineView, type ViewProps, type TemplateView, type Act } from "./registry";
