/**
 * Log an interaction: what happened first, in a box as wide as the modal (Enter logs, Shift+Enter
 * starts a new line), then the type and the date, compact, below it. The type starts as the last one
 * logged; on a phone the types are chips to tap. The write goes through the host's actions, which
 * append the entry and move `last-touch`.
 *
 * The same modal logs one entry for several people selected in the panel (`ManyPeople`).
 *
 * For a do-not-contact person the modal itself asks, in a warning callout with "Log anyway", and
 * tells the writer so, so the user is asked once. An `intro` or `referral` whose summary links a
 * no-refer (or do-not-contact) contact gets a private warning; it never blocks.
 */
import { App, ButtonComponent, Notice, Platform, setIcon } from "obsidian";
import { askedNotToBeContacted } from "../../core/actions";
import type { Contact } from "../../core/contact";
import { isIsoDate, type IsoDate } from "../../core/dates";
import { formatRelative, formatWeekday } from "../../core/format-date";
import { referralWarning } from "../../core/referral";
import type { NewLogEntry, PluginContext } from "../../ports";
import { count } from "../../core/words";
import { checkLogDate } from "./forms";
import { ContentModal, formButtons, MessageLine } from "./modal-helpers";
import { contactLinkResolver } from "./referral-link";
import { errorText } from "../../lib/error-text";

/** The type the modal starts with: the one asked for, else the last one logged when it is still a type, else the first. */
export function initialLogType(requested: string | null | undefined, last: string | null, types: readonly string[]): string | null {
  if (requested !== undefined) return requested;
  if (last !== null && types.includes(last)) return last;
  return types[0] ?? null;
}

/** "Thu 26 Nov · today": the date beside the date field, as the panel writes dates. */
export function logDateWords(date: string, today: IsoDate): string {
  const d = date.trim();
  return isIsoDate(d) ? `${formatWeekday(d)} · ${formatRelative(d, today)}` : "";
}

/** Several people at once (the panel's bulk bar): one entry for each, written by `log`. */
export interface ManyPeople {
  kind: "many";
  count: number;
  /** Writes the entry to every one of them as one undo step; false when nothing was written. */
  log(entry: NewLogEntry): Promise<boolean>;
}

export class LogInteractionModal extends ContentModal {
  private readonly contact: Contact | null;
  private type: string | null;
  private date: string;
  private summary: string;
  private busy = false;
  private summaryEl: HTMLTextAreaElement | null = null;
  private message: MessageLine | null = null;
  private submitButton: ButtonComponent | null = null;
  private referralEl: HTMLElement | null = null;
  private readonly resolveLink: (link: string) => Contact | undefined;

  constructor(
    app: App,
    private readonly host: PluginContext,
    private readonly who: Contact | ManyPeople,
    defaults: Partial<NewLogEntry> = {},
  ) {
    super(app);
    const contact = "kind" in who ? null : who;
    this.contact = contact;
    const settings = host.settings();
    this.type = initialLogType(defaults.type, settings.lastLogType, settings.interactionTypes);
    this.date = defaults.date ?? host.today();
    this.summary = defaults.summary ?? "";
    this.resolveLink = contactLinkResolver(
      {
        resolvePath: (link, source) => app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null,
        get: (path) => host.index.get(path),
        contacts: () => host.index.contacts(),
      },
      contact?.path ?? "",
    );
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle(`Log an interaction with ${this.contact?.name ?? count(this.many?.count ?? 0, "person", "people")}`);
    contentEl.addClass("cc-log-modal");
    if (this.contact?.doNotContact === true) this.caution(this.contact);

    this.summaryEl = contentEl.createEl("textarea", {
      cls: "cc-log-summary",
      attr: { rows: "3", placeholder: "What happened?", "aria-label": "Summary", "aria-describedby": "cc-log-hint" },
    });
    this.summaryEl.value = this.summary;
    this.summaryEl.addEventListener("input", () => {
      this.summary = this.summaryEl?.value ?? "";
      this.showReferralWarning();
    });
    contentEl.createDiv({
      cls: "cc-log-hint",
      attr: { id: "cc-log-hint" },
      text: `${Platform.isMobile ? "" : "Enter logs, Shift+Enter starts a new line. "}Tags such as #gave, #asked, #declined or #noreply feed the reciprocity hints.`,
    });

    const meta = contentEl.createDiv({ cls: "cc-log-meta" });
    if (Platform.isMobile) this.typeChips(meta);
    else this.typeDropdown(meta);
    this.dateField(meta);

    this.message = new MessageLine(contentEl);
    this.message.show(checkLogDate(this.date, this.host.today()));
    this.referralEl = contentEl.createDiv({ cls: ["cc-modal-message", "mod-warning", "cc-referral-warning"], attr: { role: "status" } });
    this.showReferralWarning();

    const ask = this.contact?.doNotContact === true;
    this.submitButton = formButtons(this, ask ? "Log anyway" : "Log", () => void this.submit(), ask);
    contentEl.addEventListener("keydown", (evt) => this.onKeyDown(evt));
    this.summaryEl.focus();
  }

