/** Every scenario file, by name (the runner checks this list against the folder). */
import { scenarios as actions } from "./actions.scenario";
import { scenarios as editor } from "./editor.scenario";
import { scenarios as bulk } from "./bulk.scenario";
import { scenarios as empty } from "./empty.scenario";
import { scenarios as calendar } from "./calendar.scenario";
import { scenarios as card } from "./card.scenario";
import { scenarios as list } from "./list.scenario";
import { scenarios as mentions } from "./mentions.scenario";
import { scenarios as notes } from "./notes.scenario";
import { scenarios as undo } from "./undo.scenario";
import { scenarios as external } from "./external.scenario";
import { scenarios as guard } from "./guard.scenario";
import { scenarios as hints } from "./hints.scenario";
import { scenarios as html } from "./html.scenario";
import { scenarios as importing } from "./import.scenario";
import { scenarios as phone } from "./phone.scenario";
import { scenarios as plan } from "./plan.scenario";
import { scenarios as planning } from "./planning.scenario";
import { scenarios as problems } from "./problems.scenario";
import { scenarios as refer } from "./refer.scenario";
import { scenarios as screenshots } from "./screenshots.scenario";
import { scenarios as settings } from "./settings.scenario";
import { scenarios as standin } from "./standin.scenario";
import { scenarios as startup } from "./startup.scenario";
import { scenarios as targets } from "./targets.scenario";
import { scenarios as unload } from "./unload.scenario";

export const suites = {
  standin,
  startup,
  actions,
  undo,
  list,
  bulk,
  guard,
  external,
  problems,
  refer,
  editor,
  empty,
  hints,
  html,
  phone,
  targets,
  unload,
  plan,
  planning,
  settings,
  import: importing,
  calendar,
  card,
  notes,
  mentions,
  screenshots,
};
