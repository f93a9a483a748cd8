/**
 * The `obsidian` module as the plugin sees it in the browser: `require('obsidian')` returns this.
 * Each class implements the real types (obsidian.d.ts) for the members it provides, and the
 * module object below may only name real exports, with the real signatures for functions: when
 * the API drifts, this stops type-checking.
 */
import moment from "moment";
import { Component, Events } from "../../standin/events";
import { normalizePath, TAbstractFile, TFile, TFolder } from "../../standin/files";
import {
  apiVersion,
  debounce,
  getLinkpath,
  Platform,
  parseLinktext,
  parseYaml,
  requireApiVersion,
  stringifyYaml,
} from "../../standin/runtime";
import { addIcon, getIcon, getIconIds, removeIcon, setIcon } from "../../standin/icons";
import {
  getAllTags,
  getFrontMatterInfo,
  MetadataCache,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
} from "./metadata";
import { prepareFuzzySearch, prepareSimpleSearch } from "../../standin/search";
import { FuzzySuggestModal, Keymap, Menu, MenuItem, Modal, Notice, renderMatches, Scope, SuggestModal } from "./modal";
import { App, FileManager, Plugin } from "./plugin";
import {
  AbstractTextComponent,
  BaseComponent,
  ButtonComponent,
  ColorComponent,
  DropdownComponent,
  MomentFormatComponent,
  ProgressBarComponent,
  ExtraButtonComponent,
  PluginSettingTab,
  SearchComponent,
  Setting,
  SettingTab,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
  ValueComponent,
} from "../../standin/setting";
import { Vault } from "./vault";
import { FileView, ItemView, MarkdownView, View } from "./views";
import { Editor, editorInfoField, EditorSuggest, MarkdownRenderChild, MarkdownRenderer } from "./editor";
import { Workspace, WorkspaceLeaf } from "./workspace";

type RealModule = typeof import("obsidian");

function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}

function getLanguage(): string {
  return "en";
}

/** Functions: the real signatures, checked one by one. */
const functions: Pick<
  RealModule,
  | "normalizePath"
  | "debounce"
  | "setIcon"
  | "getIcon"
  | "getIconIds"
  | "addIcon"
  | "removeIcon"
  | "setTooltip"
  | "parseYaml"
  | "stringifyYaml"
  | "getAllTags"
  | "parseFrontMatterTags"
  | "parseFrontMatterEntry"
  | "parseFrontMatterAliases"
  | "parseFrontMatterStringArray"
  | "getFrontMatterInfo"
  | "prepareFuzzySearch"
  | "prepareSimpleSearch"
  | "requireApiVersion"
  | "getLinkpath"
  | "parseLinktext"
  | "getLanguage"
  | "renderMatches"
> = {
  normalizePath,
  debounce,
  setIcon,
  getIcon,
  getIconIds,
  addIcon,
  removeIcon,
  setTooltip,
  parseYaml,
  stringifyYaml,
  getAllTags,
  parseFrontMatterTags,
  parseFrontMatterEntry,
  parseFrontMatterAliases,
  parseFrontMatterStringArray,
  getFrontMatterInfo,
  prepareFuzzySearch,
  prepareSimpleSearch,
  requireApiVersion,
  getLinkpath,
  parseLinktext,
  getLanguage,
  renderMatches,
};

/** Everything `require('obsidian')` returns. Only real export names are allowed here. */
export const obsidianModule = {
  ...functions,
  apiVersion,
  // Obsidian bundles moment 2.29.4 and exports it; the stand-in gives the same package.
  moment: moment as unknown as RealModule["moment"],
  Platform: Platform satisfies RealModule["Platform"],
  App,
  Component,
  Events,
  Vault,
  TAbstractFile,
  TFile,
  TFolder,
  MetadataCache,
  FileManager,
  Workspace,
  WorkspaceLeaf,
  View,
  ItemView,
  FileView,
  MarkdownView,
  Editor,
  EditorSuggest,
  MarkdownRenderChild,
  MarkdownRenderer,
  editorInfoField,
  Modal,
  SuggestModal,
  FuzzySuggestModal,
  Notice,
  Menu,
  MenuItem,
  Scope,
  Keymap,
  Plugin,
  PluginSettingTab,
  SettingTab,
  Setting,
  BaseComponent,
  ValueComponent,
  AbstractTextComponent,
  TextComponent,
  TextAreaComponent,
  SearchComponent,
  ToggleComponent,
  DropdownComponent,
  SliderComponent,
  ButtonComponent,
  ExtraButtonComponent,
  MomentFormatComponent,
  ColorComponent,
  ProgressBarComponent,
} satisfies Partial<Record<keyof RealModule, unknown>>;
