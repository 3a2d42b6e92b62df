import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './main/host/security';

const root = import.meta.dirname;

/**
 * One source for the page's Content-Security-Policy: the meta tag in index.html gets the strict
 * policy in builds and the hot-reload policy in `npm run dev` (frame-ancestors only works as a header).
 */
function contentSecurityPolicyMeta(): Plugin {
  const forMeta = (policy: string) => policy.replace(/; frame-ancestors [^;]+/, '');
  return {
    name: 'samenspel-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        html.replace('%SAMENSPEL_CSP%', forMeta(ctx.server ? developmentContentSecurityPolicy : contentSecurityPolicy)),
    },
  };
}

/**
 * The NL Design System React components (@utrecht/*-react) ship one file per package without
 * `sideEffects: false`, and every component ends with `X.displayName = '…'`: to the bundler those
 * property writes are side effects, so importing one Button pulled in all ~100 components (about
 * 200 kB minified, parsed before the start screen could paint). Here those files are marked free
 * of side effects and the displayName lines (only seen in React DevTools) are dropped, so only the
 * components a chunk uses end up in it.
 */
function treeShakeUtrecht(): Plugin {
  const utrechtJs = /[\\/]node_modules[\\/]@utrecht[\\/][^\\/]+[\\/]dist[\\/][^\\/]+\.m?js$/;
  return {
    name: 'samenspel-treeshake-utrecht',
    apply: 'build',
    transform(code, id) {
      if (!utrechtJs.test(id)) return null;
      return { code: code.replace(/^[\w$]+\.displayName = '[^'\n]*';$/gm, ''), map: null, moduleSideEffects: false };
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          // The loting computation runs in a worker thread (main/loting/jobs.ts): its own entry, out/main/loting-worker.js.
          'loting-worker': resolve(root, 'main/loting/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'main/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // The renderer imports shared/ as @shared/… (also in renderer/tsconfig.json and vitest.config.ts).
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    plugins: [react(), contentSecurityPolicyMeta(), treeShakeUtrecht()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; minified code parses faster, so the first screen paints sooner.
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
