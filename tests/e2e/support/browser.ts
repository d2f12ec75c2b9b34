// The bench (src/cli/lib/browser-bench.ts) launches the same Chromium the same way: one home for both.
export { chromiumPath, launchChromium } from '../../../src/cli/lib/chromium';
