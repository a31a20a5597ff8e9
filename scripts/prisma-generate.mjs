// Generates the Prisma client into app/generated/prisma (git-ignored).
//
// The Prisma CLI looks for a native schema-engine binary before any command and tries to download it,
// which cannot work offline. `generate` never uses that engine, so we point PRISMA_SCHEMA_ENGINE_BINARY at an
// existing file to satisfy the lookup (see docs/decisions/0003-migrations-with-wasm-schema-engine.md).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schema = path.join(root, "prisma/schema.prisma");
const marker = path.join(root, "app/generated/prisma/client.ts");
const onlyIfStale = process.argv.includes("--if-stale");

if (onlyIfStale && existsSync(marker) && statSync(marker).mtimeMs >= statSync(schema).mtimeMs) {
  process.exit(0);
}

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
