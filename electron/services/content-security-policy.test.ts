import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyDirectives } from './content-security-policy';

describe('content security policy', () => {
  it('allows nothing remote, no eval and no inline script', () => {
    expect(contentSecurityPolicyDirectives['default-src']).toBe("'none'");
    expect(contentSecurityPolicyDirectives['script-src']).toBe("'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|ws:/);
    expect(contentSecurityPolicy.split('; ')).toHaveLength(
      Object.keys(contentSecurityPolicyDirectives).length,
    );
  });

  it('is repeated word for word in the renderer’s meta tag', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });
});
