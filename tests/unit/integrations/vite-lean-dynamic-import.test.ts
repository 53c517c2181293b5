import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../../src/integrations/vite-lean-dynamic-import.ts';

describe('unwrapPreloads', () => {
  it('replaces the preload wrapper by the dynamic import, with or without picking one export', () => {
    const code = [
      'preloadLiveChunks([__vitePreload(() => import("./live.js"), __VITE_PRELOAD__), __vitePreload(() => import("./live-map.js"), __VITE_PRELOAD__)]);',
      'return __vitePreload(() => import("./controller.js").then((m) => m.VervoerregioController), __VITE_PRELOAD__);',
    ].join('\n');
    expect(unwrapPreloads(code)).toBe(
      ['preloadLiveChunks([import("./live.js"), import("./live-map.js")]);', 'return import("./controller.js").then((m) => m.VervoerregioController);'].join(
        '\n',
      ),
    );
  });

  it('leaves a wrapper of any other shape, which the helper still runs, and other code alone', () => {
    const other = 'const m = await __vitePreload(async () => { const { a } = await import("./a.js"); return { a }; }, __VITE_PRELOAD__);';
    expect(unwrapPreloads(other)).toBe(other);
    expect(unwrapPreloads('import("./b.js");')).toBe('import("./b.js");');
  });
});
