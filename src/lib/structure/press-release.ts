/**
 * The press release inside a filing (usually Exhibit 99.1): letterhead and
 * contacts, headline, sub-headline, dateline, body, "About …" sections and
 * the forward-looking-statements boilerplate. Tags the blocks it reads.
 */

import type { AboutSection, Block, Contact, PressRelease } from '../types.js';
import { MONTH_DATE_PATTERN, parseMonthDate } from '../vocab/dates.js';
import { isPageMarker } from './sections.js';

/**
 * A dateline opens the first paragraph of a release: a place in capitals, then a
 * date and/or a wire service, then a dash and the news. Real shapes:
 * "CAMBRIDGE, MA, November 8, 2006 – Acme", "CAMBRIDGE, Mass.— July 24, 2023 — Acme",
 * "CUPERTINO, California -- September 3, 1999 -- Apple", "Silicon Valley, CA (April 16, 2025) – Acme",
 * "BOSTON, Mass., March 3, 2024 /PRNewswire/ -- Acme", "KEARNEY, NE -- (BUSINESS WIRE) -- Acme".
 */
const PLACE = "([A-Z][A-Za-z.'’ -]*[A-Za-z.](?:,\\s*[A-Z][A-Za-z. ]*[A-Za-z.])*)";
const WIRE = '(?:\\(?\\/?[A-Z][A-Za-z ]*(?:WIRE|Wire|wire|Newswire|NEWSWIRE)\\/?\\)?)';
const DASH = '(?:[-–—:]+|\\s-{1,2}\\s)';
const DATELINE = new RegExp(
  `^${PLACE}\\s*(?:,|${DASH})?\\s*` +
    `(?:(?:\\(?(${MONTH_DATE_PATTERN})\\)?\\s*(?:${WIRE}\\s*)?)|(?:${WIRE}\\s*(?:${DASH}\\s*)?(?:(${MONTH_DATE_PATTERN})\\s*)?))` +
    `${DASH}\\s*\\S`,
);
const ABOUT_HEADING = /^about\s+(.{2,100}?):?$/i;
const FORWARD_LOOKING = /forward[- ]looking statements?/i;
const SAFE_HARBOR = /safe harbor|Private Securities Litigation Reform Act|risks and uncertainties|actual results/i;
const END_MARKER = /^(?:#{3}|-\s*#{3}\s*-|-\s*(?:30|end)\s*-)$/i;
/** "– Partnership combines … –": a sub-headline between dashes. */
const DASHED = /^[-–—][ \t]*(\S(?:.*\S)?)[ \t]*[-–—]$/s;
/** The last of a run of sub-headlines may lose its opening dash: "Acme to Host a Call –". */
const DASH_CLOSED = /^(\S(?:.*\S)?)[ \t]*[-–—]$/s;
/** A role word that heads a contact: followed by a person's name, not by "and …". */
const ROLE_WORDS =
  /\b(Investors?(?: Relations)?|Media(?: Relations)?|Press|Analysts?|Business Development)\b:?(?=\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z])/g;
const LETTERHEAD = /^(?:for immediate release|exhibit\s+\d+(?:\.\d+)?|tel:?.*fax:?.*|news release|press release)$/i;

/** A paragraph that continues forward-looking boilerplate, rather than a new title or section. */
const isBoilerplate = (text: string): boolean =>
  isPageMarker(text) ||
  (!ABOUT_HEADING.test(text) &&
    (text.length > 200 ||
      /\b(?:risks?|uncertaint|forward-looking|undertakes?|obligation|factors|SEC|filings?)\b/i.test(text)));

export function readDateline(text: string): { place: string; date: string | null } | null {
  // A dateline opens its paragraph: looking at the start only keeps the regex cheap on long text.
  const m = DATELINE.exec(text.slice(0, 160));
  if (!m?.[1]) return null;
  const date = m[2] ?? m[3];
  return { place: m[1].trim().replace(/[,\s]+$/, ''), date: date ? parseMonthDate(date) : null };
}

/** Contacts from the letterhead: one per role word (Investors, Media), with name, phone, email. */
export function readContacts(texts: string[]): Contact[] {
  const at = texts.findIndex((t) => /^(?:contacts?:?|investors?|media)\b/i.test(t));
  if (at < 0) return [];
  const joined = texts
    .slice(at)
    .filter((t) => !LETTERHEAD.test(t))
    .join(' ')
    .replace(/^contacts?:?\s*/i, '');
  const parts: { role: string | null; text: string }[] = [];
  let last = 0;
  let role: string | null = null;
  for (const m of joined.matchAll(ROLE_WORDS)) {
    const before = joined.slice(last, m.index).trim();
    if (before) parts.push({ role, text: before });
    role = (m[1] ?? '').trim();
    last = (m.index ?? 0) + m[0].length;
  }
  const tail = joined.slice(last).trim();
  if (tail) parts.push({ role, text: tail });
  return parts
    .filter((p) => /@|\d{3}[\s.)-]*\d{3}[\s.-]\d{4}/.test(p.text))
    .map((p) => {
      const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(p.text)?.[0] ?? null;
      const phone = /\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}/.exec(p.text)?.[0] ?? null;
      const name = /^([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)\b/.exec(p.text)?.[1] ?? null;
      const organization =
        /\b([A-Z][\w&]*(?:\s+[A-Z][\w&]*)*,?\s+(?:LLC|Inc\.?|Group|Partners|PR))\b/.exec(
          name ? p.text.slice(name.length) : p.text,
        )?.[1] ?? null;
      return { role: p.role, name, organization, phone, email, text: p.text };
    });
}

