/**
 * The Content-Security-Policy the built page runs under (vite.config.ts writes it into index.html
 * as a meta tag; README.md gives the same policy as a header for anyone hosting Folio). Scripts,
 * styles, fonts, workers and fetches come only from Folio's own origin, never inline or from `eval`;
 * images also from `blob:`, for previews of attachments whose bytes were checked; no plugins,
 * frames, forms or `<base>`. The dev server is left without it: its React refresh needs an inline script.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as an HTTP header adds what a meta tag cannot carry: `frame-ancestors`, so no other
 * site can frame Folio.
 */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
