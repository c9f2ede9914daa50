/**
 * The zoom a timeline opens at when the site does not choose one (`defaultZoom: 'auto'`): the
 * grain the roadmap itself is written in. A roadmap dated by years ("2024") opens by years instead of
 * stretching each card over four empty quarters; one planned in halves opens by halves; months stay
 * months unless that makes more than MAX_COLUMNS columns, then the next coarser zoom.
 */
import {flattenItems, isCalendarPeriod, type Granularity, type Roadmap} from '@roadmark/core';
import type {Zoom} from '../options.js';

const MAX_COLUMNS = 8;
const ORDER: readonly Zoom[] = ['month', 'quarter', 'half', 'year'];
const MONTHS: Record<Zoom, number> = {month: 1, quarter: 3, half: 6, year: 12};
const ZOOM_OF: Partial<Record<Granularity, Zoom>> = {day: 'month', month: 'month', quarter: 'quarter', half: 'half', year: 'year'};

const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

function columns(zoom: Zoom, first: number, last: number): number {
  const size = MONTHS[zoom];
  return Math.floor(last / size) - Math.floor(first / size) + 1;
}

export function autoZoom(roadmap: Roadmap): Zoom {
  const counts = new Map<Zoom, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const item of flattenItems(roadmap.items)) {
    if (!isCalendarPeriod(item.period)) continue;
    const zoom = ZOOM_OF[item.period.granularity];
    if (zoom) counts.set(zoom, (counts.get(zoom) ?? 0) + 1);
    first = Math.min(first, monthIndex(item.period.start));
    last = Math.max(last, monthIndex(item.period.end));
  }
  if (counts.size === 0) return 'quarter';
  // The most common grain; a tie goes to the finer one.
  let zoom = ORDER.reduce((best, z) => ((counts.get(z) ?? 0) > (counts.get(best) ?? 0) ? z : best), ORDER.find((z) => counts.has(z))!);
  while (zoom !== 'year' && columns(zoom, first, last) > MAX_COLUMNS) zoom = ORDER[ORDER.indexOf(zoom) + 1]!;
  return zoom;
}
