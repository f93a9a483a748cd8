/**
 * `Setting` and its controls, with Obsidian's DOM (`.setting-item > .setting-item-info +
 * .setting-item-control`, `.checkbox-container`, `select.dropdown`, `button.mod-cta`), and the
 * settings tabs: one implementation for the unit tests (over happy-dom) and the end-to-end page.
 * The members marked "tests" are not Obsidian's: they let a unit test find what a tab drew
 * (`settingsIn`, `name`, `desc`, `heading`) and act as a user would and wait for the plugin's
 * handler to finish (`click`, `input`).
 */
import type * as O from "obsidian";
import { listen } from "./listen";
import { setIcon } from "./icons";

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

export abstract class ValueComponent<T> extends BaseComponent implements Pick<O.ValueComponent<T>, "getValue" | "setValue"> {
  abstract getValue(): T;
  abstract setValue(value: T): this;

  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined && value !== this.getValue()) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement>
  extends ValueComponent<string>
  implements O.AbstractTextComponent<T>
{
  private changeCallback: ((value: string) => unknown) | null = null;
  /** Tests: the placeholder set. */
  placeholder = "";

  constructor(public inputEl: T) {
    super();
    listen(inputEl, "input", () => this.onChanged());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.placeholder = placeholder;
    this.inputEl.placeholder = placeholder;
    return this;
  }

  onChanged(): void {
    const result: unknown = this.changeCallback?.(this.getValue());
    if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in onChange", error));
  }

  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }

  /** Tests: the user types `value`; resolves when the `onChange` handler has finished. */
  async input(value: string): Promise<void> {
    this.setValue(value);
    await this.changeCallback?.(value);
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements O.TextComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text" }));
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements O.TextAreaComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements O.SearchComponent {
  clearButtonEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    const wrapper = containerEl.createDiv("search-input-container");
    super(wrapper.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
    this.clearButtonEl = wrapper.createDiv({ cls: "search-input-clear-button", attr: { "aria-label": "Clear search" } });
    listen(this.clearButtonEl, "click", () => {
      this.setValue("");
      this.onChanged();
    });
  }
}

export class ToggleComponent
  extends ValueComponent<boolean>
  implements Pick<O.ToggleComponent, "toggleEl" | "setDisabled" | "getValue" | "setValue" | "setTooltip" | "onClick" | "onChange">
{
  toggleEl: HTMLElement;
  private value = false;
  private changeCallback: ((value: boolean) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv("checkbox-container");
    this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
    listen(this.toggleEl, "click", () => this.onClick());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.toggleClass("is-disabled", disabled);
    return this;
  }

  getValue(): boolean {
    return this.value;
  }

  setValue(on: boolean): this {
    if (on !== this.value) {
      this.value = on;
      this.toggleEl.toggleClass("is-enabled", on);
      const result: unknown = this.changeCallback?.(on);
      if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in onChange", error));
    }
    return this;
  }

  setTooltip(tooltip: string): this {
    this.toggleEl.setAttr("aria-label", tooltip);
    return this;
  }

  onClick(): void {
    if (!this.disabled) this.setValue(!this.value);
  }

  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }

  /** Tests: the user switches the toggle to `on`; resolves when the `onChange` handler has finished. */
  async input(on: boolean): Promise<void> {
    if (on === this.value) return;
    this.value = on;
    this.toggleEl.toggleClass("is-enabled", on);
    await this.changeCallback?.(on);
  }
}

