/**
 * A remark plugin: GFM's pipe tables and nothing else of GFM. Filings turned
 * into Markdown write their tables as pipe tables; the rest of GFM only costs
 * time (autolink literals are looked for at every character, which doubles
 * the parse) and can misread a filing: "[ ]" check boxes on a cover page
 * become task-list items, a pair of "~" (approximately) strike-through.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export function remarkTables(this: Processor): void {
  const data = this.data();
  // biome-ignore lint/suspicious/noAssignInExpressions: unified's own idiom for adding extensions
  (data.micromarkExtensions ??= []).push(gfmTable());
  // biome-ignore lint/suspicious/noAssignInExpressions: as above
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
