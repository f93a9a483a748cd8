/**
 * Contact Cadence: the plugin's lifecycle, and nothing else. It loads the settings, builds the
 * contact index, and registers the due panel, the commands, the file menu entries, the ribbon
 * icon, the status bar count and the settings tab, all through `register*` so unloading cleans up.
 */
import { debounce, moment, Notice, Platform, Plugin, TFile } from "obsidian";
import { momentParser, type MomentLike } from "./core/dated-notes";
import { readDailyNotes } from "./obsidian/daily-notes-settings";
import { TouchTracker } from "./obsidian/touch-tracker";
import { localIsoDate, type IsoDate } from "./core/dates";
import { loadSettings, SETTINGS_VERSION, type Settings } from "./core/settings";
import { registerCommands } from "./commands/commands";
import { addContactMenuItems } from "./commands/file-menu";
import { modalUi } from "./commands/modal-ui";
import { ContactIndex } from "./obsidian/contact-index";
import { openDuePanel, refreshDuePanels } from "./ui/panel/due-panel";
import { reciprocityHints } from "./ui/panel/row-hints";
import { createContactNote } from "./obsidian/new-contact";
import { NoteWriter } from "./obsidian/note-writer";
import type { PluginContext } from "./ports";
import { dueCountUpdater } from "./ui/status-bar";
import { DUE_VIEW_TYPE, DueView } from "./ui/panel/due-view";
import { confirmAction } from "./ui/modals/confirm-modal";
import { ContactCadenceSettingTab } from "./ui/settings/settings-tab";
import { PanelModelCache } from "./ui/panel/model-cache";

export default class ContactCadencePlugin extends Plugin {
  /** Obsidian 1.13 declares `settings` on every plugin (as unknown); this is ours, typed. */
  override settings!: Settings;
  private index!: ContactIndex;
  /** Settings edits come a keystroke at a time: rebuild once the typing pauses. */
  private readonly rebuildSoon = debounce(() => void this.index.rebuild(), 500, true);

  override async onload(): Promise<void> {
    await this.loadSettings();
    const { app } = this;
    const today = (): IsoDate => localIsoDate(new Date());

    const touches = new TouchTracker({
      resolveLink: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
      settings: () => this.settings,
      // obsidian.d.ts types `moment` as the module namespace; at run time it is moment's function.
      parseDate: momentParser(moment as unknown as MomentLike),
      readDailyNotes: () => readDailyNotes(app.vault.adapter, app.vault.configDir),
    });
    this.index = new ContactIndex({
      metadataCache: app.metadataCache,
      vault: app.vault,
      touches,
      onLayoutReady: (callback) => app.workspace.onLayoutReady(callback),
      settings: () => this.settings,
      timers: { set: (callback, ms) => window.setTimeout(callback, ms), clear: (id) => window.clearTimeout(id) },
    });
    this.register(() => {
      this.rebuildSoon.cancel();
      this.index.stop();
    });

    const writer = new NoteWriter({
      vault: app.vault,
      openFile: (file) => app.workspace.getLeaf(false).openFile(file),
      index: this.index,
      settings: () => this.settings,
      today,
      confirm: (request) => confirmAction(app, request),
      notify: (message) => new Notice(message),
    });
    const host: PluginContext = { index: this.index, actions: writer, settings: () => this.settings, today };
    const noteText = async (path: string): Promise<string> => {
      const file = app.vault.getAbstractFileByPath(path);
      return file instanceof TFile ? app.vault.cachedRead(file) : "";
    };
    const ui = modalUi(app, host, noteText);

    // One model for every due panel, kept while they close and reopen (it follows the index, the day and the settings).
    const panelModels = new PanelModelCache();
    this.registerView(DUE_VIEW_TYPE, (leaf) => new DueView(leaf, host, reciprocityHints(today), panelModels));
    registerCommands(this, {
      host,
      ui,
      activeFile: () => app.workspace.getActiveFile(),
      openDuePanel: () => openDuePanel(app.workspace),
      createContact: async (name, tierKey) => {
        const file = await createContactNote(app.vault, this.settings, name, tierKey);
        await app.workspace.getLeaf(false).openFile(file);
      },
      rebuildIndex: async () => {
        await this.index.rebuild();
        await this.index.settled();
        return this.index.contacts().length;
      },
    });
    this.addRibbonIcon("users", "Open the due panel", () => void openDuePanel(app.workspace));
    this.registerEvent(app.workspace.on("file-menu", (menu, file) => addContactMenuItems(menu, file, this.index, ui)));
    if (!Platform.isMobile) this.addDueCount(today);
    this.addSettingTab(new ContactCadenceSettingTab(app, this, { settings: () => this.settings, saveSettings: (next) => this.saveSettings(next) }));

    this.index.start();
  }

  /** Another device (sync) rewrote `data.json`: take its settings. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.loadSettings();
    this.applySettings();
  }

  private addDueCount(today: () => IsoDate): void {
    const el = this.addStatusBarItem();
    el.addClass("mod-clickable");
    el.setAttr("aria-label", "Overdue, due today or never contacted: open the due panel");
    const update = dueCountUpdater(el, this.index, today);
    update();
    this.register(this.index.onChange(update));
    // The count also moves when the day does.
    this.registerInterval(window.setInterval(update, 60_000));
    this.registerDomEvent(el, "click", () => void openDuePanel(this.app.workspace));
  }

  private async loadSettings(): Promise<void> {
    const raw: unknown = await this.loadData();
    const { settings, warnings } = loadSettings(raw);
    this.settings = settings;
    for (const warning of warnings) new Notice(`Contact Cadence ${warning}`, 10_000);
    // Record a migration, so the file says which version wrote it; bad values stay for the user to fix.
    const version = typeof raw === "object" && raw !== null ? (raw as { version?: unknown }).version : undefined;
    if (raw !== null && raw !== undefined && version !== SETTINGS_VERSION && warnings.length === 0) await this.saveData(settings);
  }

  private async saveSettings(next: Settings): Promise<void> {
    this.settings = { ...next, version: SETTINGS_VERSION };
    await this.saveData(this.settings);
    this.applySettings();
  }

  private applySettings(): void {
    this.rebuildSoon();
    refreshDuePanels(this.app.workspace);
  }
}
