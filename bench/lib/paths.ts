import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bench folder and the repository root, wherever the bench is run from. */
export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(BENCH_DIR, "..");
