/**
 * Draws a view's whole chart off screen for export (loaded with the rest of the export tooling):
 * mounts a static component in a zero-size, clipped, inert box next to the live chart — so that
 * it inherits the same theme, fonts and direction — flushes it, and hands back its `<svg>` and a
 * function that unmounts it. The drawing is laid out by the pure layout functions only.
 */
import { flushSync, mount, unmount } from 'svelte';
import { ZoomTransform } from '../interaction/zoomTransform';
import OrgTree from '../components/orgchart/OrgTree.svg.svelte';
import WholeTimeline from '../components/export/WholeTimeline.svg.svelte';
import type { WholeChart, WholeOrgChart } from './wholeChart';
import { packOrgChart } from '../layout/orgPack';

export interface RenderedWhole {
  svg: SVGSVGElement;
  /** Unmounts the drawing and removes its box. */
  dispose: () => void;
}

const none = () => {};

/**
 * The whole org chart's drawing: its trees in rows no wider than a report's page
 * (`packOrgChart`), not the screen's one strip, at the layout's own size and scale 1 — so the
 * view's culling keeps every card and its texts (the viewport is the whole chart).
 */
function orgProps(chart: WholeOrgChart) {
  // A file of the current view: its frame at the view's zoom, the trees where they stand.
  const f = chart.frame;
  const layout = f ? chart.layout : packOrgChart(() => chart.layout, chart.layout.groups.length);
  return {
    layout,
    marks: chart.marks,
    width: f ? f.box.w * f.k : layout.width,
    height: f ? f.box.h * f.k : layout.height,
    transform: f ? new ZoomTransform(f.k, -f.box.x * f.k, -f.box.y * f.k) : undefined,
    lang: chart.lang,
    label: chart.label,
    onitem: none,
    ontoggle: none,
    onkeydown: none,
    onfocusin: none,
  };
}

/**
 * Renders `chart` inside `host` (the live chart's container). `width` is the live chart's width
 * in px, where the timeline starts looking for room; the org chart is drawn at its own size.
 */
export function renderWhole(chart: WholeChart, host: Element, width: number): RenderedWhole {
  const box = host.ownerDocument.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  // Not `visibility: hidden` or `display: none`: the serializer copies computed styles, and
  // these would hide the file too. A 0 × 0 clipped box is laid out, styled and never seen.
  box.style.cssText =
    'position:absolute;top:0;left:0;width:0;height:0;overflow:hidden;contain:strict;pointer-events:none';
  host.append(box);
  let component: ReturnType<typeof mount> | null = null;
  try {
    component =
      chart.view === 'orgchart'
        ? mount(OrgTree, { target: box, props: orgProps(chart) })
        : mount(WholeTimeline, { target: box, props: { chart, width } });
    flushSync();
    const svg = box.querySelector('svg');
    if (!svg) throw new Error('renderWhole: nothing was drawn');
    let done = false;
    return {
      svg,
      dispose: () => {
        if (done) return;
        done = true;
        if (component) void unmount(component);
        box.remove();
      },
    };
  } catch (e) {
    if (component) void unmount(component);
    box.remove();
    throw e;
  }
}
