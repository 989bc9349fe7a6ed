// What no page in Chartroom may do: navigate away, open windows, attach webviews, ask for permissions, or run without the CSP.
import { app, shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '../../shared/security';

/** Session-wide rules: the CSP as a response header too, and every permission (camera, location, notifications…) refused. */
export function hardenSession(session: Session): void {
  // The page carries the CSP as a meta tag already; the header covers any document that does not.
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only documents are governed by a CSP header, and DevTools' own pages (devtools://) break under ours.
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    if (!isDocument || details.url.startsWith('devtools:')) {
      callback({});
      return;
    }
    const responseHeaders = { ...details.responseHeaders };
    for (const name of Object.keys(responseHeaders)) {
      if (name.toLowerCase() === 'content-security-policy') delete responseHeaders[name];
    }
    responseHeaders['Content-Security-Policy'] = [contentSecurityPolicy];
    callback({ responseHeaders });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  // No dictionaries: spellcheck is off in every window, and were one to turn it on, its download has nowhere to go.
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('http://127.0.0.1:9/');
  session.setPermissionCheckHandler(() => false);
}

/** Applied to every web contents the app ever creates, so a page we did not expect is as boxed in as the one we did. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

function hardenWebContents(contents: WebContents): void {
  // Hash routes (#/staff) are in-page navigations and never reach these events; anything that does would leave our page.
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

/** A link to the web (a guideline, a regulator's page) belongs in the director's browser; nothing else leaves the app. */
function openInBrowser(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:') return;
  shell.openExternal(parsed.href).catch((error: unknown) => console.error('[chartroom] could not open a link in the browser:', error));
}
