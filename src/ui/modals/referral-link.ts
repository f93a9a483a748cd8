/**
 * Which contact a `[[link]]` in a log summary points at, for the private no-refer warning
 * (`referralWarning`). Obsidian's own link resolution decides first, as a click on the link would;
 * a link to no note at all falls back to the contacts' display names, file names and paths.
 */
import { basename, type Contact } from "../../core/contact";
import { contactsByLink } from "../../core/referral";

export interface LinkServices {
  /** The path of the note a link resolves to from `sourcePath` (`metadataCache.getFirstLinkpathDest`), or `null`. */
  resolvePath(link: string, sourcePath: string): string | null;
  get(path: string): Contact | undefined;
  contacts(): readonly Contact[];
}

export function contactLinkResolver(services: LinkServices, sourcePath: string): (link: string) => Contact | undefined {
  let byLink: Map<string, Contact> | null = null;
  return (link) => {
    const path = services.resolvePath(link, sourcePath);
    // A link that reaches a note means that note, contact or not: never a namesake elsewhere.
    if (path !== null) return services.get(path);
    byLink ??= contactsByLink(services.contacts());
    const key = link.toLowerCase();
    return byLink.get(key) ?? byLink.get(key.replace(/\.md$/, "")) ?? byLink.get(basename(key));
  };
}
