/**
 * Text → mdast (Sätteri, or rehype for HTML) → blocks. A block is one paragraph, heading, list
 * item or table row with the line it starts on, split into sentences. Every
 * later stage reads blocks, never raw text, so HTML input (turned into the
 * same mdast) gets the same treatment.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import type { Block } from '../types.js';
import { htmlToMdast } from './html.js';
import { squash } from './lines.js';
import { splitSentences } from './sentences.js';

/**
 * CommonMark with GFM's tables (filings turned into Markdown write their tables as pipe tables).
 * Sätteri, Astro's own Markdown parser, builds the same mdast as remark-parse in native code,
 * about 40 times quicker on filings; remark-parse was a third of each filing's parse. No front
 * matter: a filing that opens with "---" is text. No footnotes: "[^1]" in a filing is text.
 */
const FEATURES = { gfm: { footnotes: false }, frontmatter: false } as const;

const CHECK_BOX = /\[[ xX]\]/;

export function parseMarkdown(text: string): Root {
  const tree = markdownToMdast(text, { features: FEATURES }) as unknown as Root;
  if (text.includes('~') || CHECK_BOX.test(text)) keepAsWritten(tree, text);
  return tree;
}

/**
 * The rest of GFM rewrites what a filing means as text: "~~x~~" becomes struck out and loses its tildes,
 * "- [ ] Rule 425" becomes a task and loses its box (on a cover page the box is what it says). Put both back.
 */
function keepAsWritten(node: Root | RootContent, text: string): void {
  if (!('children' in node)) return;
  if (node.type === 'listItem' && typeof node.checked === 'boolean') {
    const [first] = node.children;
    const from = node.position?.start.offset;
    const to = first?.position?.start.offset;
    const written = from !== undefined && to !== undefined ? CHECK_BOX.exec(text.slice(from, to))?.[0] : undefined;
    const box: PhrasingContent = { type: 'text', value: `${written ?? (node.checked ? '[x]' : '[ ]')} ` };
    if (first?.type === 'paragraph') first.children.unshift(box);
    else node.children.unshift({ type: 'paragraph', children: [box] });
    node.checked = null;
  }
  node.children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type !== 'delete') return [child];
    const at = child.position?.start.offset;
    const marker = (at !== undefined && /^~+/.exec(text.slice(at))?.[0]) || '~~';
    return [{ type: 'text', value: marker }, ...child.children, { type: 'text', value: marker }];
  }) as typeof node.children;
  for (const child of node.children) keepAsWritten(child, text);
}

const plain = (node: RootContent): string => squash(mdastToString(node, { includeHtml: false }));

/** Strip tags from a raw HTML block, keeping its text. */
const htmlText = (html: string): string => squash(html.replace(/<[^>]*>/g, ' '));

/** "- Study Expands the Program -": a press-release sub-headline, not a list. */
const DASHED_LINE = /^\s*[-–—]\s+(.+?)\s+[-–—]\s*$/;

export interface RawBlock {
  kind: Block['kind'];
  text: string;
  line: number;
}

