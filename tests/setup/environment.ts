/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to lay out its actions. */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

// Tests speak both languages, as the command line does; the task pane loads English on demand.
import { registerEnglish } from "../../src/core/i18n/english";
import { registerSwedishMore } from "../../src/core/i18n/swedishMore";
registerEnglish();
registerSwedishMore();
