/**
 * The `obsidian` module as the plugin sees it in the browser: `require('obsidian')` returns this.
 * Each class implements the real types (obsidian.d.ts) for the members it provides, and the
 * module object below may only name real exports, with the real signatures for functions: when
 * the API drifts, this stops type-checking.
 */
import moment from "moment";
import { parse as yamlParse, stringify as yamlStringify } from "yaml";
import { Component, Events } from "./events";
import { addIcon, getIcon, getIconIds, removeIcon, setIcon } from "./icons";
import { getAllTags, getFrontMatterInfo, MetadataCache, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags } from "./metadata";
import { FuzzySuggestModal, Keymap, Menu, MenuItem, Modal, Notice, prepareFuzzySearch, prepareSimpleSearch, renderMatches, Scope, SuggestModal } from "./modal";
import { App, debounce, FileManager, Platform, Plugin } from "./plugin";
import {
  AbstractTextComponent, BaseComponent, ButtonComponent, ColorComponent, DropdownComponent, MomentFormatComponent, ProgressBarComponent, ExtraButtonComponent, PluginSettingTab, SearchComponent, Setting, SettingTab,
  SliderComponent, TextAreaComponent, TextComponent, ToggleComponent, ValueComponent,
} from "./setting";
import { normalizePath, TAbstractFile, TFile, TFolder, Vault } from "./vault";
import { FileView, ItemView, MarkdownView, View } from "./views";
import { Workspace, WorkspaceLeaf } from "./workspace";

type RealModule = typeof import("obsidian");

function parseYaml(yaml: string): unknown {
  return yamlParse(yaml, { schema: "core" });
}

function stringifyYaml(obj: unknown): string {
  return yamlStringify(obj);
}

function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}

function requireApiVersion(version: string): boolean {
  const want = version.split(".").map(Number);
  const have = apiVersion.split(".").map(Number);
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    const d = (have[i] ?? 0) - (want[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function getLinkpath(linktext: string): string {
  return linktext.replace(/[#|].*$/, "");
}

function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.indexOf("#");
  return i < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

function getLanguage(): string {
  return "en";
}

/** The API version the stand-in follows: the `obsidian` package it is typed against. */
const apiVersion = "1.8.7";

/** Functions: the real signatures, checked one by one. */
const functions: Pick<
  RealModule,
  | "normalizePath" | "debounce" | "setIcon" | "getIcon" | "getIconIds" | "addIcon" | "removeIcon" | "setTooltip" | "parseYaml" | "stringifyYaml" | "getAllTags"
  | "parseFrontMatterTags" | "parseFrontMatterEntry" | "parseFrontMatterAliases" | "parseFrontMatterStringArray" | "getFrontMatterInfo" | "prepareFuzzySearch"
  | "prepareSimpleSearch" | "requireApiVersion" | "getLinkpath" | "parseLinktext" | "getLanguage" | "renderMatches"
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