export class DropdownComponent extends ValueComponent<string> implements O.DropdownComponent {
  selectEl: HTMLSelectElement;
  /** Tests: the options added, as `[value, display]`. */
  readonly options: [string, string][] = [];
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl("select", "dropdown");
    listen(this.selectEl, "change", () => {
      const result: unknown = this.changeCallback?.(this.selectEl.value);
      if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in onChange", error));
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  addOption(value: string, display: string): this {
    this.options.push([value, display]);
    this.selectEl.createEl("option", { value, text: display });
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }

  /** Tests: the user picks `value`; resolves when the `onChange` handler has finished. */
  async input(value: string): Promise<void> {
    this.setValue(value);
    await this.changeCallback?.(value);
  }
}

export class SliderComponent extends ValueComponent<number> implements O.SliderComponent {
  sliderEl: HTMLInputElement;
  private changeCallback: ((value: number) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
    listen(this.sliderEl, "input", () => void this.changeCallback?.(this.getValue()));
  }

  setInstant(_instant: boolean): this {
    return this;
  }

  setLimits(min: number, max: number, step: number | "any"): this {
    this.sliderEl.min = String(min);
    this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  getValuePretty(): string {
    return this.sliderEl.value;
  }

  setDynamicTooltip(): this {
    return this;
  }

  setDisplayFormat(): this {
    return this;
  }

  showTooltip(): void {
    this.sliderEl.setAttr("aria-label", this.getValuePretty());
  }

  onChange(callback: (value: number) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ButtonComponent extends BaseComponent implements O.ButtonComponent {
  buttonEl: HTMLButtonElement;
  /** Tests: the label, and whether it was made the call to action or a warning. */
  text = "";
  cta = false;
  warning = false;
  private handler: ((evt: MouseEvent) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl("button");
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
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

  setDestructive(): this {
    this.buttonEl.addClass("mod-destructive");
    return this;
  }

  removeDestructive(): this {
    this.buttonEl.removeClass("mod-destructive");
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
    setIcon(this.buttonEl, icon);
    return this;
  }

  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.handler = callback;
    listen(this.buttonEl, "click", (evt) => {
      const result: unknown = callback(evt);
      if (result instanceof Promise) result.catch((error: unknown) => console.error("Error in a button's onClick", error));
    });
    return this;
  }

  /** Tests: presses the button; resolves when its handler has finished. */
  async click(): Promise<void> {
    if (!this.disabled) await this.handler?.(new MouseEvent("click"));
  }
}

export class ExtraButtonComponent extends BaseComponent implements O.ExtraButtonComponent {
  extraSettingsEl: HTMLElement;
  /** Tests: the icon and tooltip set. */
  icon = "";
  tooltip = "";
  private handler: (() => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: ["clickable-icon", "extra-setting-button"] });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.toggleClass("is-disabled", disabled);
    return this;
  }

  setTooltip(tooltip: string): this {
    this.tooltip = tooltip;
    this.extraSettingsEl.setAttr("aria-label", tooltip);
    return this;
  }

  setIcon(icon: string): this {
    this.icon = icon;
    setIcon(this.extraSettingsEl, icon);
    return this;
  }

  onClick(callback: () => unknown): this {
    this.handler = callback;
    listen(this.extraSettingsEl, "click", () => {
      if (!this.disabled) void callback();
    });
    return this;
  }

  /** Tests: presses the button; resolves when its handler has finished. */
  async click(): Promise<void> {
    if (!this.disabled) await this.handler?.();
  }
}

/** A date-format field; the stand-in has no moment.js, so the sample shows the format itself. */
export class MomentFormatComponent extends TextComponent implements O.MomentFormatComponent {
  sampleEl: HTMLElement;
  private defaultFormat = "";

  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.sampleEl = containerEl.createSpan("moment-format-sample");
  }

  setDefaultFormat(defaultFormat: string): this {
    this.defaultFormat = defaultFormat;
    this.setPlaceholder(defaultFormat);
    this.updateSample();
    return this;
  }

  setSampleEl(sampleEl: HTMLElement): this {
    this.sampleEl = sampleEl;
    this.updateSample();
    return this;
  }

  override setValue(value: string): this {
    super.setValue(value);
    this.updateSample();
    return this;
  }

  override onChanged(): void {
    this.updateSample();
    super.onChanged();
  }

  updateSample(): void {
    this.sampleEl.setText(this.getValue() === "" ? this.defaultFormat : this.getValue());
  }
}

function hexToRgb(hex: string): O.RGB {
  const n = Number.parseInt(hex.replace(/^#/, "").padEnd(6, "0").slice(0, 6), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

function rgbToHex(rgb: O.RGB): string {
  return `#${[rgb.r, rgb.g, rgb.b].map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
}

function rgbToHsl({ r, g, b }: O.RGB): O.HSL {
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  const max = Math.max(rr, gg, bb);
  const min = Math.min(rr, gg, bb);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
  return { h: h * 60, s, l };
}

function hslToRgb({ h, s, l }: O.HSL): O.RGB {
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

export class ColorComponent extends ValueComponent<string> implements O.ColorComponent {
  private readonly colorEl: HTMLInputElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.colorEl = containerEl.createEl("input", { type: "color" });
    listen(this.colorEl, "input", () => void this.changeCallback?.(this.getValue()));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.colorEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.colorEl.value;
  }

  getValueRgb(): O.RGB {
    return hexToRgb(this.getValue());
  }

  getValueHsl(): O.HSL {
    return rgbToHsl(this.getValueRgb());
  }

  setValue(value: string): this {
    this.colorEl.value = value;
    return this;
  }

  setValueRgb(rgb: O.RGB): this {
    return this.setValue(rgbToHex(rgb));
  }

  setValueHsl(hsl: O.HSL): this {
    return this.setValue(rgbToHex(hslToRgb(hsl)));
  }

  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> implements O.ProgressBarComponent {
  private readonly barEl: HTMLElement;
  private value = 0;

  constructor(containerEl: HTMLElement) {
    super();
    this.barEl = containerEl.createDiv("setting-progress-bar").createDiv("setting-progress-bar-inner");
  }

  getValue(): number {
    return this.value;
  }

  setValue(value: number): this {
    this.value = Math.min(100, Math.max(0, value));
    this.barEl.setCssProps({ width: `${this.value}%` });
    return this;
  }
}

/** Each setting element's `Setting`, so tests can find the settings drawn in a container. */
const settingOf = new WeakMap<Element, Setting>();

export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  /** Tests: the name and description given as text, and whether it is a heading. */
  name = "";
  desc = "";
  heading = false;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv("setting-item");
    settingOf.set(this.settingEl, this);
    this.infoEl = this.settingEl.createDiv("setting-item-info");
    this.nameEl = this.infoEl.createDiv("setting-item-name");
    this.descEl = this.infoEl.createDiv("setting-item-description");
    this.controlEl = this.settingEl.createDiv("setting-item-control");
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

  setTooltip(tooltip: string): this {
    this.nameEl.setAttr("aria-label", tooltip);
    return this;
  }

  setHeading(): this {
    this.heading = true;
    this.settingEl.addClass("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
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

  addMomentFormat(cb: (component: O.MomentFormatComponent) => unknown): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb);
  }

  addColorPicker(cb: (component: O.ColorComponent) => unknown): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }

  addProgressBar(cb: (component: O.ProgressBarComponent) => unknown): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb);
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
    this.controlEl.empty();
    this.components = [];
    return this;
  }
}

export abstract class SettingTab implements Pick<O.SettingTab, "app" | "containerEl" | "display" | "hide"> {
  app: O.App;
  containerEl: HTMLElement;

  constructor(app: O.App) {
    this.app = app;
    this.containerEl = createDiv("vertical-tab-content");
  }

  abstract display(): void;

  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  constructor(
    app: O.App,
    readonly plugin: O.Plugin,
  ) {
    super(app);
  }
}

/** Tests: the settings drawn under `containerEl`, in document order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
  return Array.from(containerEl.querySelectorAll(".setting-item"))
    .map((el) => settingOf.get(el))
    .filter((s): s is Setting => s !== undefined);
}
