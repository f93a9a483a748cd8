/**
 * The settings tab: every setting the plugin has, each edit checked with the same schema that loads
 * `data.json`. A value that does not validate is not saved; a line under the setting says why,
 * and the last good value stays in force.
 */
import {
  PluginSettingTab,
  Setting,
  type App,
  type Plugin,
  type SettingDefinitionGroup,
  type SettingDefinitionRender,
  type TextComponent,
} from "obsidian";
import { validateSettingField, type SettingField, type Settings, type TierDef } from "../../core/settings";
import type { Contact } from "../../core/contact";
import { contactsUsingTier } from "../../core/tier-usage";
import { confirmAction } from "../modals/confirm-modal";
import { MessageLine } from "../modals/modal-helpers";
import { mentionSettings } from "./mention-settings";
import { renderTierRow } from "./tier-rows";
import { commaList, nextTierKey, numberText, parseList, plainText, wordList, type TextForm } from "./setting-text";

export interface SettingsTabHost {
  settings(): Settings;
  /** Saves new settings (the version is kept) and applies them: the index rebuilds. */
  saveSettings(next: Settings): Promise<void>;
  /** The contacts now, to say how many use a tier before it is deleted. */
  contacts?(): readonly Contact[];
}

type FieldSpec<K extends SettingField> = { field: K; name: string; desc: string; placeholder?: string } & TextForm<Settings[K]>;

/**
 * One setting, described once. Obsidian 1.13 and later take these from `getSettingDefinitions()`
 * (rendering each row with `render` and indexing its name and description for the settings
 * search); older versions call `display()`, which draws the same rows itself.
 */
type SettingRow = Omit<SettingDefinitionRender, "desc" | "render"> & {
  desc: string;
  // Obsidian also passes the row's group (1.13); `display()` has none to pass, and no row needs it.
  render(setting: Setting): void;
};

/** A group as Obsidian 1.13 takes it, narrowed to what this tab builds (and `display()` draws). */
type SettingRowGroup = Omit<SettingDefinitionGroup, "type" | "heading" | "items"> & { type: "group"; heading: string; items: SettingRow[] };

