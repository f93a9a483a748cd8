/**
 * The unit tests' `Plugin`: the stand-in's (tests/standin/plugin.ts) with getters that show a
 * test what the plugin registered in the app, and its `data.json` as a value to set and read.
 */
import type * as O from "obsidian";
import type { App } from "../standin/app";
import { Plugin as StandinPlugin } from "../standin/plugin";
import type { MemoryAdapter } from "./app";

export abstract class Plugin extends StandinPlugin {
  private get standin(): App {
    return this.app as unknown as App;
  }

  /** Tests: the plugin's commands by their own id (without the plugin's prefix). */
  get commands(): Map<string, O.Command> {
    const prefix = `${this.manifest.id}:`;
    const own = [...this.standin.commands.commands].filter(([id]) => id.startsWith(prefix));
    return new Map(own.map(([id, command]) => [id.slice(prefix.length), command]));
  }

  /** Tests: the ribbon's icons, each with its name, its tooltip and its element. */
  get ribbonIcons(): { icon: string; title: string; el: HTMLElement }[] {
    return Array.from(this.standin.parts.workspace.leftRibbonEl.children, (el) => ({
      icon: el.getAttribute("data-icon") ?? "",
      title: el.getAttribute("aria-label") ?? "",
      el: el as HTMLElement,
    }));
  }

  get statusBarItems(): HTMLElement[] {
    return Array.from(this.standin.parts.statusBarEl.children) as HTMLElement[];
  }

  get settingTabs(): O.PluginSettingTab[] {
    return this.standin.settingTabs as unknown as O.PluginSettingTab[];
  }

  get editorSuggests(): O.EditorSuggest<unknown>[] {
    return this.standin.editorSuggests;
  }

  get editorExtensions(): unknown[] {
    return this.standin.editorExtensions;
  }

  get postProcessors(): O.MarkdownPostProcessor[] {
    return this.standin.postProcessors;
  }

  /** Tests: what `data.json` holds (null: no file), as `loadData` would read it. */
  get data(): unknown {
    const text = this.adapter().files.get(this.dataPath());
    return text === undefined ? null : (JSON.parse(text) as unknown);
  }

  set data(data: unknown) {
    if (data === null) this.adapter().files.delete(this.dataPath());
    else this.adapter().files.set(this.dataPath(), JSON.stringify(data, null, 2));
  }

  private adapter(): MemoryAdapter {
    return this.standin.parts.vault.adapter as MemoryAdapter;
  }
}

/** Loads a component and waits for an async `onload` to finish, as Obsidian does for plugins. */
export async function loadComponent(component: O.Component): Promise<void> {
  component.load();
  await (component as unknown as { loading: Promise<void> | null }).loading;
}
