/**
 * When the due panel draws again: on an index change its model does not already reflect, when the
 * day turns (checked each minute), and, for a panel that was hidden meanwhile, once it is shown.
 * A hidden panel draws nothing: it remembers to catch up.
 */
import type { Component } from "obsidian";
import type { PluginContext } from "../../ports";
import { isCurrent, type PanelModel } from "./model-cache";

export class RefreshSchedule {
  private stale = true;
  private unsubscribe: (() => void) | null = null;

  /** `model` is the one drawn last; `draw` draws now (it asks `shouldDraw` first). */
  constructor(
    private readonly owner: Component,
    private readonly host: PluginContext,
    private readonly model: () => PanelModel | null,
    private readonly draw: () => void,
  ) {}

  start(): void {
    this.unsubscribe = this.host.index.onChange(() => {
      const model = this.model();
      if (model === null || !isCurrent(model, this.host.index, this.host.today(), this.host.settings())) this.draw();
    });
    this.owner.register(() => this.stop());
    this.owner.registerInterval(
      window.setInterval(() => {
        const model = this.model();
        if (model !== null && this.host.today() !== model.today) this.draw();
      }, 60_000),
    );
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Whether a draw asked for now may go ahead: only while the list is shown; else it waits for `shown`. */
  shouldDraw(listShown: boolean): boolean {
    this.stale = !listShown;
    return listShown;
  }

  /** The list came into view: draw what was missed while it was hidden. */
  shown(): void {
    if (this.stale) this.draw();
  }
}
