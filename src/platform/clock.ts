/**
 * Where Folio reads the time and makes ids; tests may replace both. It lives below db/ (which
 * stamps every write with it) and features/, and above nothing: domain/ never reads a clock.
 */
export const clock = {
  now: (): string => new Date().toISOString(),
  newId: (): string => crypto.randomUUID(),
};
