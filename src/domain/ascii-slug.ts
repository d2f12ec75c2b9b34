/** "Zoë Brontë, spring" → "zoe-bronte-spring": ASCII letters and digits, hyphens between, for file names. */
export function asciiSlug(text: string, max = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
