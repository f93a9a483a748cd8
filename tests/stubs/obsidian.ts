/**
 * The `obsidian` module for the unit tests (vitest aliases `obsidian` to this file): the shared
 * stand-in (tests/standin: events, components, files, the metadata cache's parser, `debounce`,
 * `Platform`, and `Setting` with its controls and the settings tabs), which the end-to-end page
 * and the bench use too, plus an in-memory app and the other UI classes over happy-dom. Each class is checked against the real
 * `obsidian.d.ts` with `implements`, so a drift in the API shows up as a type error.
 */
import "./dom";

export { Component, Events } from "../standin/events";
export { normalizePath, TAbstractFile, TFile, TFolder } from "../standin/files";
export {
  getAllTags,
  getFrontMatterInfo,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
} from "../standin/frontmatter";
export { prepareFuzzySearch, prepareSimpleSearch } from "../standin/search";
/** Obsidian bundles moment 2.29.4 and exports it; the stand-in gives the same package. */
export { default as moment } from "moment";
export {
  apiVersion,
  debounce,
  getLinkpath,
  parseLinktext,
  parseYaml,
  Platform,
  requireApiVersion,
  stringifyYaml,
} from "../standin/runtime";
export { App, createApp, FileManager, MetadataCache, Vault, Workspace, WorkspaceLeaf } from "./app";
export { addIcon, getIcon, MarkdownRenderer, Menu, MenuItem, Notice, notices, setIcon, setTooltip } from "./menu";
export {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  ExtraButtonComponent,
  MomentFormatComponent,
  PluginSettingTab,
  ProgressBarComponent,
  SearchComponent,
  Setting,
  settingsIn,
  SettingTab,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from "../standin/setting";
export {
  AbstractInputSuggest,
  EditorSuggest,
  FileView,
  FuzzySuggestModal,
  ItemView,
  Keymap,
  loadComponent,
  MarkdownRenderChild,
  MarkdownView,
  Modal,
  openedModals,
  Plugin,
  PopoverSuggest,
  Scope,
  SuggestModal,
  View,
} from "./ui";
