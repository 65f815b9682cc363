/**
 * The renderer's Content-Security-Policy, in one place: Electron main sends it as a response header, the
 * e2e harness's static server sends the same header, and `renderer/index.html` repeats it in a meta tag.
 * Nothing remote: scripts, styles, fonts and connections only from the app itself. No 'unsafe-inline'
 * and no 'unsafe-eval' anywhere: React and ProseMirror set element styles through the CSSOM
 * (`element.style`, `style.cssText`), which CSP does not restrict, so no `<style>` element or `style`
 * attribute from markup is needed (an injected one is refused).
 */

/** Directives of the policy; `default-src 'none'` so anything not listed is blocked. */
export const contentSecurityPolicyDirectives: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

/** The policy as one header value. */
export const contentSecurityPolicy = Object.entries(contentSecurityPolicyDirectives)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');
