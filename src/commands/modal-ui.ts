/** The modals behind the commands: what `CommandUi` is in the running plugin. */
import { Notice, type App } from "obsidian";
import { planVaultImport } from "../obsidian/import-plan";
import type { PlanOutcome, WritePlan } from "../obsidian/write-plan";
import type { PluginContext } from "../ports";
import { confirmAction } from "../ui/modals/confirm-modal";
import { ContactPickerModal } from "../ui/modals/contact-picker";
import { LogInteractionModal } from "../ui/modals/log-modal";
import { NewContactModal } from "../ui/modals/new-contact-modal";
import { FollowUpsModal } from "../ui/modals/follow-ups-modal";
import { ProblemsModal } from "../ui/modals/problems-modal";
import { ImportModal, type ImportModalDeps } from "../ui/modals/import-modal";
import { FindReferralModal } from "../ui/modals/refer-modal";
import { ReviewModal, type ReviewPictures } from "../ui/modals/review-modal";
import { SnoozeModal } from "../ui/modals/snooze-modal";
import { SuppressionModal } from "../ui/modals/suppression-modal";
import { TierPickerModal } from "../ui/modals/tier-picker";
import { DoctorModal, type DoctorHost } from "../ui/modals/doctor-modal";
import { TriageModal, type TriageNotes } from "../ui/modals/triage-modal";
import type { CommandUi } from "./commands";
import { count } from "../core/words";

/** What the set-up check and triage read beyond the index. */
export interface ModalSources {
  doctor: DoctorHost;
  triageNotes: TriageNotes;
  /** The review's budget chart and its link to the calendar. */
  pictures?: ReviewPictures;
  /** Writes several notes as one undo step (the note writer's), for the import. */
  applyAll(plan: WritePlan, message: string): Promise<PlanOutcome>;
}

export function modalUi(app: App, host: PluginContext, noteText: (path: string) => Promise<string>, sources: ModalSources): CommandUi {
  return {
    logInteraction: (contact) => new LogInteractionModal(app, host, contact).open(),
    snooze: (contact) => new SnoozeModal(app, host, contact).open(),
    pickContact: (contacts, onChoose, placeholder) => new ContactPickerModal(app, contacts, onChoose, placeholder).open(),
    findReferral: () => new FindReferralModal(app, host, noteText).open(),
    showProblems: () => new ProblemsModal(app, host).open(),
    newContact: (onCreate) => new NewContactModal(app, host, onCreate).open(),
    pickTier: (contact, choices, onChoose) => new TierPickerModal(app, contact, choices, onChoose).open(),
    showDoNotContact: () => new SuppressionModal(app, host).open(),
    reviewNetwork: (changeTier) => new ReviewModal(app, host, changeTier, sources.pictures).open(),
    setupCheck: () => new DoctorModal(app, sources.doctor).open(),
    triage: (queue) => new TriageModal(app, host, queue, sources.triageNotes).open(),
    importContacts: () =>
      new ImportModal(
        app,
        importDeps(app, host, (plan, message) => sources.applyAll(plan, message)),
      ).open(),
    showFollowUps: (contact) => new FollowUpsModal(app, host, contact).open(),
    confirm: (request) => confirmAction(app, request),
    notify: (message) => new Notice(message),
  };
}

/**
 * The import modal's planning (against the contact notes as they are now) and its writes: one step
 * of the undo history, each note written only if it still holds what the plan read, every note or none.
 */
export function importDeps(
  app: Pick<App, "vault">,
  host: Pick<PluginContext, "index" | "settings">,
  applyAll: ModalSources["applyAll"],
): ImportModalDeps {
  return {
    tiers: () => host.settings().tiers,
    plan: (file, choice) =>
      planVaultImport(
        app.vault,
        host.index.contacts().map((c) => c.path),
        host.settings(),
        file,
        choice,
      ),
    apply: (plan, summary) => {
      const n = plan.create.length + plan.update.length;
      return applyAll({ label: `import ${count(n, "contact")}`, items: plan.writes }, `${summary}.`);
    },
  };
}
