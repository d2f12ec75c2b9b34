/** Where the db layer reads the time and makes ids; tests may replace both. */
export const clock = {
  now: (): string => new Date().toISOString(),
  newId: (): string => crypto.randomUUID(),
};
