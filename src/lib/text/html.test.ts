import { describe, expect, it } from 'vitest';
import { mdastToRawBlocks } from './blocks.js';
import { htmlToMdast, readHtml } from './html.js';

const blocksOf = (html: string) => mdastToRawBlocks(htmlToMdast(html)).map((b) => [b.kind, b.text]);

describe('htmlToMdast', () => {
  it('drops what a reader never sees: scripts, styles, the hidden inline-XBRL header', () => {
    const html = `<html><head><title>t</title><style>p{}</style><script>alert(1)</script></head><body>
      <div style="display:none"><ix:header><ix:hidden>dei:EntityCentralIndexKey 0000000001</ix:hidden></ix:header></div>
      <p>FORM 8-K</p><script>document.write('x')</script><p hidden>secret</p>
      <p><b>Item 8.01</b> Other Events</p></body></html>`;
    expect(blocksOf(html)).toEqual([
      ['paragraph', 'FORM 8-K'],
      ['paragraph', 'Item 8.01 Other Events'],
    ]);
  });

  it('keeps tables as rows and inline XBRL tags as their text', () => {
    const html =
      '<table><tr><td>Delaware</td><td><ix:nonNumeric name="dei:EntityFileNumber">001-12345</ix:nonNumeric></td></tr></table>';
    expect(blocksOf(html)).toEqual([['table-row', 'Delaware | 001-12345']]);
  });

  it('reads the inline-XBRL cover facts, hidden ones included', () => {
    const html = `<div style="display:none"><ix:header><ix:hidden>
      <ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c1">0000000042</ix:nonNumeric>
      <ix:nonNumeric name="dei:AmendmentFlag" contextRef="c1">true</ix:nonNumeric></ix:hidden></ix:header></div>
      <p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c1">8-K/A</ix:nonNumeric></p>
      <p><ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c1">March&#160;3, <b>2024</b></ix:nonNumeric></p>`;
    const { dei, tree } = readHtml(html);
    expect(dei).toEqual({
      EntityCentralIndexKey: '0000000042',
      AmendmentFlag: 'true',
      DocumentType: '8-K/A',
      DocumentPeriodEndDate: 'March 3, 2024',
    });
    expect(mdastToRawBlocks(tree).map((b) => b.text)).toEqual(['FORM 8-K/A', 'March 3, 2024']);
  });
});
