import { describe, expect, it } from 'vitest';
import { runScriptsAfterPaint, startupScripts } from '../scripts/startup-scripts.mjs';

// The shape `next build` exports: async chunk scripts in the head, one of them already preloaded by Next.
const PAGE =
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>' +
  '<script src="/_next/static/chunks/react.js" async=""></script>' +
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>' +
  '<script src="/_next/static/chunks/page.js" async=""></script></head>' +
  '<body><p>Hello</p><script>self.__next_f.push([1,"x"])</script></body></html>';

describe('runScriptsAfterPaint', () => {
  const rewritten = runScriptsAfterPaint(PAGE);

  it('turns each async chunk into a low-priority preload, once per chunk, and leaves noModule alone', () => {
    expect(rewritten).not.toMatch(/<script src="[^"]+" async="">/);
    expect(
      rewritten.match(/rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/react.js"/g),
    ).toHaveLength(1);
    expect(rewritten.match(/href="\/_next\/static\/chunks\/page.js"/g)).toHaveLength(1);
    expect(rewritten).toContain('<script src="/_next/static/chunks/legacy.js" noModule=""></script>');
  });

  it('appends one loader at the end of the body that lists the chunks in their order', () => {
    expect(rewritten).toMatch(/<script data-after-paint="[^"]+">[^<]+<\/script><\/body>/);
    expect(startupScripts(rewritten)).toEqual([
      '/_next/static/chunks/react.js',
      '/_next/static/chunks/page.js',
    ]);
    expect(startupScripts(PAGE)).toEqual(startupScripts(rewritten));
  });

  it('changes nothing the second time, nor on a page without start-up scripts', () => {
    expect(runScriptsAfterPaint(rewritten)).toBe(rewritten);
    const plain = '<html><body><p>Hello</p></body></html>';
    expect(runScriptsAfterPaint(plain)).toBe(plain);
  });

  it('does the same with the deferred chunks of a Pages Router page, keeping their order', () => {
    const page =
      '<html><head><script defer="" noModule="" src="/_next/static/chunks/polyfills.js"></script>' +
      '<script src="/_next/static/chunks/framework.js" defer=""></script>' +
      '<script src="/_next/static/chunks/main.js" defer=""></script>' +
      '<script src="/_next/static/build/_buildManifest.js" defer=""></script></head>' +
      '<body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{}</script></body></html>';
    const out = runScriptsAfterPaint(page);
    expect(startupScripts(out)).toEqual([
      '/_next/static/chunks/framework.js',
      '/_next/static/chunks/main.js',
    ]);
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" defer="">/);
    expect(out).toContain('noModule="" src="/_next/static/chunks/polyfills.js"');
    expect(out).toContain('<script src="/_next/static/build/_buildManifest.js" defer=""></script>');
  });
});
