/**
 * The due panel's row of icon buttons, as Obsidian's own panes have (the file explorer's "New
 * note", "Sort", …): new contact, find someone to refer, review the network, the filters' toggle,
 * and a ⋯ menu for what is needed less often. Icons carry their name as a tooltip and aria-label.
 */
import { Menu, setIcon, setTooltip, type Component } from "obsidian";
import { pressable } from "../press";

/** What the toolbar's buttons do: the plugin's commands, handed in by the plugin. */
export interface PanelCommands {
  newContact(): void;
  findReferral(): void;
  reviewNetwork(): void;
  showDoNotContact(): void;
  showProblems(): void;
  rebuildIndex(): void;
  /** The plugin's settings tab (the empty panel offers it). */
  openSettings?(): void;
}

export class PanelToolbar {
  private readonly filterButton: HTMLElement;

  /** `onFilters` is called when the filters' toggle is pressed. */
  constructor(
    parent: HTMLElement,
    owner: Component,
    commands: PanelCommands,
    private readonly onFilters: () => void,
  ) {
    const bar = parent.createDiv({ cls: ["nav-buttons-container", "cc-toolbar"] });
    const button = (icon: string, label: string, cls: string, run: (evt: MouseEvent) => void): HTMLElement => {
      const el = bar.createDiv({
        cls: ["clickable-icon", "nav-action-button", cls],
        attr: { role: "button", tabindex: "0", "aria-label": label },
      });
      setIcon(el, icon);
      setTooltip(el, label);
      pressable(owner, el, run);
      return el;
    };
    button("user-plus", "New contact", "cc-tool-new", () => commands.newContact());
    button("user-search", "Find someone to refer", "cc-tool-refer", () => commands.findReferral());
    button("clipboard-list", "Review the network", "cc-tool-review", () => commands.reviewNetwork());
    this.filterButton = button("list-filter", "Show filters", "cc-tool-filters", () => this.onFilters());
    button("more-horizontal", "More", "cc-tool-more", (evt) => {
      const menu = new Menu();
      menu.addItem((i) =>
        i
          .setTitle("Do-not-contact list")
          .setIcon("ban")
          .onClick(() => commands.showDoNotContact()),
      );
      menu.addItem((i) =>
        i
          .setTitle("Contact problems")
          .setIcon("alert-triangle")
          .onClick(() => commands.showProblems()),
      );
      menu.addItem((i) =>
        i
          .setTitle("Rebuild the contact index")
          .setIcon("refresh-cw")
          .onClick(() => commands.rebuildIndex()),
      );
      menu.showAtMouseEvent(evt);
    });
  }

  /** Shows whether the filters are open, and whether any is in force while they are closed. */
  setFilterState(open: boolean, active: boolean): void {
    this.filterButton.toggleClass("is-active", open || active);
    const label = open ? "Hide filters" : active ? "Show filters (some are in force)" : "Show filters";
    this.filterButton.setAttr("aria-label", label);
    this.filterButton.setAttr("aria-pressed", String(open));
    setTooltip(this.filterButton, label);
  }
}
