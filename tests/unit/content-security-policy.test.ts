import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../../src/app/content-security-policy';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe('the Content-Security-Policy', () => {
  it('allows no inline script, no eval, no plugins and no <base>', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:/);
    // A meta tag ignores frame-ancestors; only the header carries it.
    expect(policy.has('frame-ancestors')).toBe(false);
    expect(directives(contentSecurityPolicyHeader).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the header README.md tells a host to send', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${contentSecurityPolicyHeader}\n`);
  });
});
