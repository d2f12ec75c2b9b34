import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The card's text as UTF-8 bytes, one character per byte, as the QR library's byte mode reads it. */
function utf8Binary(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return binary;
}

/** A QR code drawn as one SVG path of its dark modules, with a four-module quiet zone. */
export function KeyCardQr({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'L');
    qr.addData(utf8Binary(text), 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row += 1) {
      for (let col = 0; col < count; col += 1) if (qr.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
    return { size: count + 8, path: d };
  }, [text]);
  return (
    <svg className="key-card-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width="280" height="280" shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
