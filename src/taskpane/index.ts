// The task pane page's entry point (webpack bundles from here); the wiring is in boot.ts.
import { boot } from "./boot";

void boot(document);
