/** A contact's tier as a badge: its key, with the key and the label spelt out for tooltips and screen readers. */
export function tierBadge(parent: HTMLElement, tier: { key: string; label: string }): HTMLElement {
  return parent.createSpan({
    cls: ["cc-badge", "cc-badge-tier"],
    text: tier.key,
    attr: { "aria-label": `Tier ${tier.key}: ${tier.label}` },
  });
}
