/**
 * Notes where the command line once read a mention differently from Obsidian's cache: each is
 * one dated note that links one contact, with what Obsidian's cache makes of it (see
 * tests/standin/README.md, "The metadata, against Obsidian", for where each rule comes from).
 * `mentions.test.ts` runs them through `due --json`; `mention-agreement.test.ts` through both
 * readers and the one rule.
 */
export interface MentionCase {
  /** What the row shows. */
  what: string;
  /** The contact linked (a note `Contacts/<contact>.md`). */
  contact: string;
  /** The dated note's text. */
  text: string;
  /** Does the link count as a touch on the note's date? */
  mention: boolean;
  /** Is it an open follow-up for the contact? */
  followUp: boolean;
}

export const MENTION_CASES: readonly MentionCase[] = [
  // Obsidian's sections are top-level blocks: a quote inside a list item sits in the `list`.
  {
    what: "a quote inside a list item",
    contact: "Ann",
    text: "- met the team\n  > [[Ann]] said the launch slips\n",
    mention: true,
    followUp: false,
  },
  {
    what: "a callout inside a checked task, after a blank line",
    contact: "Bo",
    text: "- [x] lunch\n\n  > [!note] Notes\n  > [[Bo]] wants an intro\n",
    mention: true,
    followUp: false,
  },
  {
    what: "a quote inside an open task",
    contact: "Cy",
    text: "- [ ] call back\n  > [[Cy]] asked for the deck\n",
    mention: false,
    followUp: true,
  },
  {
    what: "a %% block inside a list item",
    contact: "Dee",
    text: "- standup\n  %%\n  [[Dee]] was quiet\n  %%\n",
    mention: true,
    followUp: false,
  },
  {
    what: "a fenced block inside a nested item",
    contact: "Eli",
    text: "- a\n  - b\n    ```\n    [[Eli]]\n    ```\n",
    mention: false,
    followUp: false,
  },
  {
    what: "a quote right after a list, not indented",
    contact: "Fay",
    text: "- met the team\n> [[Fay]] said so\n",
    mention: false,
    followUp: false,
  },
  // Obsidian's cache lists a link inside an inline `%% … %%` (comments_markdown_style) and gives
  // the comment no section, so nothing tells it apart from the paragraph around it.
  {
    what: "an inline %% comment in a paragraph",
    contact: "Gus",
    text: "Coffee %% with [[Gus]] %% downtown\n",
    mention: true,
    followUp: false,
  },
  { what: "a %% comment block", contact: "Hal", text: "Coffee downtown\n%%\nwith [[Hal]]\n%%\n", mention: false, followUp: false },
];
