/**
 * The `obsidian` module as the plugin sees it in the browser: `require('obsidian')` returns this.
 * Most of it is the one stand-in (tests/standin), which the unit tests use too; the vault on disk,
 * the asynchronous metadata cache and the editor are the page's own. Each class implements the
 * real types (obsidian.d.ts) for the members it provides, and the
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
import { addIcon, getIcon, getIconIds, removeIcon, setIcon, setTooltip } from "../../standin/icons";
import {
  getAllTags,
  getFrontMatterInfo,
  parseFrontMatterAliases,
  parseFrontMatterEntry,
  parseFrontMatterStringArray,
  parseFrontMatterTags,
} from "../../standin/frontmatter";
import { prepareFuzzySearch, prepareSimpleSearch } from "../../standin/search";
import { App, FileManager } from "../../standin/app";
import { EditorSuggest } from "../../standin/editor-suggest";
import { WorkspaceLeaf } from "../../standin/leaf";
import { Menu, MenuItem, Notice } from "../../standin/menu";
import { FuzzySuggestModal, Keymap, Modal, renderMatches, Scope, SuggestModal } from "../../standin/modal";
import { Plugin } from "../../standin/plugin";
import { MarkdownRenderer } from "../../standin/reading";
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
import { FileView, ItemView, MarkdownRenderChild, View } from "../../standin/views";
import { Workspace } from "../../standin/workspace";
import { editorInfoField, Editor } from "./editor";
import { MarkdownView } from "./markdown-view";
import { MetadataCache } from "./metadata";
import { Vault } from "./vault";

type RealModule = typeof import("obsidian");

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
