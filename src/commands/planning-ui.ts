/** The modals behind the planning commands: what `PlanningUi` is in the running plugin. */
import { Notice, type App } from "obsidian";
import type { PanelHost } from "../ports";
import { confirmAction } from "../ui/modals/confirm-modal";
import { ReviewModal } from "../ui/modals/review-modal";
import { SuppressionModal } from "../ui/modals/suppression-modal";
import { TierPickerModal } from "../ui/modals/tier-picker";
import type { PlanningUi } from "./planning";

export function planningUi(app: App, host: PanelHost): PlanningUi {
  return {
    pickTier: (contact, choices, onChoose) => new TierPickerModal(app, contact, choices, onChoose).open(),
    showDoNotContact: () => new SuppressionModal(app, host).open(),
    reviewNetwork: (changeTier) => new ReviewModal(app, host, changeTier).open(),
    confirm: (request) => confirmAction(app, request),
    notify: (message) => new Notice(message),
  };
}
