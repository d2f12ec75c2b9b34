/** What went wrong, in the error's own words: its message, or else `fallback`, or else the thrown value as text. */
export function errorDetail(error: unknown, fallback?: string): string {
  if (error instanceof Error) return error.message;
  return fallback ?? String(error);
}

/** errorDetail without its closing full stop, to sit inside a sentence of ours: "could not be made: <detail>. Nothing…". */
export function errorClause(error: unknown): string {
  return errorDetail(error).replace(/\.$/, '');
}
