/**
 * The settings tab's group for the notes people already write: mentions in dated notes, the
 * frontmatter keys that date a note, and the reach-out block. Built with the tab's own row
 * builders, so each value is validated by the same schema that loads `data.json`.
 */
import type { SettingField, Settings } from "../../core/settings";
import { plainText, wordList, type Parsed } from "./setting-text";

/** The tab's text and toggle rows, as it builds them. */
export interface RowBuilders<R> {
  field<K extends SettingField>(spec: {
    field: K;
    name: string;
    desc: string;
    placeholder?: string;
    show(value: Settings[K]): string;
    parse(text: string): Parsed;
  }): R;
  toggle(field: "countMentions" | "reachOutsInNewDailyNote", name: string, desc: string): R;
}

export function mentionSettings<R>(rows: RowBuilders<R>): { heading: string; items: R[] } {
  return {
    heading: "Daily and meeting notes",
    items: [
      rows.toggle(
        "countMentions",
        "Count mentions",
        "A link to a person from a daily note or another dated note counts as a touch on that note's date. Links in unchecked tasks, quotes, callouts, code, comments and embeds do not count.",
      ),
      rows.field({
        field: "mentionDateKeys",
        name: "Date keys",
        desc: "Frontmatter keys that date a note, such as a meeting note's date: its links count as touches on that date. Separate keys with commas or spaces.",
        placeholder: "date",
        ...wordList,
      }),
      rows.field({
        field: "reachOutHeading",
        name: "Reach-out heading",
        desc: "The heading under which \"Insert this week's reach-outs\" lists this week's people as tasks in today's daily note. Ticking one counts as the touch.",
        placeholder: "Reach out",
        ...plainText,
      }),
      rows.toggle(
        "reachOutsInNewDailyNote",
        "Reach-outs in a new daily note",
        "When today's daily note is created, add this week's reach-outs to it. Never to a note of another day, such as one arriving by sync.",
      ),
    ],
  };
}
