/**
 * `Setting` for the unit tests, on real elements; `settingsIn` finds the settings a tab drew.
 */
import type * as O from "obsidian";
import { type BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, SearchComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent } from "./settings";

/** Each setting element's `Setting`, so tests can find the settings drawn in a container. */
const settingOf = new WeakMap<Element, Setting>();

export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: O.BaseComponent[] = [];
  name = "";
  desc = "";
  heading = false;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    settingOf.set(this.settingEl, this);
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string | DocumentFragment): this {
    this.name = typeof name === "string" ? name : "";
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    this.desc = typeof desc === "string" ? desc : "";
    this.descEl.setText(desc);
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  setTooltip(): this {
    return this;
  }
  setHeading(): this {
    this.heading = true;
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  setDisabled(disabled: boolean): this {
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }
  private add<C extends BaseComponent>(component: C, cb: (c: never) => unknown): this {
    this.components.push(component);
    cb(component as never);
    return this;
  }
  addButton(cb: (component: O.ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (component: O.ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }
  addToggle(cb: (component: O.ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (component: O.TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addSearch(cb: (component: O.SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }
  addTextArea(cb: (component: O.TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (component: O.DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addSlider(cb: (component: O.SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }
  addMomentFormat(): this {
    throw new Error("stub: addMomentFormat is not available");
  }
  addColorPicker(): this {
    throw new Error("stub: addColorPicker is not available");
  }
  addProgressBar(): this {
    throw new Error("stub: addProgressBar is not available");
  }
  // Obsidian 1.13's additions; the plugin supports older apps, so it must not call them.
  errorEl: HTMLElement | null = null;

  setErrorMessage(): this {
    throw new Error("stand-in: setErrorMessage needs Obsidian 1.13, above the plugin's minAppVersion");
  }

  addDisplayValue(): this {
    throw new Error("stand-in: addDisplayValue needs Obsidian 1.13, above the plugin's minAppVersion");
  }

  addComponent(): this {
    throw new Error("stand-in: addComponent needs Obsidian 1.13, above the plugin's minAppVersion");
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }
  clear(): this {
    this.components = [];
    this.controlEl.empty();
    return this;
  }
}

/** Stub only: the settings drawn under `containerEl`, in document order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return Array.from(containerEl.querySelectorAll(".setting-item"))
    .map((el) => settingOf.get(el))
    .filter((s): s is Setting => s !== undefined);
}
