/**
 * The part of a note's metadata that mentions and follow-ups are read from: a narrow mirror of
 * Obsidian's `CachedMetadata`, so the plugin passes the metadata cache's object as it is and the
 * command line passes the same shapes computed from the text. Lines are 0-based, as in the cache.
 */

export interface NoteLoc {
  line: number;
  col: number;
  offset: number;
}

export interface NotePos {
  start: NoteLoc;
  end: NoteLoc;
}

/** A link in the body (`[[Name]]`, `[[Name|alias]]`, `[[Name#heading]]`, `[text](Name.md)`). */
export interface NoteLink {
  /** The link target with its subpath, without the alias (`Name#heading`). */
  link: string;
  original: string;
  displayText?: string;
  position: NotePos;
}

/** A link in a frontmatter value (`attendees: ["[[Sam]]"]` gives key `attendees.0`). */
export interface NoteFrontmatterLink {
  key: string;
  link: string;
  original: string;
  displayText?: string;
}

export interface NoteListItem {
  position: NotePos;
  /** The character between the brackets of a task (`" "`, `"x"`, `"-"`, …); absent on a plain item. */
  task?: string;
}

export interface NoteSection {
  /** `code`, `blockquote`, `callout`, `comment`, `list`, `paragraph`, `heading`, `yaml`, … */
  type: string;
  position: NotePos;
}

export interface NoteHeading {
  heading: string;
  level: number;
  position: NotePos;
}

export interface NoteMetadata {
  frontmatter?: Readonly<Record<string, unknown>>;
  links?: readonly NoteLink[];
  frontmatterLinks?: readonly NoteFrontmatterLink[];
  /** `![[…]]`: never a touch, listed only so that the shapes match. */
  embeds?: readonly NoteLink[];
  listItems?: readonly NoteListItem[];
  sections?: readonly NoteSection[];
  headings?: readonly NoteHeading[];
}

/**
 * The note path a link's text points at, without its subpath: `Sam#Call` → `Sam`; `#heading`
 * (a link inside the same note) → `""`. As Obsidian's `getLinkpath`.
 */
export function linkpath(link: string): string {
  const hash = link.indexOf("#");
  return hash < 0 ? link : link.slice(0, hash);
}
