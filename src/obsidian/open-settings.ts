/**
 * Opens the plugin's own settings tab. Obsidian has no public call for this; `app.setting` is
 * what the app itself uses, so it is looked for, not assumed: without it, nothing happens and the
 * caller says where the settings are.
 */
import type { App } from "obsidian";

interface SettingWindow {
  open(): void;
  openTabById(id: string): unknown;
}

/** Whether the settings could be opened at the plugin's tab. */
export function openPluginSettings(app: App, pluginId: string): boolean {
  const setting = (app as unknown as { setting?: Partial<SettingWindow> }).setting;
  if (typeof setting?.open !== "function" || typeof setting.openTabById !== "function") return false;
  setting.open();
  setting.openTabById(pluginId);
  return true;
}
