/**
 * What the page records about itself, installed before any of its scripts run
 * (Playwright init script). Kept as a string: functions handed to the browser
 * must not carry helpers a TypeScript transform may add.
 *
 * window.__bench:
 *   tasks     long tasks (> 50 ms): {start, duration}
 *   frames    long animation frames (> 50 ms, rendering included): {start, duration, script, layout, render, scripts}
 *   events    event-timing entries ≥ 16 ms: {name, start, duration} (input to next paint)
 *   fcp, lcp  paint times
 *   hydrated  when <html data-has-hydrated="true"> appeared (Docusaurus sets it once React has hydrated)
 */
export const PROBE = `
(() => {
  const bench = {tasks: [], frames: [], events: [], fcp: null, lcp: null, hydrated: null};
  Object.defineProperty(window, '__bench', {value: bench});
  const observe = (type, onEntry, extra) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({type, buffered: true, ...extra});
    } catch (error) {
      console.warn('bench: cannot observe ' + type);
    }
  };
  observe('longtask', (e) => bench.tasks.push({start: e.startTime, duration: e.duration}));
  // Long tasks leave out style, layout and paint; long animation frames include them and name the scripts.
  observe('long-animation-frame', (e) => bench.frames.push({
    start: e.startTime,
    duration: e.duration,
    script: e.scripts.reduce((sum, s) => sum + s.duration, 0),
    layout: e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
    render: e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0,
    scripts: e.scripts.map((s) => ({source: (s.sourceURL || s.invoker || '').replace(location.origin, ''), duration: Math.round(s.duration)})).filter((s) => s.duration >= 10),
  }));
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { bench.lcp = e.startTime; });
  observe('event', (e) => bench.events.push({name: e.name, start: e.startTime, duration: e.duration}), {durationThreshold: 16});
  const check = () => {
    if (bench.hydrated === null && document.documentElement.getAttribute('data-has-hydrated') === 'true') bench.hydrated = performance.now();
  };
  // The init script runs before <html> exists: watch the document for the attribute instead.
  new MutationObserver(check).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-has-hydrated']});
})();
`;

export interface ProbeTask {
  start: number;
  duration: number;
}

/** A long animation frame: the task(s) of one frame and its rendering. */
export interface ProbeFrame extends ProbeTask {
  /** Time spent in scripts. */
  script: number;
  /** Style and layout. */
  layout: number;
  /** The frame's rendering step: rAF callbacks, style, layout (one task, which the Long Tasks API leaves out). */
  render: number;
  scripts: {source: string; duration: number}[];
}

export interface ProbeData {
  tasks: ProbeTask[];
  frames: ProbeFrame[];
  events: {name: string; start: number; duration: number}[];
  fcp: number | null;
  lcp: number | null;
  hydrated: number | null;
}
