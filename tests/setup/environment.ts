/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to lay out its actions. */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}

// jsdom lacks TextEncoder/TextDecoder, which every browser Office runs in has: Node's, for the pane's tests that also run the command line.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
if (typeof globalThis.TextEncoder === "undefined")
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

// Tests speak both languages, as the command line does; the task pane loads English on demand.
import { registerEnglish } from "../../src/core/i18n/english";
import { registerSwedishMore } from "../../src/core/i18n/swedishMore";
registerEnglish();
registerSwedishMore();
