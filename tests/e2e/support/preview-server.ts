// The bench (src/cli/lib/browser-bench.ts) serves the build the same way: one home for both.
export { projectRoot, servePreview, type RunningServer } from '../../../src/cli/lib/preview-server';
