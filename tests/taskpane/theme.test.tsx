/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom";
import { webLightTheme, webDarkTheme } from "@fluentui/react-components";
import { Themed } from "../../src/ui/Themed";

/** Office as the pane sees it: a theme whose background the test changes, and its event. */
function installOffice(background: string) {
  const handlers: (() => void)[] = [];
  const office = {
    context: {
      officeTheme: { bodyBackgroundColor: background },
      document: { addHandlerAsync: (_type: string, handler: () => void) => handlers.push(handler) },
    },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
  return { office, handlers };
}

/** The CSS Fluent inserted (as rules, not as text) with the theme's variables. */
const styles = () =>
  [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");

describe("the pane follows Office's theme while open", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test("switching Excel to the dark theme turns the pane dark when it regains focus", async () => {
    const { office } = installOffice("#FFFFFF");
    render(
      <Themed initial={webLightTheme}>
        <button>Granska</button>
      </Themed>,
    );
    expect(screen.getByRole("button")).toBeInTheDocument();
    expect(styles()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
    office.context.officeTheme.bodyBackgroundColor = "#262626";
    fireEvent.focus(window);
    await waitFor(() =>
      expect(styles()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`),
    );
  });

  test("Office's own theme-changed event, where the host raises it", async () => {
    const { office, handlers } = installOffice("#262626");
    render(
      <Themed initial={webDarkTheme}>
        <button>Granska</button>
      </Themed>,
    );
    expect(handlers).toHaveLength(1);
    office.context.officeTheme.bodyBackgroundColor = "#F3F3F3";
    act(() => handlers[0]());
    await waitFor(() =>
      expect(styles()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`),
    );
  });
});
