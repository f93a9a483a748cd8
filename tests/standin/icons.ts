/**
 * Icons: Obsidian draws Lucide icons. The stand-in knows the shapes of the few the plugin uses
 * (after Lucide, ISC licence), so screenshots look like the app, and draws a neutral circle for
 * any other; either way the icon's name is on the element for tests (`data-icon`).
 */

const SVG_NS = "http://www.w3.org/2000/svg";

type Shape = [tag: "path" | "circle" | "rect", attrs: Record<string, string>];

const p = (d: string): Shape => ["path", { d }];

const SHAPES: Record<string, Shape[]> = {
  check: [p("M20 6 9 17l-5-5")],
  "chevron-down": [p("m6 9 6 6 6-6")],
  "chevron-right": [p("m9 18 6-6-6-6")],
  pencil: [p("M17 3a2.85 2.83 0 1 1 4 4L7.5 20.5 2 22l1.5-5.5Z"), p("m15 5 4 4")],
  "alarm-clock": [["circle", { cx: "12", cy: "13", r: "8" }], p("M12 9v4l2 2"), p("M5 3 2 6"), p("m22 6-3-3")],
  users: [
    p("M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"),
    ["circle", { cx: "9", cy: "7", r: "4" }],
    p("M22 21v-2a4 4 0 0 0-3-3.87"),
    p("M16 3.13a4 4 0 0 1 0 7.75"),
  ],
  "alert-triangle": [p("m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"), p("M12 9v4"), p("M12 17h.01")],
  lightbulb: [
    p("M15 14c.2-1 .7-1.7 1.5-2.5 1-.9 1.5-2.2 1.5-3.5A6 6 0 0 0 6 8c0 1 .2 2.2 1.5 3.5.7.7 1.3 1.5 1.5 2.5"),
    p("M9 18h6"),
    p("M10 22h4"),
  ],
  calendar: [["rect", { width: "18", height: "18", x: "3", y: "4", rx: "2" }], p("M16 2v4"), p("M8 2v4"), p("M3 10h18")],
  "message-square-plus": [p("M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"), p("M12 7v6"), p("M9 10h6")],
  search: [["circle", { cx: "11", cy: "11", r: "8" }], p("m21 21-4.3-4.3")],
  x: [p("M18 6 6 18"), p("m6 6 12 12")],
  "file-text": [
    p("M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"),
    p("M14 2v4a2 2 0 0 0 2 2h4"),
    p("M10 9H8"),
    p("M16 13H8"),
    p("M16 17H8"),
  ],
  "user-plus": [p("M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"), ["circle", { cx: "9", cy: "7", r: "4" }], p("M19 8v6"), p("M22 11h-6")],
  "user-search": [
    ["circle", { cx: "10", cy: "7", r: "4" }],
    p("M10.3 15H7a4 4 0 0 0-4 4v2"),
    ["circle", { cx: "17", cy: "17", r: "3" }],
    p("m21 21-1.9-1.9"),
  ],
  "clipboard-list": [
    ["rect", { width: "8", height: "4", x: "8", y: "2", rx: "1" }],
    p("M16 4h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2"),
    p("M12 11h4"),
    p("M12 16h4"),
    p("M8 11h.01"),
    p("M8 16h.01"),
  ],
  "list-filter": [p("M3 6h18"), p("M7 12h10"), p("M10 18h4")],
  "more-horizontal": [
    ["circle", { cx: "12", cy: "12", r: "1" }],
    ["circle", { cx: "19", cy: "12", r: "1" }],
    ["circle", { cx: "5", cy: "12", r: "1" }],
  ],
  "undo-2": [p("M9 14 4 9l5-5"), p("M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11")],
  "check-square": [p("m9 11 3 3L22 4"), p("M21 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11")],
  document: [p("M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"), p("M14 2v4a2 2 0 0 0 2 2h4")],
  // The rest the plugin draws (a follow-up count, the card's buttons, a tier's remove button, the
  // key dates, the toolbar's menu), so that no button of a screenshot shows the neutral circle.
  "list-checks": [p("m3 17 2 2 4-4"), p("m3 7 2 2 4-4"), p("M13 6h8"), p("M13 12h8"), p("M13 18h8")],
  layers: [p("M12 2 2 7l10 5 10-5-10-5Z"), p("m2 17 10 5 10-5"), p("m2 12 10 5 10-5")],
  trash: [p("M3 6h18"), p("M19 6v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V6"), p("M8 6V4a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2")],
  ban: [["circle", { cx: "12", cy: "12", r: "10" }], p("m4.9 4.9 14.2 14.2")],
  "refresh-cw": [p("M3 12a9 9 0 0 1 15-6.7L21 8"), p("M21 3v5h-5"), p("M21 12a9 9 0 0 1-15 6.7L3 16"), p("M8 16H3v5")],
  "file-plus": [
    p("M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"),
    p("M14 2v4a2 2 0 0 0 2 2h4"),
    p("M9 15h6"),
    p("M12 18v-6"),
  ],
  "arrow-left": [p("m12 19-7-7 7-7"), p("M19 12H5")],
  bell: [p("M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"), p("M10.3 21a1.94 1.94 0 0 0 3.4 0")],
  cake: [
    p("M20 21v-8a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8"),
    p("M4 16s.5-1 2-1 2.5 2 4 2 2.5-2 4-2 2.5 2 4 2 2-1 2-1"),
    p("M2 21h20"),
    p("M7 8v3"),
    p("M12 8v3"),
    p("M17 8v3"),
  ],
  "calendar-heart": [
    ["rect", { width: "18", height: "18", x: "3", y: "4", rx: "2" }],
    p("M16 2v4"),
    p("M8 2v4"),
    p("M3 10h18"),
    p("M12 19.5 9.5 17a1.6 1.6 0 0 1 2.5-2 1.6 1.6 0 0 1 2.5 2Z"),
  ],
  "id-card": [
    ["rect", { width: "20", height: "14", x: "2", y: "5", rx: "2" }],
    ["circle", { cx: "9", cy: "11", r: "2" }],
    p("M6 16a3 3 0 0 1 6 0"),
    p("M15 10h3"),
    p("M15 14h3"),
  ],
};

export function iconSvg(doc: Document, iconId: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, "svg");
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("width", "24");
  svg.setAttribute("height", "24");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("stroke-linecap", "round");
  svg.setAttribute("stroke-linejoin", "round");
  svg.setAttribute("data-icon", iconId);
  svg.classList.add("svg-icon", `lucide-${iconId}`);
  for (const [tag, attrs] of SHAPES[iconId] ?? [["circle", { cx: "12", cy: "12", r: "7" }] as Shape]) {
    const el = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.appendChild(el);
  }
  return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  parent.setAttr("data-icon", iconId);
  parent.appendChild(iconSvg(parent.ownerDocument, iconId));
}

export function getIcon(iconId: string): SVGSVGElement | null {
  return iconSvg(document, iconId);
}

const custom = new Set<string>();

export function addIcon(iconId: string): void {
  custom.add(iconId);
}

export function removeIcon(iconId: string): void {
  custom.delete(iconId);
}

export function getIconIds(): string[] {
  return [...custom];
}

/** Obsidian shows the tooltip on hover; the stand-in keeps its text where Obsidian does, in `aria-label`. */
export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}
