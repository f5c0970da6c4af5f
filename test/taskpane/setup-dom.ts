/**
 * Browser APIs Fluent UI uses that jsdom does not provide, stubbed as far as the pane needs:
 * nothing here measures anything, so layout-driven behaviour keeps its default.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as unknown as Record<string, unknown>;
if (typeof scope.ResizeObserver === "undefined") scope.ResizeObserver = NoResizeObserver;

if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom lays nothing out, so Fluent's focus manager (tabster) thinks every element is invisible
// and arrow keys move nowhere. Give the body a task pane's size, and give every element that is
// in the document and not hidden an offsetParent, as a browser would.
const paneSize = { x: 0, y: 0, left: 0, top: 0, width: 320, height: 600, right: 320, bottom: 600 };
document.body.getBoundingClientRect = () => ({ ...paneSize, toJSON: () => paneSize }) as DOMRect;
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === document.body || this.closest("[hidden]")) return null;
    return this.parentElement;
  },
});

export {};
