import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';

describe('startLeafletCss and loadLeafletCss', () => {
  it('add Leaflet’s stylesheet once; a stylesheet that fails rejects only for the live map that waits for it', async () => {
    const { document, Event } = parseHTML('<html><head></head><body></body></html>');
    vi.stubGlobal('document', document);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { loadLeafletCss, startLeafletCss } = await import('../../../../src/maps/shared/live-assets.ts');
      startLeafletCss();
      startLeafletCss();
      const links = document.querySelectorAll('link[rel="stylesheet"]');
      expect(links).toHaveLength(1);
      links[0]?.dispatchEvent(new Event('error'));
      // Nothing but the loader has seen the failure yet: it must not be an unhandled rejection.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(loadLeafletCss()).rejects.toThrow('niet geladen');
    } finally {
      process.off('unhandledRejection', unhandled);
      vi.unstubAllGlobals();
    }
  });
});
