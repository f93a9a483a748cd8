import { afterEach, describe, expect, it, vi } from "vitest";
import { Platform } from "obsidian";
import { createApp } from "../../stubs/obsidian";
import type { Contact } from "../../../src/core/contact";
import { isoDate } from "../../../src/core/dates";
import { defaultSettings } from "../../../src/core/settings";
import type { ContactActions, NewLogEntry, PluginContext } from "../../../src/ports";
import { initialLogType, logDateWords, LogInteractionModal } from "../../../src/ui/modals/log-modal";
import { contact, TODAY } from "../helpers";

interface Opened {
  modal: LogInteractionModal;
  logged: { path: string; entry: NewLogEntry; options?: { confirmed?: boolean } }[];
  remembered: (string | null)[];
  summary: HTMLTextAreaElement;
  key: (init: KeyboardEventInit, target?: HTMLElement) => KeyboardEvent;
}

function open(person: Contact, lastLogType: string | null = null): Opened {
  const { app } = createApp();
  const logged: Opened["logged"] = [];
  const remembered: (string | null)[] = [];
  const settings = { ...defaultSettings(), lastLogType };
  const actions = {
    logInteraction: vi.fn((path: string, entry: NewLogEntry, options?: { confirmed?: boolean }) => {
      logged.push({ path, entry, options });
      return Promise.resolve(true);
    }),
  } as unknown as ContactActions;
  const host: PluginContext = {
    index: { get: () => person, contacts: () => [person] } as unknown as PluginContext["index"],
    actions,
    settings: () => settings,
    today: () => TODAY,
    rememberLogType: (type) => remembered.push(type),
  };
  const modal = new LogInteractionModal(app, host, person);
  modal.open();
  const summary = modal.contentEl.querySelector<HTMLTextAreaElement>("textarea.cc-log-summary");
  if (summary === null) throw new Error("no summary box");
  const key = (init: KeyboardEventInit, target: HTMLElement = summary): KeyboardEvent => {
    const evt = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(evt);
    return evt;
  };
  return { modal, logged, remembered, summary, key };
}

function type(summary: HTMLTextAreaElement, text: string): void {
  summary.value = text;
  summary.dispatchEvent(new Event("input", { bubbles: true }));
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  Platform.isMobile = false;
  document.body.empty();
});

