// Remix classic compiler (see docs/decisions/0001-remix-classic-compiler.md).
/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/*.css"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // ESM-only packages must be bundled into the server build for the classic compiler.
  serverDependenciesToBundle: [/^@conform-to\//],
  postcss: true,
  tailwind: false,
  // Opt in to the React Router 7 behaviours that work with the classic compiler, so the move is smaller.
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};
