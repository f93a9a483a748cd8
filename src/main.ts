/**
 * Contact Cadence: the plugin's lifecycle, and nothing else. It loads the settings, builds the
 * contact index, and registers the due panel, the commands, the file menu entries, the ribbon
 * icon, the status bar count and the settings tab, all through `register*` so unloading cleans up.
 */
import { debounce, moment, Notice, parseYaml, Platform, Plugin, TFile } from "obsidian";
import { momentParser, type MomentLike } from "./core/dated-notes";
import { readDailyNotes } from "./obsidian/daily-notes-settings";
import { TouchTracker } from "./obsidian/touch-tracker";
import { ReachOutNotes } from "./obsidian/reach-out-notes";
import { localIsoDate, type IsoDate } from "./core/dates";
import { History } from "./core/history";
import { setYamlParser } from "./core/yaml-reader";
import { loadSettings, SETTINGS_VERSION, type Settings } from "./core/settings";
import { registerCommands } from "./commands/commands";
import { addContactMenuItems } from "./commands/file-menu";
import { modalUi } from "./commands/modal-ui";
import { registerUndoCommands } from "./commands/undo";
import { pickedTier, tierChoices } from "./commands/tier-change";
import { ContactIndex } from "./obsidian/contact-index";
import { whenIdle, yieldToLoop } from "./lib/time-slice";
import { openDuePanel, refreshDuePanels, showCardInPanel } from "./ui/panel/due-panel";
import { hintMemory, reciprocityHints } from "./ui/panel/row-hints";
import { openPluginSettings } from "./obsidian/open-settings";
import { createContactNote } from "./obsidian/new-contact";
import { NoteWriter } from "./obsidian/note-writer";
import { VaultNoteStore } from "./obsidian/vault-note-store";
import { describeWrite } from "./obsidian/write-labels";
import { WriteHistory } from "./obsidian/write-history";
import { readTemplateFolders, vaultShape } from "./obsidian/vault-shape";
import { notePreview, tierValue } from "./obsidian/triage-notes";
import type { PluginContext } from "./ports";
import { dueCountUpdater } from "./ui/status-bar";
import { DUE_VIEW_TYPE, DueView } from "./ui/panel/due-view";
import { confirmAction } from "./ui/modals/confirm-modal";
import { ContactCadenceSettingTab } from "./ui/settings/settings-tab";
import { PanelModelCache } from "./ui/panel/model-cache";
import { TouchCache } from "./ui/calendar/calendar-data";
import { CALENDAR_VIEW_TYPE, CalendarView } from "./ui/calendar/calendar-view";
import { openCalendar } from "./ui/calendar/open-calendar";
import type { PanelCommands } from "./ui/panel/panel-toolbar";
import { noteProblems } from "./core/note-problems";
import { ContactTypingSuggest } from "./ui/editor/typing-suggest";
import { problemExtension } from "./ui/editor/problem-extension";
import { readingViewProcessor } from "./ui/editor/reading-view";

export default class ContactCadencePlugin extends Plugin {
  /** Obsidian 1.13 declares `settings` on every plugin (as unknown); this is ours, typed. */
  override settings!: Settings;
  private templateFolders: readonly string[] = [];
  private index!: ContactIndex;
  /** Settings edits come a keystroke at a time: rebuild once the typing pauses. */
  private readonly rebuildSoon = debounce(() => void this.index.rebuild(), 500, true);

