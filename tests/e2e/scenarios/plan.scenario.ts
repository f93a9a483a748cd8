/**
 * Over budget: the panel offers the fewest tier moves that fit the weekly budget, each
 * applied with one click. Applying exactly the moves offered brings the load within the budget,
 * and each click changes only the value of `tier` in one note.
 */
import assert from "node:assert/strict";
import { DUE_VIEW, openPanel } from "../harness/panel";
import { assertOnlyEdits, eventually, type Scenario } from "../harness/scenario";

interface Move {
  path: string;
  name: string;
  toTier: string;
}

export const scenarios: Scenario[] = [
  {
    name: "over budget: applying the tier moves offered, one click each, fits the budget",
    async run(t) {
      const s = await t.open();
      await openPanel(s);
      const view = s.page.locator(DUE_VIEW);
      await view.locator(".cc-load.cc-over-budget").waitFor();
      await view.locator(".cc-moves-toggle").click();
      await view.locator(".cc-move").first().waitFor();
      await s.screenshot("desktop-light-tier-moves");
      const moves: Move[] = await view.locator(".cc-move").evaluateAll((items) =>
        items.map((li) => ({
          path: li.getAttribute("data-path") ?? "",
          name: li.querySelector(".cc-move-name")?.textContent ?? "",
          toTier: li.querySelector(".cc-move-apply")?.getAttribute("data-tier") ?? "",
        })),
      );
      assert.ok(moves.length > 0, "moves are offered when over budget");
      assert.equal(new Set(moves.map((m) => m.path)).size, moves.length, "one move per person");

      const before = new Map(moves.map((m) => [m.path, s.disk.bytes(m.path)]));
      for (const move of moves) {
        const apply = view.locator(`.cc-move[data-path="${move.path}"] .cc-move-apply`);
        await apply.click();
        await eventually(() =>
          assert.notEqual(
            s.disk.bytes(move.path).toString("utf8"),
            before.get(move.path)?.toString("utf8"),
            `${move.name}'s tier was written`,
          ),
        );
        if (move !== moves[moves.length - 1])
          await eventually(async () =>
            assert.equal(await view.locator(".cc-move-apply:disabled").count(), 0, "the list was worked out again"),
          );
      }
      await s.idle();
      await eventually(async () =>
        assert.equal(await view.locator(".cc-load.cc-over-budget").count(), 0, "within budget after the moves offered"),
      );
      assert.equal(await view.locator(".cc-moves.cc-is-hidden").count(), 1, "no more moves offered");
      for (const move of moves) {
        const old = before.get(move.path) ?? Buffer.alloc(0);
        assertOnlyEdits(
          old,
          s.disk.bytes(move.path),
          [[/^(tier:[ \t]*)[^\s#]+/m, `$1${move.toTier}`]],
          `${move.name}: only the tier value`,
        );
      }
    },
  },
];
