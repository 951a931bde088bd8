/**
 * HTML (EDGAR documents, inline XBRL) → the same mdast as text input, with
 * rehype-parse and rehype-remark. What a reader never sees is dropped first:
 * scripts, styles, the hidden inline-XBRL header, anything display:none.
 */
import type { Element, Root as HastRoot, Parent } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';

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

const processor = unified().use(rehypeParse).use(rehypeDropHidden).use(rehypeRemark);

export function htmlToMdast(html: string): Root {
  return processor.runSync(processor.parse(html)) as Root;
}
