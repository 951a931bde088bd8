/** A reference() as stored ({ collection, id }) or a plain id → the id. Kept apart from collections.ts, which needs Astro, so plain modules and their tests can use it. */
export const idOf = (ref: string | { id: string }): string => (typeof ref === 'string' ? ref : ref.id);
