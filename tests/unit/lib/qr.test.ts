import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { qrSvg } from '../../../src/lib/qr.ts';

describe('qrSvg', () => {
  test('returns one labelled SVG element', async () => {
    const svg = await qrSvg('https://voorbeeld.be/lezing/', 'QR-code & link');
    expect(svg.startsWith('<svg role="img" aria-label="QR-code &amp; link" class="qr" ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('\n');
  });
  test('scans back to exactly the URL it was made from', async () => {
    const url = 'https://voorbeeld.be/lezing/lessen/5-samenwerkingsmaturiteit/';
    const image = new Resvg(await qrSvg(url, 'QR-code'), { fitTo: { mode: 'width', value: 400 } }).render();
    const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
    expect(decoded?.data).toBe(url);
  });
});
