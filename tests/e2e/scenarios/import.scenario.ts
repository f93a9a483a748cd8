/**
 * Importing contacts: the modal's file picker, the preview, a tier for the new people, Apply. The
 * notes on disk gain only the keys the export fills in; a second import of the same file finds
 * everyone unchanged; the panel lists the new people and their birthdays. Each sample export,
 * imported then undone, gives back every file of the vault byte for byte. Triage, the other way
 * people come in: the most mentioned first, a choice a surgical edit, Backspace an exact undo.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { openPanel, readPanel } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";
import type { Session } from "../harness/session";

const VCF = fileURLToPath(new URL("../../../examples/vault/imports/contacts.vcf", import.meta.url));
const EXPORTS = ["contacts.vcf", "google.csv", "outlook.csv", "linkedin-connections.csv"].map((name) => ({
  name,
  path: fileURLToPath(new URL(`../../../examples/vault/imports/${name}`, import.meta.url)),
}));

/** Every file of the vault on disk and its bytes. */
function snapshot(s: Session): Map<string, Buffer> {
  return new Map(
    s.disk
      .list()
      .filter((e) => e.type === "file")
      .map((e) => [e.path, s.disk.bytes(e.path)]),
  );
}

function assertSameVault(before: Map<string, Buffer>, after: Map<string, Buffer>, message: string): void {
  assert.deepEqual([...after.keys()], [...before.keys()], `${message}: the same files`);
  for (const [path, bytes] of before) assert.ok(after.get(path)?.equals(bytes), `${message}: ${path} holds its bytes`);
}
const modal = ".modal-container .modal.cc-import-modal, .modal-container .modal:has(.cc-import-modal)";

async function openImport(s: Session, file: string): Promise<void> {
  await s.runCommand("import-contacts");
  await s.page.locator(".modal-container .modal-title", { hasText: "Import contacts from a file" }).waitFor();
  await s.page.locator("input.cc-import-file").setInputFiles(file);
}

async function summary(s: Session): Promise<string> {
  return s.page.locator(".cc-import-preview .cc-import-summary").innerText();
}

