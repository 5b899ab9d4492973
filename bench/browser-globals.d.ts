// What bench/lib/responsiveness.mjs records in the page it drives (set by its init script).
interface Window {
  __events: { name: string; duration: number; start: number }[];
  __longTasks: { duration: number; start: number }[];
}
// Event Timing's threshold (Chromium), not yet in TypeScript's DOM library.
interface PerformanceObserverInit {
  durationThreshold?: number;
}