  /** Enter logs from any field but a button (which presses itself); Shift+Enter in the summary is a new line. */
  private onKeyDown(evt: KeyboardEvent): void {
    if (evt.key !== "Enter" || evt.isComposing || evt.altKey) return;
    const tag = (evt.target as Partial<Element> | null)?.tagName;
    if (tag === "BUTTON" || evt.shiftKey) return;
    evt.preventDefault();
    void this.submit();
  }

  /** The do-not-contact question, asked here once, like Obsidian's warning callout. */
  private caution(contact: Contact): void {
    const box = this.contentEl.createDiv({ cls: ["callout", "cc-modal-caution"], attr: { "data-callout": "warning", role: "note" } });
    const title = box.createDiv({ cls: "callout-title" });
    setIcon(title.createDiv({ cls: "callout-icon" }), "alert-triangle");
    title.createDiv({ cls: "callout-title-inner", text: askedNotToBeContacted(contact) });
    box.createDiv({
      cls: "callout-content",
      text: 'Log only what they started, such as a reply or an incoming call. "Log anyway" records it.',
    });
  }

  private typeDropdown(parent: HTMLElement): void {
    const types = this.host.settings().interactionTypes;
    const select = parent.createEl("select", { cls: ["dropdown", "cc-log-type"], attr: { "aria-label": "Type" } });
    select.createEl("option", { value: "", text: "No type" });
    for (const t of types) select.createEl("option", { value: t, text: t });
    if (this.type !== null && !types.includes(this.type)) select.createEl("option", { value: this.type, text: this.type });
    select.value = this.type ?? "";
    select.addEventListener("change", () => this.setType(select.value === "" ? null : select.value));
  }

  /** On a phone: one chip per type, a tap chooses it (a dropdown there is a full-screen list). */
  private typeChips(parent: HTMLElement): void {
    const types = [...this.host.settings().interactionTypes];
    if (this.type !== null && !types.includes(this.type)) types.push(this.type);
    const group = parent.createDiv({ cls: "cc-log-chips", attr: { role: "radiogroup", "aria-label": "Type" } });
    const chips: HTMLButtonElement[] = [];
    const choices: (string | null)[] = [...types, null];
    for (const choice of choices) {
      const chip = group.createEl("button", {
        cls: "cc-log-chip",
        text: choice ?? "no type",
        attr: { type: "button", role: "radio", "data-type": choice ?? "" },
      });
      chips.push(chip);
      chip.addEventListener("click", () => {
        this.setType(choice);
        for (const c of chips) c.setAttr("aria-checked", String(c === chip));
      });
      chip.setAttr("aria-checked", String(choice === this.type));
    }
  }

  private dateField(parent: HTMLElement): void {
    const wrap = parent.createDiv({ cls: "cc-log-date-field" });
    const input = wrap.createEl("input", { cls: "cc-log-date", type: "date", attr: { "aria-label": "Date" } });
    input.value = this.date;
    const words = wrap.createSpan({ cls: "cc-log-date-words", text: logDateWords(this.date, this.host.today()) });
    input.addEventListener("input", () => {
      this.date = input.value;
      words.setText(logDateWords(this.date, this.host.today()));
      this.message?.show(checkLogDate(this.date, this.host.today()));
    });
  }

  private setType(type: string | null): void {
    this.type = type;
    this.showReferralWarning();
  }

  private async submit(): Promise<void> {
    if (this.busy || this.message === null) return;
    const date = this.date.trim();
    if (!this.message.show(checkLogDate(date, this.host.today())) || !isIsoDate(date)) return;
    this.setBusy(true);
    try {
      const entry: NewLogEntry = { date, type: this.type, summary: this.summary.trim() };
      // The callout above asked already when the person is do-not-contact.
      const logged =
        this.contact === null
          ? await (this.many?.log(entry) ?? false)
          : await this.host.actions.logInteraction(this.contact.path, entry, { confirmed: this.contact.doNotContact });
      if (logged) {
        this.host.rememberLogType?.(this.type);
        const warning = this.currentReferralWarning();
        if (warning !== null) new Notice(warning, 8000);
        this.close();
        return;
      }
      this.message.error("Nothing was written to the note.");
    } catch (e) {
      this.message.error(`Could not log: ${errorText(e)}`);
    } finally {
      this.setBusy(false);
    }
  }

  private get many(): ManyPeople | null {
    return "kind" in this.who ? this.who : null;
  }

  private currentReferralWarning(): string | null {
    return referralWarning({ type: this.type, summary: this.summary }, this.resolveLink);
  }

  private showReferralWarning(): void {
    if (this.referralEl === null) return;
    const warning = this.currentReferralWarning();
    this.referralEl.setText(warning ?? "");
    this.referralEl.toggleClass("cc-is-hidden", warning === null);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.submitButton?.setDisabled(busy);
  }
}
