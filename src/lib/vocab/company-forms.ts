/**
 * Company forms written with a closing period ("Acme Inc.", "Beta N.V."), as a regex alternation: after
 * them a period need not end a name or a sentence.
 */
export const ABBREVIATED_COMPANY_FORM = String.raw`Inc|INC|Corp|CORP|Co|CO|Cos|Ltd|LTD|Plc|PLC|plc|S\.A|N\.V|L\.P`;
