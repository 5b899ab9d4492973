// @ts-check
// The JavaScript an exported page runs at start-up, and the rewrite that starts it after the first paint.
//
// `next build` writes each start-up chunk as `<script src async>` (App Router) or `<script src defer>`
// (Pages Router). Either runs as soon as it has arrived and the document is parsed, and on a fast network it arrives while the browser is still laying out the page for the first
// time: on a phone, evaluating React and hydrating then hold back the first paint, although every page is
// complete, readable HTML without them (links are plain <a>, forms submit without JavaScript). The
// rewrite keeps the download early (a low-priority preload in the same place) and appends one small
// loader that inserts the scripts once the first contentful paint has happened.

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"?#]+\.js)" (?:async|defer)=""><\/script>/g;
const LOADER_ATTRIBUTE = 'data-after-paint';

// Runs the scripts listed in its own attribute, in their order, after the first contentful paint; straight away where the
// browser cannot report that paint or the tab is in the background (it may never paint there), and after
// 3 s whatever happens, so a missed paint entry cannot leave the page without its scripts.
const LOADER = `(function(d,s){var done=0;function go(){if(done)return;done=1;s.forEach(function(u){var e=d.createElement("script");e.src=u;e.async=false;d.head.appendChild(e)})}var P=self.PerformanceObserver;if(d.visibilityState==="visible"&&P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0){new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();go()}}).observe({type:"paint",buffered:true});setTimeout(go,3000)}else go()})(document,document.currentScript.getAttribute("${LOADER_ATTRIBUTE}").split(" "))`;

/**
 * Start-up chunk URLs of an exported page, in order, whether or not it has been rewritten.
 * @param {string} html
 * @returns {string[]}
 */
export function startupScripts(html) {
  const loader = html.match(new RegExp(`<script ${LOADER_ATTRIBUTE}="([^"]+)">`));
  if (loader) return (loader[1] ?? '').split(' ');
  return [...html.matchAll(CHUNK_SCRIPT)].map((m) => m[1] ?? '');
}

/**
 * The page with its start-up scripts preloaded where they stood and run after the first paint.
 * A page without such scripts (or one already rewritten) comes back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function runScriptsAfterPaint(html) {
  const srcs = [];
  const preloaded = new Set(
    [...html.matchAll(/<link rel="preload" as="script"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  );
  const rewritten = html.replace(CHUNK_SCRIPT, (_, src) => {
    srcs.push(src);
    return preloaded.has(src) ? '' : `<link rel="preload" as="script" fetchPriority="low" href="${src}"/>`;
  });
  if (srcs.length === 0) return html;
  const end = rewritten.lastIndexOf('</body>');
  if (end < 0) throw new Error('page has start-up scripts but no </body>');
  const loader = `<script ${LOADER_ATTRIBUTE}="${srcs.join(' ')}">${LOADER}</script>`;
  return rewritten.slice(0, end) + loader + rewritten.slice(end);
}
