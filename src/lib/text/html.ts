/**
 * HTML (EDGAR documents, inline XBRL) → the same mdast as text input, with
 * rehype-parse and rehype-remark. What a reader never sees is dropped first:
 * scripts, styles, the hidden inline-XBRL header, anything display:none.
 */
import type { Element, Root as HastRoot, Parent } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { squash } from './lines.js';

const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'ix:header',
  'object',
  'iframe',
]);

function isHidden(el: Element): boolean {
  if (INVISIBLE.has(el.tagName.toLowerCase())) return true;
  if (el.properties.hidden !== undefined && el.properties.hidden !== false) return true;
  const style = String(el.properties.style ?? '');
  return /display\s*:\s*none/i.test(style);
}

/** A rehype plugin: remove the elements a reader cannot see. */
export function rehypeDropHidden() {
  const prune = (node: Parent) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && isHidden(child)) && child.type !== 'comment',
    );
    for (const child of node.children) if ('children' in child) prune(child as Parent);
  };
  return (tree: HastRoot) => prune(tree);
}

/**
 * Inline XBRL tags the cover facts (dei:EntityCentralIndexKey, dei:DocumentType,
 * dei:EntityRegistrantName, dei:DocumentPeriodEndDate…), often in the hidden
 * header: read them before that header is dropped. Keyed by the local name.
 */
export function readDeiFacts(tree: HastRoot): Record<string, string> {
  const facts: Record<string, string> = {};
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const name = String(child.properties.name ?? '');
      if (child.tagName.toLowerCase() === 'ix:nonnumeric' && name.startsWith('dei:')) {
        const key = name.slice(4);
        const value = squash(hastText(child));
        if (value && !(key in facts)) facts[key] = value;
      }
      walk(child);
    }
  };
  walk(tree);
  return facts;
}

const parser = unified().use(rehypeParse);
const processor = unified().use(rehypeDropHidden).use(rehypeRemark);

export function htmlToMdast(html: string): Root {
  return readHtml(html).tree;
}

/** The document's mdast, and the inline-XBRL cover facts when it has them. */
export function readHtml(html: string): { tree: Root; dei: Record<string, string> } {
  const hast = parser.parse(html);
  const dei = /dei:/.test(html) ? readDeiFacts(hast) : {};
  return { tree: processor.runSync(hast) as Root, dei };
}
