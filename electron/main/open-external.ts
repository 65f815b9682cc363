/**
 * The one place Tickmark hands a URL to the operating system (Electron checklist item 15: "do not use
 * shell.openExternal with untrusted content"). Every caller goes through `openExternalChecked`, which
 * accepts only what `checkExternalUrl` allows (absolute http and https URLs, normalised by the URL
 * parser); `file:`, `javascript:`, `smb:`, custom schemes and relative strings never reach the shell.
 */
import { shell } from 'electron';
import { checkExternalUrl } from '../services/app-api';

/**
 * Opens `url` in the system browser after the allow-list check.
 * @throws Error when the URL is refused: callers check first (app-api's `openExternalLink` returns an
 * `invalid-argument` Result), so reaching this is a programming error, not user input.
 */
export async function openExternalChecked(url: string): Promise<void> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) throw new Error(checked.error.message);
  // Reviewed: only URLs that passed checkExternalUrl above. eng-disable OPEN_EXTERNAL_JS_CHECK
  await shell.openExternal(checked.value); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