  override async onload(): Promise<void> {
    // Notes are read and checked with Obsidian's own YAML parser: the one its metadata cache uses.
    setYamlParser(parseYaml);
    await this.loadSettings();
    const { app } = this;
    const today = (): IsoDate => localIsoDate(new Date());

    const touches = new TouchTracker({
      resolveLink: (linkpath, source) => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
      settings: () => this.settings,
      // obsidian.d.ts types `moment` as the module namespace; at run time it is moment's function.
      parseDate: momentParser(moment as unknown as MomentLike),
      readDailyNotes: () => readDailyNotes(app.vault.adapter, app.vault.configDir),
      resolvedLinks: () => app.metadataCache.resolvedLinks,
    });
    this.index = new ContactIndex({
      metadataCache: app.metadataCache,
      vault: app.vault,
      touches,
      // Notes in the templates folders are never contacts: read before the build, not in onload.
      onLayoutReady: (callback) => app.workspace.onLayoutReady(() => void this.readTemplateFolders().then(callback)),
      settings: () => this.settings,
      templateFolders: () => this.templateFolders,
      timers: { set: (callback, ms) => window.setTimeout(callback, ms), clear: (id) => window.clearTimeout(id) },
      yieldNow: yieldToLoop,
      whenIdle: () => whenIdle(window),
    });
    this.register(() => {
      this.rebuildSoon.cancel();
      this.index.stop();
    });

    // The undo history lives as long as the plugin: per session, as an editor's.
    const store = new VaultNoteStore(app.vault, app.fileManager);
    const writes = new WriteHistory(new History(store), {
      notice: (content, ms) => new Notice(content, ms),
      fragment: (build) => createFragment(build),
    });
    const writer = new NoteWriter({
      vault: app.vault,
      openFile: (file) => app.workspace.getLeaf(false).openFile(file),
      index: this.index,
      settings: () => this.settings,
      today,
      confirm: (request) => confirmAction(app, request),
      notify: (message) => new Notice(message),
      writes,
      store,
    });
    let openSetupCheck = (): void => undefined;
    const host: PluginContext = {
      index: this.index,
      actions: writer,
      settings: () => this.settings,
      today,
      openSetupCheck: () => openSetupCheck(),
      // Saved without a rebuild: it changes no contact.
      rememberLogType: (type) => {
        if (this.settings.lastLogType === type) return;
        this.settings = { ...this.settings, lastLogType: type };
        void this.saveData(this.settings);
      },
    };
    const noteText = async (path: string): Promise<string> => {
      const file = app.vault.getAbstractFileByPath(path);
      return file instanceof TFile ? app.vault.cachedRead(file) : "";
    };
    // The calendar's touches, shared by every calendar view and the review's budget chart.
    const calendarTouches = new TouchCache();
    const showCalendar = (person: string | null): Promise<void> => openCalendar(app.workspace, { person });
    const ui = modalUi(app, host, noteText, {
      doctor: {
        survey: () => vaultShape(app.vault, app.metadataCache, this.templateFolders),
        settings: () => this.settings,
        saveSettings: (next) => this.saveSettings(next),
      },
      triageNotes: {
        preview: async (path) => notePreview(await noteText(path)),
        tierValue: (path) => tierValue(app, this.index.get(path)?.keys.tier, path),
        takeBack: async (path) => {
          const outcome = await writes.undoLatestOf(path);
          return outcome === null ? null : outcome.ok;
        },
      },
      pictures: { touches: calendarTouches, openCalendar: showCalendar },
      applyAll: (plan, message) => writer.applyAll(plan, message),
    });
    openSetupCheck = () => ui.setupCheck();

    // One model for every due panel, kept while they close and reopen (it follows the index, the day and the settings).
    const panelModels = new PanelModelCache();
    const reachOuts = new ReachOutNotes({
      vault: app.vault,
      metadataCache: app.metadataCache,
      host,
      writer,
      dailyNotes: () => readDailyNotes(app.vault.adapter, app.vault.configDir),
      moment: moment as unknown as MomentLike,
      notify: (message) => new Notice(message),
      // A wait still pending at unload never ends, so no block is written by a plugin that was turned off.
      wait: (ms) =>
        new Promise((resolve) => {
          const id = window.setTimeout(resolve, ms);
          this.register(() => window.clearTimeout(id));
        }),
    });
    // Inside onLayoutReady: before it, `create` fires once for every note already in the vault.
    app.workspace.onLayoutReady(() => this.registerEvent(app.vault.on("create", (file) => void reachOuts.onCreate(file))));
    this.registerView(CALENDAR_VIEW_TYPE, (leaf) => new CalendarView(leaf, host, calendarTouches));
    const runCommand = registerCommands(this, {
      host,
      ui,
      activeFile: () => app.workspace.getActiveFile(),
      openDuePanel: () => openDuePanel(app.workspace),
      openCalendar: showCalendar,
      createContact: async (name, tierKey) => {
        const file = await createContactNote(app.vault, this.settings, name, tierKey);
        const words = describeWrite({ kind: "create" }, name.trim());
        writes.confirm(
          words.message,
          writes.history.record({ label: words.label, changes: [{ path: file.path, before: null, after: await app.vault.read(file) }] }),
        );
        await app.workspace.getLeaf(false).openFile(file);
      },
      rebuildIndex: async () => {
        await this.index.rebuild();
        await this.index.settled();
        return this.index.contacts().length;
      },
      insertReachOuts: () => reachOuts.insertToday(),
      showCard: (path) => showCardInPanel(app.workspace, path),
    });
    registerUndoCommands(this, writes);
    const commands: PanelCommands = {
      newContact: () => runCommand("new-contact"),
      findReferral: () => runCommand("find-referral"),
      reviewNetwork: () => runCommand("review-network"),
      showDoNotContact: () => runCommand("show-do-not-contact"),
      showProblems: () => runCommand("show-problems"),
      rebuildIndex: () => runCommand("rebuild-index"),
      openSettings: () => {
        if (!openPluginSettings(app, this.manifest.id))
          new Notice("The settings could not be opened from here: open them from the app's menu.");
      },
    };
    // One memory of put-off hints for every panel, in this vault's local storage (not synced, not in the notes).
    const hints = reciprocityHints(today, writer, hintMemory(`${app.vault.getName()}-contact-cadence-hints-put-off`));
    this.registerView(
      DUE_VIEW_TYPE,
      (leaf) =>
        new DueView(leaf, host, hints, panelModels, {
          commands,
          writes,
          applyAll: (plan, message) => writer.applyAll(plan, message),
          card: {
            changeTier: (contact) =>
              ui.pickTier(contact, tierChoices(contact, this.settings), (choice) => void pickedTier({ host, ui }, contact, choice)),
          },
        }),
    );
    this.registerHoverLinkSource(DUE_VIEW_TYPE, { display: "Contact Cadence", defaultMod: true });
    this.addRibbonIcon("users", "Open the due panel", () => void openDuePanel(app.workspace));
    this.registerEvent(app.workspace.on("file-menu", (menu, file) => addContactMenuItems(menu, file, this.index, ui)));
    if (!Platform.isMobile) this.addDueCount(today);
    this.addSettingTab(
      new ContactCadenceSettingTab(app, this, {
        settings: () => this.settings,
        saveSettings: (next) => this.saveSettings(next),
        contacts: () => this.index.contacts(),
      }),
    );

    this.registerNoteEditing(today);
    this.index.start();
  }

  /** Help inside a contact note: suggestions while typing, its problems in the editor and in reading view. */
  private registerNoteEditing(today: () => IsoDate): void {
    const isContact = (path: string): boolean => this.index.get(path) !== undefined;
    const settings = (): Settings => this.settings;
    const onChange = (listener: () => void): (() => void) => this.index.onChange(listener);
    this.registerEditorSuggest(new ContactTypingSuggest(this.app, { isContact, settings, today }));
    this.registerEditorExtension(
      problemExtension({ isContact, onChange, problemsOf: (path, text) => noteProblems(path, text, this.settings, today()) }),
    );
    this.registerMarkdownPostProcessor(
      readingViewProcessor({
        isContact,
        settings,
        onChange,
        problems: (path) => this.index.problems(today()).filter((p) => p.path === path),
      }),
    );
  }

  private async readTemplateFolders(): Promise<void> {
    this.templateFolders = await readTemplateFolders(this.app.vault.adapter, this.app.vault.configDir);
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
