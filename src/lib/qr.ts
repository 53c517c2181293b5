/** Build-time QR code of a URL as an accessible inline SVG string (printed on handouts so paper leads back to the page). */
import QRCode from 'qrcode';

/** An SVG QR code (error correction M, quiet zone of 2 modules) labelled for screen readers. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const safeLabel = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${safeLabel}" class="qr" `).replace(/\n/g, '');
}
