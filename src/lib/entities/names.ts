/** Keys that decide when two spellings name the same thing. */

/** Compounds: case, spaces and hyphens ignored ("HuAB12-DM4" = "huAB12 DM4"); ® and ™ dropped. */
export function compoundKey(name: string): string {
  return name
    .normalize('NFKC') // subscript digits ("D-PLEX₁₀₀") count as digits
    .replace(/[®™]|\((?:R|TM)\)/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const COMPANY_SUFFIXES =
  /\b(?:incorporated|inc|corporation|corp|company|co|limited|ltd|llc|l\.l\.c|plc|ag|sa|s\.a|nv|n\.v|bv|gmbh|se|kk|group|holdings?|the)\b/g;

/** Companies: "Acme Bio, Inc." = "ACME BIO INC"; "the alpha-beta Group" = "alpha-beta". */
export function companyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,]/g, ' ')
    .replace(COMPANY_SUFFIXES, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

/** URL slugs: lower case, ASCII letters and digits, single hyphens. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'untitled'
  );
}

/** The spelling used most often; on a tie, the first seen. */
export function mostFrequent(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}
