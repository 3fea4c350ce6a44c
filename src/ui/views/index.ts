/**
 * Every template's pane view, registered by loading its folder: adding a template's view is a
 * folder under ui/views and one line here (or one registerView call, as a test does).
 */
import "./risk";
import "./indicators";
import "./salary";
import "./procurement";
import "./kus";

export { viewOf, registerView, type ViewProps, type TemplateView, type Act } from "./registry";