function collect(nodes: RootContent[], lines: string[], out: RawBlock[]): void {
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading': {
        // An empty ATX heading is a "###" end-of-release marker.
        const text = plain(node);
        out.push({ kind: text ? 'heading' : 'paragraph', text: text || '###', line });
        break;
      }
      case 'paragraph': {
        // Tab-separated lines are a table flattened to text: keep its rows apart.
        const source = lines.slice(line - 1, node.position?.end.line ?? line);
        if (source.some((l) => l.includes('\t'))) {
          source.forEach((l, j) => {
            const cells = l.split(/\t+/).map(squash).filter(Boolean);
            if (cells.length) out.push({ kind: 'table-row', text: cells.join(' | '), line: line + j });
          });
        } else if (
          source[0]?.trimStart().startsWith('|') &&
          source.filter((l) => l.trimStart().startsWith('|')).length > 1
        ) {
          // A pipe table without its delimiter row (converters write them): the parser sees a paragraph.
          // A line that does not open with "|" continues the cell above it.
          const rows: { text: string; line: number }[] = [];
          source.forEach((l, j) => {
            const last = rows.at(-1);
            if (l.trimStart().startsWith('|') || !last) rows.push({ text: l, line: line + j });
            else last.text += ` ${l}`;
          });
          for (const row of rows) {
            const cells = row.text.split('|').map(squash).filter(Boolean);
            if (cells.length) out.push({ kind: 'table-row', text: cells.join(' | '), line: row.line });
          }
        } else {
          out.push({ kind: 'paragraph', text: plain(node), line });
        }
        break;
      }
      case 'list':
        for (const item of node.children) {
          const itemLine = item.position?.start.line ?? line;
          const dashed = DASHED_LINE.exec(lines[itemLine - 1] ?? '');
          if (dashed?.[1] && item.children.length === 1) {
            out.push({ kind: 'paragraph', text: `- ${squash(dashed[1])} -`, line: itemLine });
          } else {
            out.push({ kind: 'list-item', text: plain(item), line: itemLine });
          }
        }
        break;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => plain(cell as RootContent)).filter(Boolean);
          // rehype-remark adds an empty header row to tables that have none.
          if (cells.length)
            out.push({ kind: 'table-row', text: cells.join(' | '), line: row.position?.start.line ?? line });
        }
        break;
      case 'blockquote':
        collect(node.children, lines, out);
        break;
      case 'html': {
        // Markdown conversions wrap whole covers in <div>s: read that HTML as HTML.
        if (/<(?:div|p|table|tr|br|h\d|ul|ol)\b/i.test(node.value)) {
          const nested: RawBlock[] = [];
          collect(htmlToMdast(node.value).children, [], nested);
          out.push(...nested.map((b) => ({ ...b, line: line + b.line - 1 })));
        } else {
          out.push({ kind: 'paragraph', text: htmlText(node.value), line });
        }
        break;
      }
      case 'code': {
        // Indented plain text (old filings indent everything): one block per paragraph.
        let offset = 0;
        for (const chunk of node.value.split(/\n\s*\n/)) {
          out.push({ kind: 'paragraph', text: squash(chunk), line: line + offset });
          offset += chunk.split('\n').length + 1;
        }
        break;
      }
      case 'thematicBreak':
        break;
      default:
        if ('children' in node || 'value' in node) out.push({ kind: 'paragraph', text: plain(node), line });
    }
  }
}

/** Blocks of a text (plain or Markdown) document; `firstLine` is where it starts in its file. */
export function textToRawBlocks(text: string, firstLine = 1): RawBlock[] {
  const lines = text.split('\n');
  const raw: RawBlock[] = [];
  collect(parseMarkdown(text).children, lines, raw);
  return raw.map((b) => ({ ...b, line: b.line + firstLine - 1 }));
}

/** Blocks of an mdast tree made from HTML (no source lines to look back at). */
export function mdastToRawBlocks(tree: Root, firstLine = 1): RawBlock[] {
  const raw: RawBlock[] = [];
  collect(tree.children, [], raw);
  return raw.map((b) => ({ ...b, line: b.line + firstLine - 1 }));
}

/** Number blocks in reading order and split them into sentences; all start in section "other". */
export function numberBlocks(raw: RawBlock[]): Block[] {
  return raw
    .filter((b) => b.text !== '')
    .map((b, i) => {
      const sentences = splitSentences(b.text).map((s, j) => ({ id: `s${i + 1}-${j + 1}`, text: s }));
      return { id: `b${i + 1}`, kind: b.kind, text: b.text, line: b.line, section: 'other', sentences };
    });
}

/** Parse a text filing (plain text or Markdown) into blocks. */
export function textToBlocks(text: string): Block[] {
  return numberBlocks(textToRawBlocks(text));
}
