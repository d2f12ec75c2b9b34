/** Matches a form label exactly, with or without the " (required)" the fields add. */
export function labelled(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}( \\(required\\))?$`);
}
