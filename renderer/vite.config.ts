// Builds the renderer into dist/renderer: plain esbuild JSX, relative asset paths (Electron loads it from disk), and the CSP from shared/.
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../shared/security';

/** One policy, written once in shared/security.ts: the bridge sends it as a header, the page carries it as a meta tag. */
function contentSecurityPolicyMeta(): Plugin {
  const marker = '<!-- content-security-policy -->';
  return {
    name: 'chartroom-content-security-policy',
    transformIndexHtml(html) {
      if (!html.includes(marker)) throw new Error(`renderer/index.html must carry ${marker} where the CSP meta tag goes`);
      const escaped = contentSecurityPolicy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return html.replace(marker, `<meta http-equiv="Content-Security-Policy" content="${escaped}" />`);
    },
  };
}

export default defineConfig({
  // This folder; the renderer's own code never reaches Node, and its build config needs no Node import either.
  root: import.meta.dirname,
  base: './',
  plugins: [contentSecurityPolicyMeta()],
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer', // from root
    emptyOutDir: true,
    target: 'chrome120',
    // A desktop app loads from disk: one chunk is fine, and a warning about size would be noise.
    chunkSizeWarningLimit: 1500,
  },
});
