import type { Component } from "obsidian";

/**
 * A control drawn as a `div` with the button role: it runs on a click, and on Enter or Space while
 * it has the focus, as a real button does (the key presses it, so both go through one handler).
 */
export function pressable(owner: Component, el: HTMLElement, run: (evt: MouseEvent) => void): void {
  owner.registerDomEvent(el, "click", run);
  owner.registerDomEvent(el, "keydown", (evt) => {
    if (evt.key !== "Enter" && evt.key !== " ") return;
    evt.preventDefault();
    el.click();
  });
}
