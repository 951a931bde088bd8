/**
 * Bytes → text. Filings arrive as UTF-8, Windows-1252 or Latin-1, with or
 * without a BOM, with CRLF line ends; binary files (PDF, images) end up in
 * `filings/` too. This turns bytes into normalised text, or says why not.
 */

import { lineAt } from './lines.js';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252'; warnings: { message: string; line?: number }[] }
  | { ok: false; reason: string };

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Share of control characters (other than tab, CR, LF, FF) in the first 8 KiB. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n === 0 ? 0 : control / n;
}

const countOf = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

export function decodeFiling(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, reason: `binary file (${name}), not a text filing` };
  }
  if (controlRatio(bytes) > 0.01) return { ok: false, reason: 'binary file (control bytes), not a text filing' };

  const warnings: { message: string; line?: number }[] = [];
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    // `fatal` makes invalid UTF-8 throw instead of turning into U+FFFD.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const bad = loose.indexOf('\uFFFD');
    const line = lineAt(loose, bad);
    const replaced = countOf(loose, /\uFFFD/g);
    const multibyte = countOf(loose, /[\u0080-\uFFFC\uFFFE\uFFFF]/g);
    if (multibyte > replaced) {
      // Mostly UTF-8 with a few broken bytes: reading it all as 1252 would garble every good character.
      text = loose;
      warnings.push({
        line,
        message: `invalid UTF-8 (${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced by �)`,
      });
    } else {
      // Windows-1252 is a superset of Latin-1's printable range: it reads both.
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'windows-1252';
      warnings.push({ line, message: 'not UTF-8: read as Windows-1252 (Latin-1)' });
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  return { ok: true, text, encoding, warnings };
}
