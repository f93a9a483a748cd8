/**
 * Tier sets other Obsidian tools write into notes, so the set-up check can offer them by name.
 * Personal CRM (github.com/xuvi7/obsidian-personal-crm) keeps `prm-tier` ids with these default
 * cadences in days.
 */
export const KNOWN_TIER_SETS: readonly { tool: string; tiers: readonly { key: string; label: string; cadence: string }[] }[] = [
  {
    tool: "Personal CRM",
    tiers: [
      { key: "inner", label: "Inner circle", cadence: "14d" },
      { key: "close", label: "Close", cadence: "30d" },
      { key: "casual", label: "Casual", cadence: "90d" },
      { key: "warm", label: "Keep warm", cadence: "180d" },
      { key: "dormant", label: "Dormant", cadence: "365d" },
    ],
  },
];
