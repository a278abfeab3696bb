/** What a timeline chart is given (`TimelineChartState`), and what showing one item takes. */
import type { Calendar } from '../i18n/calendar';
import type { ItemView } from '../i18n/itemWords';
import type { Digits, Dir, Lang } from '../i18n/locale';
import type { Band, MarkGeom } from '../layout/timeline';
import type { Transform } from '../layout/timelinePlace';

export interface ChartInputs {
  views: ItemView[];
  lang: Lang;
  digits: Digits;
  dir: Dir;
  /** The calendar the axis is ticked in (default Gregorian). */
  calendar?: Calendar;
  /** Longest label before any layout, px (default `MAX_LABEL`; an export draws them whole). */
  maxLabel?: number;
  /** Lanes per band (default `DEFAULT_MAX_LANES`; an export of the whole chart has room). */
  maxLanes?: Record<Band, number>;
}

export interface RevealPlan {
  id: string;
  /** The transform to go to, or null to stay. */
  to: Transform | null;
  /** The undated row's first item, when it must page to show the item. */
  unknownFirst: number | null;
  overlay: MarkGeom | null;
}
