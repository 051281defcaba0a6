// esbuild options every Node bundle of the project shares (CLI, server, extension, test suites).
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Prefer packages' ES module builds (jsonc-parser's UMD build hides its modules from the bundler).
  mainFields: ['module', 'main'],
};

/** esbuild options the browser bundles share (the web extension, its server, the playground): a Node import fails them. */
export const BROWSER_BUNDLE = { bundle: true, platform: 'browser', target: 'es2022', minify: true, logLevel: 'warning', mainFields: ['browser', 'module', 'main'] };
