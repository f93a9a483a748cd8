// The end-to-end suite in Debian's Chromium (see tests/e2e/README.md). `npm run test:e2e` builds
// main.js first; this only runs. The suite is TypeScript, loaded through tsx.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./harness/runner.ts");
await main();
