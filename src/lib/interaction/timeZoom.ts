/**
 * Pan and zoom along a time axis, as a Svelte attachment: `{@attach zoom.attach}`. An adapter
 * over the one gesture engine (`gesture.ts`, axes `x`): the transform is `{ k, x }`, the limits
 * are given by the caller (e.g. one hour to everything), and the constraint keeps the domain
 * over the view while the reader moves it. Buttons and keys drive the same engine through
 * `zoomBy`, `panBy` and `to`; `place` puts the view where it belongs without it counting as the
 * reader's move.
 */
import type { Transform } from '../layout/timelinePlace';
import { Gesture } from './gesture';
import type { WheelPolicy } from './wheel';
import { ZoomTransform } from './zoomTransform';

export interface TimeZoomOptions {
  width: number;
  height: number;
  /** Zoom factor limits [min, max]; 1 shows the whole domain. */
  scaleExtent: [number, number];
  /** Which wheels zoom: `wheelPolicy(embedded)` with the parsed embed flag. */
  policy: WheelPolicy;
  /**
   * Every change of transform, many per second while zooming: keep it cheap. `byReader`: false
   * when `place` put the view there (no `onEnd` follows).
   */
  onZoom: (t: Transform, byReader: boolean) => void;
  /** A gesture, button press or key press has finished. */
  onEnd?: (t: Transform) => void;
  /** A plain wheel was left to the page (embedded): show the ctrl/⌘ hint. */
  onBlockedWheel?: () => void;
}

const toTime = (t: ZoomTransform): Transform => ({ k: t.k, x: t.x });
const fromTime = (t: Transform) => new ZoomTransform(t.k, t.x, 0);

export class TimeZoom {
  #opts: TimeZoomOptions;
  #g: Gesture;

  constructor(opts: TimeZoomOptions) {
    this.#opts = opts;
    this.#g = new Gesture({
      axes: 'x',
      scaleExtent: opts.scaleExtent,
      policy: opts.policy,
      constrain: (t) => this.#constrain(t),
      onChange: (t, byReader) => this.#opts.onZoom(toTime(t), byReader),
      onEnd: (t) => this.#opts.onEnd?.(toTime(t)),
      onWheelBlocked: () => this.#opts.onBlockedWheel?.(),
    });
  }

  /** New size or limits; the caller then sets the transform that keeps its visible range. */
  configure(opts: Partial<TimeZoomOptions>) {
    this.#opts = { ...this.#opts, ...opts };
    this.#g.configure({ scaleExtent: this.#opts.scaleExtent, policy: this.#opts.policy });
  }

  attach = (svg: SVGSVGElement) => this.#g.attach(svg);

  get transform(): Transform {
    return toTime(this.#g.transform);
  }

  /** Keeps k within the limits, around the same centre. */
  #clamp(t: Transform): ZoomTransform {
    const k = this.#g.clampK(t.k);
    if (k === t.k) return fromTime(t);
    const c = (this.#opts.width / 2 - t.x) / t.k;
    return new ZoomTransform(k, this.#opts.width / 2 - c * k, 0);
  }

  /**
   * Keeps the domain over the view during a gesture (d3-zoom's default constraint, on x): no
   * empty room at an edge, and when zoomed out past the whole domain, centred.
   */
  #constrain(t: ZoomTransform): ZoomTransform {
    const w = this.#opts.width;
    const dx0 = -t.x / t.k;
    const dx1 = (w - t.x) / t.k - w;
    const dx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
    return dx ? new ZoomTransform(t.k, t.x + dx * t.k, 0) : t;
  }

  /** Zooms by `factor` around screen x `cx` (default: the middle). */
  zoomBy(factor: number, cx = this.#opts.width / 2) {
    const t = this.transform;
    const k = this.#g.clampK(t.k * factor);
    this.to({ k, x: cx - ((cx - t.x) * k) / t.k });
  }

  /** Pans by `px` screen pixels (positive moves the content right). */
  panBy(px: number) {
    const t = this.transform;
    this.to({ k: t.k, x: t.x + px });
  }

  /**
   * Sets the transform without reporting it through `onEnd`: for placing the view on first
   * show or after a resize, which is not the reader's move. (`onZoom` still sees it.)
   */
  place(wanted: Transform) {
    this.#g.moveTo(this.#clamp(wanted), false, false);
  }

  /** Goes to a transform, animated unless `animate` is false or motion is reduced. */
  to(wanted: Transform, animate = true) {
    this.#g.moveTo(this.#clamp(wanted), animate, true);
  }
}
