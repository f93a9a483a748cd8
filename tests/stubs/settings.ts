/**
 * The settings tab and the components of a `Setting` for the unit tests, on real elements. Tests
 * change a value as typing does with `input`, and press buttons with `click`.
 */
import type * as O from "obsidian";
import { element } from "./ui";

export abstract class SettingTab implements Pick<O.SettingTab, "app" | "containerEl" | "display" | "hide"> {
  app: O.App;
  containerEl: HTMLElement = element("div");
  constructor(app: O.App) {
    this.app = app;
  }
  abstract display(): void;
  hide(): void {}
}

export abstract class PluginSettingTab extends SettingTab {
  constructor(app: O.App, readonly plugin: O.Plugin) {
    super(app);
  }
}

export abstract class BaseComponent implements O.BaseComponent {
  disabled = false;
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

type ButtonMembers = "buttonEl" | "setCta" | "removeCta" | "setWarning" | "setTooltip" | "setButtonText" | "setIcon" | "setClass" | "onClick" | "setDestructive" | "removeDestructive";

export class ButtonComponent extends BaseComponent implements Pick<O.ButtonComponent, ButtonMembers> {
  buttonEl: HTMLButtonElement;
  text = "";
  cta = false;
  warning = false;
  private handler: ((evt: MouseEvent) => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl("button");
  }
  setDestructive(): this {
    this.buttonEl.addClass("mod-destructive");
    return this;
  }

  removeDestructive(): this {
    this.buttonEl.removeClass("mod-destructive");
    return this;
  }

  setCta(): this {
    this.cta = true;
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  removeCta(): this {
    this.cta = false;
    this.buttonEl.removeClass("mod-cta");
    return this;
  }
  setWarning(): this {
    this.warning = true;
    this.buttonEl.addClass("mod-warning");
    return this;
  }
  setTooltip(tooltip: string): this {
    this.buttonEl.setAttr("aria-label", tooltip);
    return this;
  }
  setButtonText(name: string): this {
    this.text = name;
    this.buttonEl.setText(name);
    return this;
  }
  setIcon(icon: string): this {
    this.buttonEl.setAttr("data-icon", icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: presses the button. */
  async click(): Promise<void> {
    await this.handler?.({} as MouseEvent);
  }
}

export class ExtraButtonComponent extends BaseComponent implements Pick<O.ExtraButtonComponent, "extraSettingsEl" | "setTooltip" | "setIcon" | "onClick"> {
  extraSettingsEl: HTMLElement;
  icon = "";
  tooltip = "";
  private handler: (() => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
  }
  setTooltip(tooltip: string): this {
    this.tooltip = tooltip;
    this.extraSettingsEl.setAttr("aria-label", tooltip);
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }
  onClick(callback: () => unknown): this {
    this.handler = callback;
    return this;
  }
  async click(): Promise<void> {
    await this.handler?.();
  }
}

export abstract class ValueComponent<T> extends BaseComponent {
  registerOptionListener(): this {
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

abstract class InputComponent<T> extends ValueComponent<T> {
  protected value: T;
  private handler: ((value: T) => unknown) | null = null;
  constructor(initial: T) {
    super();
    this.value = initial;
  }
  getValue(): T {
    return this.value;
  }
  setValue(value: T): this {
    this.value = value;
    return this;
  }
  onChange(callback: (value: T) => unknown): this {
    this.handler = callback;
    return this;
  }
  /** Stub only: the user changes the value (calls the `onChange` handler, as typing does). */
  async input(value: T): Promise<void> {
    this.setValue(value);
    await this.handler?.(value);
  }
}

type TextMembers = "inputEl" | "getValue" | "setValue" | "setPlaceholder" | "onChange" | "onChanged";

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends InputComponent<string> implements Pick<O.AbstractTextComponent<T>, TextMembers> {
  inputEl: T;
  placeholder = "";
  constructor(inputEl: T) {
    super("");
    this.inputEl = inputEl;
  }
  override setValue(value: string): this {
    this.inputEl.value = value;
    return super.setValue(value);
  }
  setPlaceholder(placeholder: string): this {
    this.placeholder = placeholder;
    this.inputEl.placeholder = placeholder;
    return this;
  }
  onChanged(): void {}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text" }));
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
  clearButtonEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    const box = containerEl.createDiv({ cls: "search-input-container" });
    super(box.createEl("input", { type: "search" }));
    this.clearButtonEl = box.createDiv({ cls: "search-input-clear-button" });
  }
}

export class ToggleComponent extends InputComponent<boolean> implements Pick<O.ToggleComponent, "toggleEl" | "getValue" | "setValue" | "setTooltip" | "onChange"> {
  toggleEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super(false);
    this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
  }
  override setValue(value: boolean): this {
    this.toggleEl.toggleClass("is-enabled", value);
    return super.setValue(value);
  }
  setTooltip(tooltip: string): this {
    this.toggleEl.setAttr("aria-label", tooltip);
    return this;
  }
  onClick(): void {
    void this.input(!this.value);
  }
}

export class DropdownComponent extends InputComponent<string> implements Pick<O.DropdownComponent, "selectEl" | "addOption" | "addOptions" | "getValue" | "setValue" | "onChange"> {
  selectEl: HTMLSelectElement;
  readonly options: [string, string][] = [];
  constructor(containerEl: HTMLElement) {
    super("");
    this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
  }
  addOption(value: string, display: string): this {
    this.options.push([value, display]);
    this.selectEl.createEl("option", { value, text: display });
    if (this.options.length === 1) this.value = value;
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  override setValue(value: string): this {
    this.selectEl.value = value;
    return super.setValue(value);
  }
}

export class SliderComponent extends InputComponent<number> {
  sliderEl: HTMLInputElement;
  constructor(containerEl: HTMLElement) {
    super(0);
    this.sliderEl = containerEl.createEl("input", { type: "range" });
  }
  setLimits(): this {
    return this;
  }
  setDynamicTooltip(): this {
    return this;
  }
  showTooltip(): void {}
}