export class ContactCadenceSettingTab extends PluginSettingTab {
  /** The tiers as typed: an edit that does not validate stays here, unsaved, until it does. */
  private draftTiers: TierDef[] = [];

  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsTabHost,
  ) {
    super(app, plugin);
    // On a phone its rows stack, each field under its name (see styles.css).
    this.containerEl.addClass("cc-settings");
  }

  /** Obsidian 1.13+: the rows, grouped under headings (this also makes them searchable). */
  override getSettingDefinitions(): SettingRowGroup[] {
    this.draftTiers = this.host.settings().tiers.map((t) => ({ ...t, aliases: [...t.aliases] }));
    return [
      {
        type: "group",
        heading: "Contact notes",
        items: [
          this.field({
            field: "contactsFolders",
            name: "Contacts folders",
            desc: "Every note in these folders and their subfolders is a contact; separate folders with commas. New contacts are created in the first. Leave empty to rely on tags and markers alone.",
            placeholder: "Contacts, People",
            ...commaList,
          }),
          this.field({
            field: "contactTags",
            name: "Contact tags",
            desc: "A note with one of these tags is a contact wherever it is; nested tags count too (contact/work). Separate tags with commas.",
            placeholder: "contact, person",
            ...commaList,
          }),
          this.field({
            field: "contactMarkers",
            name: "Contact markers",
            desc: "Frontmatter that makes a note a contact, such as type: person or categories: [[People]] (a value or a list element, a link or plain text); a key alone accepts any value. Separate markers with semicolons.",
            placeholder: "type: person; categories: [[People]]",
            show: (v) => v.join("; "),
            parse: (t) => ({
              ok: true,
              value: t
                .split(";")
                .map((m) => m.trim())
                .filter((m) => m !== ""),
            }),
          }),
        ],
      },
      {
        type: "group",
        heading: "Tiers",
        items: [...this.draftTiers.map((_, i) => this.tierRow(i)), this.addTierRow()],
      },
      {
        type: "group",
        heading: "Schedule",
        items: [
          this.field({
            field: "soonDays",
            name: "Due soon",
            desc: "People whose next touch falls within this many days are listed as due soon.",
            placeholder: "7",
            ...numberText({ min: 0, max: 365, integer: true, what: "days" }),
          }),
          this.field({
            field: "weeklyBudget",
            name: "Weekly budget",
            desc: "How many touches a week you can give your network. The due panel compares what your cadences ask for with it.",
            placeholder: "10",
            ...numberText({ min: 0.1, max: 1000, integer: false, what: "touches a week" }),
          }),
        ],
      },
      {
        type: "group",
        heading: "Dates that matter",
        items: [
          this.field({
            field: "keyDateKeys",
            name: "Key date keys",
            desc: "Frontmatter keys that hold a yearly date (YYYY-MM-DD, MM-DD or --MM-DD), separated by commas or spaces. Birthday is always read.",
            placeholder: "birthday, anniversary",
            ...wordList,
          }),
          this.field({
            field: "keyDateDays",
            name: "Key date days",
            desc: "Birthdays, yearly dates and reminders within this many days are listed under Coming up, untracked people included.",
            placeholder: "14",
            ...numberText({ min: 0, max: 366, integer: true, what: "days" }),
          }),
        ],
      },
      {
        type: "group",
        heading: "Interaction log",
        items: [
          this.field({
            field: "logHeading",
            name: "Log headings",
            desc: "The headings of the section that holds a note's interaction log (any level), separated by commas; case, a leading emoji and a trailing colon do not matter. Logged interactions are appended there; a note without one gets the first.",
            placeholder: "Log, Interaction log, Contact log",
            ...plainText,
          }),
          this.field({
            field: "interactionTypes",
            name: "Interaction types",
            desc: "One word each, separated by commas or spaces. The log form offers them, and a log line's first word counts as its type when it is one of them.",
            ...wordList,
          }),
          this.toggle(
            "logChips",
            "Log entries as chips",
            "In reading view, show each log entry's type and its reciprocity tags (#gave, #asked, #declined, #noreply) as chips. Only how they look changes; the note stays as it is.",
          ),
        ],
      },
      {
        type: "group",
        ...mentionSettings({ field: (spec) => this.field(spec), toggle: (field, name, desc) => this.toggle(field, name, desc) }),
      },
    ];
  }

  /** Obsidian before 1.13: draws the same rows. */
  override display(): void {
    this.draw();
  }

  private draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of this.getSettingDefinitions()) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.items) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
    }
  }

  /** Draws the tab again (after a tier is added or removed). */
  private redraw(): void {
    redraw(this, () => this.draw());
  }

  /** One text setting, validated on every edit and saved only when valid. */
  private field<K extends SettingField>(spec: FieldSpec<K>): SettingRow {
    return {
      name: spec.name,
      desc: spec.desc,
      render: (setting) => {
        const message = new MessageLine(setting.infoEl);
        setting.addText((text) => {
          text.setValue(spec.show(this.host.settings()[spec.field]));
          if (spec.placeholder !== undefined) text.setPlaceholder(spec.placeholder);
          text.onChange(async (value) => {
            const parsed = spec.parse(value);
            const result = parsed.ok ? validateSettingField(spec.field, parsed.value) : { ok: false as const, message: parsed.message };
            markInvalid(text, !result.ok);
            if (!result.ok) {
              message.error(`Not saved: ${result.message}.`);
              return;
            }
            message.show({});
            await this.save({ [spec.field]: result.value });
          });
        });
      },
    };
  }

  /** One on/off setting, saved at once. */
  private toggle(field: "logChips" | "countMentions" | "reachOutsInNewDailyNote", name: string, desc: string): SettingRow {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addToggle((toggle) => toggle.setValue(this.host.settings()[field]).onChange((value) => this.save({ [field]: value })));
      },
    };
  }

  private tierRow(index: number): SettingRow {
    return {
      name: `Tier ${index + 1}`,
      desc: "Key, label, cadence (such as 2w, 3m, quarterly) and aliases.",
      render: (setting) =>
        renderTierRow(
          setting,
          {
            tier: () => this.draftTiers[index],
            edit: async (change, message) => {
              const current = this.draftTiers[index];
              if (current === undefined) return;
              change(current);
              await this.saveTiers(message);
            },
            // Contacts hold the saved tiers: count by the saved tier at this place.
            usage: () => {
              const saved = this.host.settings().tiers[index];
              return saved === undefined || this.host.contacts === undefined ? 0 : contactsUsingTier(this.host.contacts(), saved);
            },
            confirm: (title, message, cta) => confirmAction(this.app, { title, message, cta, warning: true }),
            remove: async (message) => {
              const result = validateSettingField(
                "tiers",
                this.draftTiers.filter((_, i) => i !== index),
              );
              if (!result.ok) {
                message.error(`Not removed: ${result.message}.`);
                return;
              }
              await this.save({ tiers: result.value });
              this.redraw();
            },
          },
          parseList,
        ),
    };
  }

  private addTierRow(): SettingRow {
    return {
      name: "Add a tier",
      desc: "Tiers say how close people are and how often to keep in touch. A note's tier may be a key or an alias; a contact whose tier is removed is listed under problems.",
      render: (setting) => {
        setting.addButton((b) => b.setButtonText("Add").onClick(() => this.addTier()));
      },
    };
  }

  private async saveTiers(message: MessageLine): Promise<void> {
    const result = validateSettingField("tiers", this.draftTiers);
    if (!result.ok) {
      message.error(`Not saved: ${result.message}.`);
      return;
    }
    message.show({});
    await this.save({ tiers: result.value });
  }

  private async addTier(): Promise<void> {
    const tiers = this.host.settings().tiers;
    const result = validateSettingField("tiers", [...tiers, { key: nextTierKey(tiers), label: "New tier", cadence: "1y", aliases: [] }]);
    if (result.ok) await this.save({ tiers: result.value });
    this.redraw();
  }

  private async save(change: Partial<Settings>): Promise<void> {
    await this.host.saveSettings({ ...this.host.settings(), ...change });
  }
}

/**
 * Obsidian 1.13+ draws the rows itself, and `update()` asks it to; older apps, which the plugin
 * supports, have no `update`, and the tab draws the rows again itself.
 */
function redraw(tab: { update?: () => void }, draw: () => void): void {
  if (typeof tab.update === "function") tab.update();
  else draw();
}

function markInvalid(text: TextComponent, invalid: boolean): void {
  text.inputEl.toggleClass("cc-invalid", invalid);
  text.inputEl.setAttr("aria-invalid", invalid ? "true" : null);
}
