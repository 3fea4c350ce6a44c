/** Fluent's dark theme in a module of its own, so that only dark-theme users load it. */
export { webDarkTheme } from "@fluentui/react-components";
