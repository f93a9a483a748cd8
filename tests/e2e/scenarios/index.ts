/** Every scenario file, by name (the runner checks this list against the folder). */
import { scenarios as standin } from "./standin.scenario";

export const suites = { standin };
