import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript } from './html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('jsonForScript', () => {
  it('cannot close its script element, and reads back as the same data', () => {
    const hostile = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c \u2028 d' };
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
