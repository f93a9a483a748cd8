/**
 * The `contact-cadence` command: wires the process to `run`. Bundled to dist/cli.mjs by
 * scripts/build-cli.mjs.
 */
import { run } from "./run";

/** Set by the build from package.json; absent when run from source. */
declare const CONTACT_CADENCE_VERSION: string | undefined;

// `contact-cadence due … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (error: Error & { code?: string }) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  version: typeof CONTACT_CADENCE_VERSION === "string" ? CONTACT_CADENCE_VERSION : "development",
});