describe("the log modal", () => {
  it("puts the summary first, focused, with type and date below it", () => {
    const { modal, summary } = open(contact("Ann", { tier: "A" }));
    const children = [...modal.contentEl.children].map((el) => el.className);
    expect(children.indexOf("cc-log-summary")).toBeLessThan(children.indexOf("cc-log-meta"));
    expect(document.activeElement).toBe(summary);
    expect(modal.contentEl.querySelector<HTMLSelectElement>(".cc-log-meta select.cc-log-type")?.value).toBe("call");
    expect(modal.contentEl.querySelector<HTMLInputElement>(".cc-log-meta input.cc-log-date")?.value).toBe("2026-11-26");
    expect(modal.contentEl.querySelector(".cc-log-date-words")?.textContent).toBe("Thu 26 Nov · today");
  });

  it("logs on Enter in the summary, and remembers the type", async () => {
    const { modal, logged, remembered, summary, key } = open(contact("Ann", { tier: "A" }));
    const select = modal.contentEl.querySelector<HTMLSelectElement>("select.cc-log-type");
    if (select === null) throw new Error("no type");
    select.value = "email";
    select.dispatchEvent(new Event("change"));
    type(summary, "  Sent the deck #gave ");
    const evt = key({});
    expect(evt.defaultPrevented).toBe(true);
    await settle();
    expect(logged).toEqual([
      {
        path: "Contacts/Ann.md",
        entry: { date: "2026-11-26", type: "email", summary: "Sent the deck #gave" },
        options: { confirmed: false },
      },
    ]);
    expect(remembered).toEqual(["email"]);
    expect(modal.containerEl.isConnected).toBe(false);
  });

  it("leaves Shift+Enter to the box (a new line) and logs nothing", async () => {
    const { modal, logged, summary, key } = open(contact("Ann", { tier: "A" }));
    type(summary, "first line");
    const evt = key({ shiftKey: true });
    expect(evt.defaultPrevented).toBe(false);
    await settle();
    expect(logged).toEqual([]);
    expect(modal.containerEl.isConnected).toBe(true);
  });

  it("logs nothing on Enter while an input method is composing, nor on Enter on a button", async () => {
    const { modal, logged, key } = open(contact("Ann", { tier: "A" }));
    key({ isComposing: true });
    const cancel = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Cancel");
    if (cancel === undefined) throw new Error("no cancel");
    key({}, cancel);
    await settle();
    expect(logged).toEqual([]);
  });

  it("refuses an unreadable date on Enter and says why", async () => {
    const { modal, logged, key } = open(contact("Ann", { tier: "A" }));
    const date = modal.contentEl.querySelector<HTMLInputElement>("input.cc-log-date");
    if (date === null) throw new Error("no date");
    date.value = "26/11";
    date.dispatchEvent(new Event("input"));
    key({}, date);
    await settle();
    expect(logged).toEqual([]);
    expect(modal.contentEl.querySelector(".cc-modal-message")?.textContent).toBe("Enter a date as YYYY-MM-DD.");
    expect(modal.contentEl.querySelector(".cc-log-date-words")?.textContent).toBe("");
  });

  it("asks a do-not-contact person's question itself, once: 'Log anyway' tells the writer it was confirmed", async () => {
    const { modal, logged, key } = open(contact("Maya", { tier: "B", "do-not-contact": "2026-03-04" }));
    expect(modal.contentEl.querySelector(".callout[data-callout='warning'] .callout-title-inner")?.textContent).toBe(
      "Maya asked not to be contacted (since 2026-03-04)",
    );
    expect(modal.contentEl.querySelector("button.mod-warning")?.textContent).toBe("Log anyway");
    key({});
    await settle();
    expect(logged[0]?.options).toEqual({ confirmed: true });
  });

  it("offers the types as chips on a phone", async () => {
    Platform.isMobile = true;
    const { modal, logged, key } = open(contact("Ann", { tier: "A" }), "meal");
    expect(modal.contentEl.querySelector("select")).toBeNull();
    const chips = [...modal.contentEl.querySelectorAll<HTMLButtonElement>(".cc-log-chip")];
    expect(chips.map((c) => c.textContent)).toEqual([...defaultSettings().interactionTypes, "no type"]);
    expect(chips.filter((c) => c.getAttribute("aria-checked") === "true").map((c) => c.textContent)).toEqual(["meal"]);
    chips.find((c) => c.textContent === "gift")?.click();
    expect(chips.filter((c) => c.getAttribute("aria-checked") === "true").map((c) => c.textContent)).toEqual(["gift"]);
    key({});
    await settle();
    expect(logged[0]?.entry.type).toBe("gift");
  });
});

describe("initialLogType and logDateWords", () => {
  it("starts with the type asked for, else the last one logged while it is still a type, else the first", () => {
    const types = ["call", "email"];
    expect(initialLogType(null, "email", types)).toBeNull();
    expect(initialLogType("intro", "email", types)).toBe("intro");
    expect(initialLogType(undefined, "email", types)).toBe("email");
    expect(initialLogType(undefined, "fax", types)).toBe("call");
    expect(initialLogType(undefined, null, [])).toBeNull();
  });

  it("reads a date as the panel does", () => {
    expect(logDateWords("2026-11-25", isoDate("2026-11-26"))).toBe("Wed 25 Nov · yesterday");
    expect(logDateWords(" 2026-09-14 ", isoDate("2026-11-26"))).toBe("Mon 14 Sep · 2 months ago");
    expect(logDateWords("2026-13-01", isoDate("2026-11-26"))).toBe("");
  });
});
