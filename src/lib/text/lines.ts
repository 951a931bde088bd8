/** The 1-based line of a character offset, for problems that name "file:line". */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Collapse runs of white space (including soft line breaks) to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
