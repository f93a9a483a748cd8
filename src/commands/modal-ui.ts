/** The modals behind the commands: what `CommandUi` is in the running plugin. */
import { Notice, type App } from "obsidian";
import type { PanelHost } from "../ports";
import { confirmAction } from "../ui/modals/confirm-modal";
import { ContactPickerModal } from "../ui/modals/contact-picker";
import { LogInteractionModal } from "../ui/modals/log-modal";
import { NewContactModal } from "../ui/modals/new-contact-modal";
import { ProblemsModal } from "../ui/modals/problems-modal";
import { FindReferralModal } from "../ui/modals/refer-modal";
import { SnoozeModal } from "../ui/modals/snooze-modal";
import type { CommandUi } from "./commands";

export function modalUi(app: App, host: PanelHost, noteText: (path: string) => Promise<string>): CommandUi {
  return {
    logInteraction: (contact) => new LogInteractionModal(app, host, contact).open(),
    snooze: (contact) => new SnoozeModal(app, host, contact).open(),
    pickContact: (contacts, onChoose, placeholder) => new ContactPickerModal(app, contacts, onChoose, placeholder).open(),
    findReferral: () => new FindReferralModal(app, host, noteText).open(),
    showProblems: () => new ProblemsModal(app, host).open(),
    newContact: (onCreate) => new NewContactModal(app, host, onCreate).open(),
    confirm: (request) => confirmAction(app, request),
    notify: (message) => new Notice(message),
  };
}
