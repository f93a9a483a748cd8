/**
 * One scenario's world: a browser context with a fixed clock, a page serving the app shell from a
 * made-up origin (nothing reaches the network), a fresh copy of the vault on disk behind the fs
 * bridge, and the plugin loaded into the stand-in. Everything a scenario does goes through here.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { BOOT_OPTIONS_GLOBAL, FS_BINDING, type BootOptions, type FsRequest } from "../standin/bridge";
import type { Counts, E2EHooks } from "../standin/boot";
import { VaultDisk } from "./vault-disk";

export const ORIGIN = "http://obsidian.e2e";

/** The reference date the example vault's dates are chosen against, 10:00 local time. */
export const TODAY = "2026-11-26";

export interface Assets {
  shellHtml: string;
  appCss: string;
  standinJs: string;
  /** The plugin's styles.css ("" when the repo has none yet). */
  stylesCss: string;
  /** main.js to load: the real build, or the fixture plugin. */
  pluginJs: { real: string | null; fixture: string };
  manifest: BootOptions["manifest"];
}

export interface Env {
  browser: Browser;
  assets: Assets;
  screenshotDir: string;
  /** The vault the real plugin runs against (examples/vault). */
  exampleVault: string;
  fixtureVault: string;
}

export interface SessionOptions {
  plugin?: "real" | "fixture";
  theme?: "light" | "dark";
  phone?: boolean;
  viewport?: { width: number; height: number };
  /** Obsidian's metadata cache at start-up (default warm, as on every start but the first). */
  cache?: "warm" | "cold";
  /** Load the plugin at boot (default), or leave it to `session.hooks(h => h.loadPlugin())`. */
  autoload?: boolean;
  /** Source vault to copy (default: the example vault for the real plugin, the fixture vault otherwise). */
  vault?: string;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export class Session {
  readonly errors: string[] = [];
  /** alert/confirm/prompt dialogs the page opened (none should: Obsidian plugins use modals). */
  readonly dialogs: string[] = [];
  /** Console messages by type and fs bridge calls by operation, for a failure's report. */
  readonly stats: Record<string, number> = {};
  private readonly allowed: RegExp[] = [];

  private constructor(
    readonly env: Env,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly disk: VaultDisk,
  ) {}

  static async open(env: Env, options: SessionOptions = {}): Promise<Session> {
    const pluginKind = options.plugin ?? "real";
    const pluginJs = pluginKind === "real" ? env.assets.pluginJs.real : env.assets.pluginJs.fixture;
    if (pluginJs === null) throw new Error("main.js is missing: run `npm run build` first (npm run test:e2e does)");
    const phone = options.phone ?? false;
    const disk = VaultDisk.copyOf(options.vault ?? (pluginKind === "real" ? env.exampleVault : env.fixtureVault));
    const context = await env.browser.newContext({
      viewport: options.viewport ?? (phone ? PHONE : DESKTOP),
      deviceScaleFactor: 1,
      isMobile: phone,
      hasTouch: phone,
      // The browser's local time zone is the test process's, so "10:00 on the 26th" means the same in both.
      timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: "en-US",
      serviceWorkers: "block",
    });
    const [y, m, d] = TODAY.split("-").map(Number) as [number, number, number];
    await context.clock.setFixedTime(new Date(y, m - 1, d, 10, 0, 0));
    // A step that waits longer than this is broken, not slow: fail it and say where.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const session = new Session(env, context, page, disk);
    page.on("pageerror", (error) => session.errors.push(`page error: ${error.stack ?? error.message}`));
    page.on("console", (msg) => {
      session.stats[`console.${msg.type()}`] = (session.stats[`console.${msg.type()}`] ?? 0) + 1;
      if (msg.type() === "error") session.errors.push(`console.error: ${msg.text()}`);
    });
    await page.exposeFunction(FS_BINDING, (request: FsRequest) => {
      session.stats[`fs.${request.op}`] = (session.stats[`fs.${request.op}`] ?? 0) + 1;
      return disk.handle(request);
    });
    const boot: BootOptions = {
      pluginUrl: `${ORIGIN}/main.js`,
      manifest: env.assets.manifest,
      theme: options.theme ?? "light",
      phone,
      cache: options.cache ?? "warm",
      autoload: options.autoload ?? true,
    };
    await page.addInitScript(({ name, value }) => Object.assign(window, { [name]: value }), { name: BOOT_OPTIONS_GLOBAL, value: boot });
    // tsx (esbuild's keepNames) wraps named functions in `__name(...)`; functions sent to the page need it too.
    await page.addInitScript({ content: "window.__name = (fn) => fn;" });
    page.on("dialog", (dialog) => {
      session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const files: Record<string, { type: string; body: string }> = {
      "/": { type: "text/html", body: env.assets.shellHtml },
      "/app.css": { type: "text/css", body: env.assets.appCss },
      "/styles.css": { type: "text/css", body: env.assets.stylesCss },
      "/standin.js": { type: "text/javascript", body: env.assets.standinJs },
      "/main.js": { type: "text/javascript", body: pluginJs },
    };
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
      if (file === undefined) {
        session.errors.push(`the page tried to load ${route.request().url()}`);
        await route.abort();
        return;
      }
      await route.fulfill({ status: 200, contentType: file.type, body: file.body });
    });
    await page.goto(`${ORIGIN}/`);
    await session.hooks((h) => h.ready);
    // Scenarios act as someone who waits for the start-up build; a cold cache is watched as it fills.
    if (boot.autoload && boot.cache === "warm") await session.hooks((h) => h.indexSettled());
    return session;
  }

  /** Runs a function against the page's `__e2e` hooks. */
  async hooks<R, A = undefined>(fn: (hooks: E2EHooks, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The function travels as source text (as with page.evaluate): it cannot see Node's closures,
    // only its argument, which travels as JSON.
    const expression = `(async () => (${fn.toString()})(window.__e2e, ${JSON.stringify(arg) ?? "undefined"}))()`;
    const result: R = await this.page.evaluate(expression);
    return result;
  }

  /** Waits for pending writes and metadata parses in the page. */
  async idle(): Promise<void> {
    await this.hooks((h) => h.idle());
  }

  async runCommand(shortId: string): Promise<boolean> {
    const id = `${this.env.assets.manifest.id}:${shortId}`;
    return this.hooks((h, commandId) => h.runCommand(commandId), id);
  }

  async commandAvailable(shortId: string): Promise<boolean> {
    const id = `${this.env.assets.manifest.id}:${shortId}`;
    return this.hooks((h, commandId) => h.commandAvailable(commandId), id);
  }

  async openFile(path: string): Promise<void> {
    await this.hooks((h, p) => h.openFile(p), path);
  }

  async counts(): Promise<Counts> {
    return this.hooks((h) => h.counts());
  }

  async notices(): Promise<string[]> {
    return this.hooks((h) => h.notices());
  }

  /** Changes on disk made behind the plugin's back, then reported the way Obsidian's watcher would. */
  readonly external = {
    write: async (path: string, data: string | Buffer): Promise<void> => {
      const existed = this.disk.exists(path);
      this.disk.writeAtomic(path, data);
      if (existed) await this.hooks((h, p) => h.external.modified(p), path);
      else await this.hooks((h, p) => h.external.created(p), path);
    },
    rename: async (from: string, to: string): Promise<void> => {
      this.disk.handle({ op: "rename", from, to });
      await this.hooks((h, p) => h.external.renamed(p.from, p.to), { from, to });
    },
    remove: async (path: string): Promise<void> => {
      this.disk.handle({ op: "remove", path });
      await this.hooks((h, p) => h.external.deleted(p), path);
    },
  };

  /** Console errors matching this are expected by the scenario (e.g. a refused write). */
  allowErrors(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpectedErrors(): string[] {
    return this.errors.filter((e) => !this.allowed.some((p) => p.test(e)));
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(this.env.screenshotDir, { recursive: true });
    const path = join(this.env.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path, animations: "disabled", caret: "hide" });
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
    this.disk.dispose();
  }
}