export const scenarios: Scenario[] = [
  {
    name: "a vCard file: preview, a tier for the new people, apply; then everyone is unchanged",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const grace = "Contacts/Grace Whitfield.md";
      const before = s.disk.bytes(grace);

      await openImport(s, VCF);
      await eventually(async () => assert.equal(await summary(s), "vCard: 4 to create, 2 to update, 0 unchanged, 0 ambiguous"));
      assert.match(
        await s.page.locator(".cc-import-update").innerText(),
        /Grace Whitfield[\s\S]*email: grace\.whitfield@example\.co\.uk/,
        "the update lists what it fills in",
      );
      await s.page.locator("select.cc-import-tier").selectOption("D");
      await eventually(async () => assert.equal(await summary(s), "vCard: 4 to create, 2 to update, 0 unchanged, 0 ambiguous"));
      await s.page.locator(".modal-container button.mod-cta", { hasText: "Apply" }).click();
      await s.page.locator(modal).first().waitFor({ state: "detached" });
      await s.idle();

      assertOnlyEdits(
        before,
        s.disk.bytes(grace),
        [["last-touch: 2026-10-15\n", 'last-touch: 2026-10-15\nemail: grace.whitfield@example.co.uk\nbirthday: "--08-20"\n']],
        "Grace filled in",
      );
      const hana = s.disk.text("Contacts/Hana Kobayashi.md");
      assert.match(hana, /^---\nname: Hana Kobayashi\nemail: hana@kosei-design\.example\n/, "a new note with the export's keys");
      assert.match(hana, /\ntier: D\n---\n\n## Log\n$/, "the chosen tier and an empty log");

      await eventually(async () => {
        const p = await readPanel(s.page);
        assert.ok(
          p.items.some((i) => i.kind === "contact" && i.group === "new" && i.name === "Hana Kobayashi" && i.tier === "D"),
          "Hana is never contacted, tier D",
        );
        assert.ok(
          p.items.some((i) => i.kind === "keyDate" && i.name === "Hana Kobayashi" && i.why === "Birthday Mon 30 Nov · turns 36"),
          "her birthday is coming up",
        );
      });

      await openImport(s, VCF);
      await eventually(async () => assert.equal(await summary(s), "vCard: 0 to create, 0 to update, 6 unchanged, 0 ambiguous"));
      assert.equal(await s.page.locator(".modal-container button.mod-cta", { hasText: "Apply" }).isDisabled(), true, "nothing to apply");
    },
  },
  {
    name: "a file that is not an export is refused in the modal, nothing written",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      await openImport(s, fileURLToPath(new URL("../../../examples/vault/Start here.md", import.meta.url)));
      await s.page.locator(".cc-import-preview .mod-error", { hasText: "Start here.md: not a contact export we know" }).waitFor();
      assert.equal(await s.page.locator(".modal-container button.mod-cta", { hasText: "Apply" }).isDisabled(), true);
      assert.equal(s.disk.exists("Contacts/Hana Kobayashi.md"), false);
    },
  },
  {
    name: "each sample export imported then undone: every file of the vault as it was, the new notes gone",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      for (const [i, file] of EXPORTS.entries()) {
        const before = snapshot(s);
        await openImport(s, file.path);
        await eventually(async () => assert.match(await summary(s), /: \d+ to create, \d+ to update, /));
        const counts = /(\d+) to create, (\d+) to update/.exec(await summary(s));
        const created = Number(counts?.[1] ?? 0);
        const updated = Number(counts?.[2] ?? 0);
        assert.ok(created > 0, `${file.name} creates notes`);
        await s.page.locator(".modal-container button.mod-cta", { hasText: "Apply" }).click();
        await s.page.locator(modal).first().waitFor({ state: "detached" });
        await s.idle();
        const after = snapshot(s);
        assert.equal(after.size, before.size + created, `${file.name}: the new notes are on disk`);
        assert.equal(
          [...before].filter(([path, bytes]) => !after.get(path)?.equals(bytes)).length,
          updated,
          `${file.name}: the updated notes changed`,
        );
        // The first through the notice's Undo, the others through the command.
        if (i === 0) await s.page.locator(".notice .cc-notice-undo").last().click();
        else await s.runCommand("undo-last-change");
        await s.idle();
        await eventually(() => assertSameVault(before, snapshot(s), `${file.name} undone`));
        await eventually(async () => assert.match((await s.notices()).at(-1) ?? "", /^Undone: import \d+ contacts?\.$/));
      }
    },
  },
  {
    name: "triage: the most mentioned first, a digit writes the tier, Backspace gives back the bytes, 0 and s",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      // Wei Zhang (no tier) in two daily notes; Paul Mercer (tier VIP, unknown) in one meeting note: by name Paul would come first.
      await s.external.write("Daily/2026-11-23.md", "Coffee with [[Wei Zhang]] about the CFP.\n");
      await s.external.write("Daily/2026-11-24.md", "- [x] sent [[Wei Zhang]] the abstract\n");
      await s.idle();
      const wei = "Contacts/Community/Wei Zhang.md";
      const paul = "Contacts/Paul Mercer.md";
      const weiBefore = s.disk.bytes(wei);
      const paulBefore = s.disk.bytes(paul);
      const shown = async (): Promise<string> => s.page.locator(".cc-triage-name").innerText();

      await s.runCommand("triage");
      await eventually(async () => assert.equal(await shown(), "Wei Zhang"));
      assert.equal(await s.page.locator(".cc-triage-progress").innerText(), "1 of 2");
      await s.page.keyboard.press("2");
      await eventually(async () => assert.equal(await shown(), "Paul Mercer"));
      await s.idle();
      assertOnlyEdits(
        weiBefore,
        s.disk.bytes(wei),
        [["role: Programme committee chair\n", "role: Programme committee chair\ntier: B\n"]],
        "Wei at tier B",
      );

      await s.page.keyboard.press("Backspace");
      await eventually(async () => assert.equal(await shown(), "Wei Zhang"));
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(wei).equals(weiBefore), "Backspace gives back Wei's bytes"));

      await s.page.keyboard.press("0");
      await eventually(async () => assert.equal(await shown(), "Paul Mercer"));
      await s.page.keyboard.press("s");
      await s.page.locator(".cc-triage-done").waitFor();
      await s.idle();
      assertOnlyEdits(
        weiBefore,
        s.disk.bytes(wei),
        [["role: Programme committee chair\n", "role: Programme committee chair\ntier: database\n"]],
        "Wei kept in the database",
      );
      assert.ok(s.disk.bytes(paul).equals(paulBefore), "a skip writes nothing");
      await s.page.keyboard.press("Escape");
      // The taken-back choice left no step behind: one undo takes back "0", the next finds nothing of Wei's.
      await s.runCommand("undo-last-change");
      await s.idle();
      await eventually(() => assert.ok(s.disk.bytes(wei).equals(weiBefore), "undo of the 0"));
      await eventually(async () =>
        assert.equal(await s.commandAvailable("undo-last-change"), false, "nothing left to undo: tier B cannot come back"),
      );
    },
  },
];
