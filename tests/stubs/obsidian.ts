/**
 * The `obsidian` module for the unit tests (vitest aliases `obsidian` to this file): the one
 * stand-in (tests/standin), which the end-to-end page and the bench use too, over happy-dom
 * (dom.ts), with an in-memory vault and a metadata cache driven by hand (app.ts). Each class is
 * checked against the real `obsidian.d.ts` with `implements`, so a drift in the API shows up as a
 * type error.
 */
import "./dom";

export { App, FileManager } from "../standin/app";
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
export { addIcon, getIcon, getIconIds, removeIcon, setIcon, setTooltip } from "../standin/icons";
export { Menu, MenuItem, Notice, notices } from "../standin/menu";
export { FuzzySuggestModal, Keymap, Modal, renderMatches, Scope, SuggestModal } from "../standin/modal";
export { MarkdownRenderer } from "../standin/reading";
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
export { FileView, ItemView, MarkdownRenderChild, MarkdownView, View } from "../standin/views";
export { WorkspaceLeaf } from "../standin/leaf";
export { Workspace } from "../standin/workspace";
export { createApp, MetadataCache, Vault } from "./app";
export { EditorSuggest } from "../standin/editor-suggest";
export { loadComponent, Plugin } from "./plugin";
