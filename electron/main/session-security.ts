/**
 * Session-wide rules: the Content-Security-Policy header on every response, no request leaves the app
 * (nothing remote is ever loaded), and every permission request (camera, notifications, …) is denied.
 */
import type { Session } from 'electron';
import { contentSecurityPolicy } from '../services/content-security-policy';

/** URL schemes the renderer may load from: the app itself and Chromium's own devtools. */
const allowedSchemes = ['tickmark:', 'devtools:', 'data:', 'blob:'];

/** True when a request may proceed; everything else (http, https, file, ws…) is cancelled. */
export function isAllowedRequest(url: string): boolean {
  return allowedSchemes.some((scheme) => url.startsWith(scheme));
}

/** Applies the rules to a session (the default one in practice). */
export function secureSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