export function readPressRelease(blocks: Block[]): PressRelease | null {
  const datelineAt = blocks.findIndex((b) => readDateline(b.text) !== null);
  if (datelineAt < 0) return null;
  const dateline = readDateline(blocks[datelineAt]?.text ?? '');

  // Sub-headlines ("– Partnership combines … –", "(Results to be presented …)") sit between headline and dateline.
  let headlineAt = datelineAt - 1;
  const subheadlines: string[] = [];
  while (headlineAt > 0) {
    const before = blocks[headlineAt]?.text ?? '';
    const dashed =
      DASHED.test(before) ||
      (subheadlines.length === 0 && DASH_CLOSED.test(before) && DASHED.test(blocks[headlineAt - 1]?.text ?? ''));
    if (isPageMarker(before) || (!dashed && !/^\(.*\)$/.test(before))) break;
    subheadlines.unshift(
      before
        .replace(DASHED, '$1')
        .replace(DASH_CLOSED, '$1')
        .replace(/^\((.*)\)$/, '$1'),
    );
    headlineAt--;
  }
  const subheadline = subheadlines.length ? subheadlines.join(' · ') : null;
  const headlineText = blocks[headlineAt]?.text ?? null;
  const headline = headlineText && !LETTERHEAD.test(headlineText) && !isPageMarker(headlineText) ? headlineText : null;
  if (!headline) headlineAt++;

  const letterhead = blocks.slice(0, Math.max(0, headlineAt));
  for (const b of letterhead) b.section = 'letterhead';
  for (const b of blocks.slice(headlineAt, datelineAt)) b.section = 'press-release';

  const body: Block[] = [];
  const about: AboutSection[] = [];
  let forwardLooking: Block[] = [];
  let i = datelineAt;
  for (; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (END_MARKER.test(block.text)) break;
    const aboutTitle = ABOUT_HEADING.exec(block.text)?.[1];
    if (aboutTitle && block.text.length <= 110) {
      block.section = 'about';
      about.push({ title: aboutTitle, text: '', blockIds: [block.id] });
      continue;
    }
    if (FORWARD_LOOKING.test(block.text) && SAFE_HARBOR.test(block.text)) {
      // The boilerplate runs on while its paragraphs read like it; a new title (safety information,
      // an "About" section, contacts) or the end marker closes it.
      let end = i + 1;
      while (end < blocks.length && !END_MARKER.test(blocks[end]?.text ?? '') && isBoilerplate(blocks[end]?.text ?? ''))
        end++;
      const boilerplate = blocks.slice(i, end).filter((b) => !isPageMarker(b.text));
      for (const b of boilerplate) b.section = 'forward-looking';
      forwardLooking = [...forwardLooking, ...boilerplate];
      // Reading resumes only at a section a release keeps after its boilerplate (About, safety
      // information); anything else (another exhibit, financial tables) is not the release.
      const next = blocks[end]?.text ?? '';
      if (END_MARKER.test(next) || !(ABOUT_HEADING.test(next) || /\bsafety information\b/i.test(next))) {
        i = end;
        break;
      }
      i = end - 1;
      continue;
    }
    const current = about.at(-1);
    if (isPageMarker(block.text)) {
      block.section = current ? 'about' : 'press-release';
      continue;
    }
    if (current) {
      block.section = 'about';
      current.text = current.text ? `${current.text}\n\n${block.text}` : block.text;
      current.blockIds.push(block.id);
    } else {
      block.section = 'press-release';
      body.push(block);
    }
  }
  for (const b of blocks.slice(i)) if (b.section === 'exhibit') b.section = 'other';

  return {
    headline,
    subheadline,
    dateline: dateline ? { place: dateline.place, date: dateline.date } : null,
    body: body.map((b) => b.text).join('\n\n'),
    bodyBlockIds: body.map((b) => b.id),
    about,
    forwardLooking: forwardLooking.length ? forwardLooking.map((b) => b.text).join('\n\n') : null,
    contacts: readContacts(letterhead.map((b) => b.text)),
  };
}
