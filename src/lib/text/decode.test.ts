import { describe, expect, it } from 'vitest';
import { decodeFiling } from './decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeFiling', () => {
  it('reads UTF-8, drops a BOM and turns CRLF into LF', () => {
    const r = decodeFiling(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('FORM 8-K\r\nItem 8.01 – Other\r\n')]));
    expect(r).toEqual({ ok: true, text: 'FORM 8-K\nItem 8.01 – Other\n', encoding: 'utf-8', warnings: [] });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, without mojibake', () => {
    // "Café – 10 mg/m²" in Windows-1252: é=0xE9, en dash=0x96, ²=0xB2
    const r = decodeFiling(
      bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x30, 0x20, 0x6d, 0x67, 0x2f, 0x6d, 0xb2),
    );
    expect(r.ok && r.text).toBe('Café – 10 mg/m²');
    expect(r.ok && r.encoding).toBe('windows-1252');
    expect(r.ok && r.warnings).toEqual([{ line: 1, message: 'not UTF-8: read as Windows-1252 (Latin-1)' }]);
  });

  it('keeps mostly-UTF-8 text as UTF-8 and names the line of a broken byte', () => {
    const r = decodeFiling(new Uint8Array([...utf8('Café – naïve\nline two '), 0xc3, 0x28, ...utf8(' ok – done\n')]));
    expect(r).toEqual({
      ok: true,
      text: 'Café – naïve\nline two �( ok – done\n',
      encoding: 'utf-8',
      warnings: [{ line: 2, message: 'invalid UTF-8 (1 byte sequence replaced by �)' }],
    });
  });

  it('refuses empty, blank and binary files with a reason', () => {
    expect(decodeFiling(bytes())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeFiling(utf8(' \n\n '))).toEqual({ ok: false, reason: 'no text (only white space)' });
    expect(decodeFiling(utf8('%PDF-1.4 ...'))).toMatchObject({ ok: false, reason: expect.stringContaining('PDF') });
    expect(decodeFiling(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('PNG'),
    });
    expect(decodeFiling(bytes(0x41, 0x00, 0x00, 0x01, 0x02, 0x42))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('control'),
    });
  });
});
