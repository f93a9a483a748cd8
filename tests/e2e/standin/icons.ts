/**
 * Icons: Obsidian draws Lucide icons; the stand-in draws one neutral glyph and records the icon's
 * name, so screenshots show where an icon sits and tests can check which icon was asked for.
 */

const SVG_NS = "http://www.w3.org/2000/svg";

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
  const circle = doc.createElementNS(SVG_NS, "circle");
  circle.setAttribute("cx", "12");
  circle.setAttribute("cy", "12");
  circle.setAttribute("r", "7");
  svg.appendChild(circle);
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
