// Every environment variable the platform reads, validated once at start-up.
// A missing or malformed value stops the process with a message naming it and saying how to fix it.
import { z } from "zod";
import { SEARCH_REQUEST_TIMEOUT_MS } from "~/modules/search/search-engine";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const postgresUrl = z
  .string()
  .url("must be a URL such as postgresql://user:password@host:5432/database")
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "must start with postgresql:// or postgres://",
  });

const port = z.coerce
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("0.0.0.0"),
    PORT: port.default(3000),
    /** Public address of the site, used in links inside emails and for the Origin check. */
    APP_URL: z.string().url("must be a URL such as https://scenebridge.example.cn").optional(),
    /** A PostgreSQL server. When absent, an embedded PostgreSQL (PGlite) is started for you. */
    DATABASE_URL: postgresUrl.optional(),
    /** PostgreSQL schema to use inside DATABASE_URL (tests use one per worker). */
    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case PostgreSQL identifier")
      .default("public"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    EMBEDDED_DB_DIR: z.string().min(1).default(".data/pglite"),
    EMBEDDED_DB_PORT: port.default(54329),
    /** Seed the realistic demo data when the database has no users yet. */
    SEED_DEMO_DATA: booleanFlag.optional(),
    /** Secret for signing small cookies (language, flash messages). Required in production. */
    COOKIE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** Express "trust proxy" setting: the number of proxies in front of the app (0 = none). */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    RATE_LIMIT_AUTH_PER_15_MIN: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_WRITES_PER_MIN: z.coerce.number().int().min(1).default(120),
    /** Where uploaded attachments are stored (disk storage). */
    ATTACHMENTS_DIR: z.string().min(1).default(".data/attachments"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Outgoing mail server, e.g. smtp://user:pass@host:587 (smtps:// for implicit TLS). Unset: the dev mailbox. */
    SMTP_URL: z
      .string()
      .url("must be a URL such as smtp://user:password@mail.example.cn:587")
      .refine((value) => /^smtps?:\/\/[^/?#]+/.test(value), { message: "must start with smtp:// or smtps:// and name a host" })
      .optional(),
    /** The From header of every email. */
    MAIL_FROM: z.string().min(3).default("SceneBridge 场景桥 <no-reply@scenebridge.local>"),
    /** The local development mailbox at /dev/mailbox; on by default outside production. */
    DEV_MAILBOX: booleanFlag.optional(),
    /** A Meilisearch server for search and matching. Unset: the embedded search engine inside this process. */
    MEILI_URL: z
      .string()
      .url("must be a URL such as http://127.0.0.1:7700")
      .refine((value) => /^https?:\/\/[^/?#]+/.test(value), { message: "must start with http:// or https:// and name a host" })
      .optional(),
    /** Key for MEILI_URL: the master key, or an admin API key allowed to manage indexes, documents and tasks. */
    MEILI_MASTER_KEY: z.string().min(1).optional(),
    /**
     * How long a reader's search waits for MEILI_URL before the page says search is unavailable for now (503), in
     * milliseconds. Writes and the outbox worker have their own, longer limits.
     */
    MEILI_SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100, "must be at least 100 (milliseconds)").max(60_000, "must be at most 60000 (milliseconds)").default(SEARCH_REQUEST_TIMEOUT_MS),
    /** Prefix of our index names on a Meilisearch server shared with other apps or environments. */
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, "must be 1–40 letters, digits, hyphens or underscores (Meilisearch index names allow no others)")
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.COOKIE_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["COOKIE_SECRET"],
        message: "is required in production (generate one with: openssl rand -hex 32)",
      });
    }
    if (env.MEILI_URL && !env.MEILI_MASTER_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["MEILI_MASTER_KEY"],
        message: "is required when MEILI_URL is set: give the Meilisearch master key (or an admin API key), or unset MEILI_URL to use the embedded search engine",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/**
 * Whether cookies carry Secure (sent over HTTPS only): in production. Read from the environment at run time. The
 * server build is compiled with NODE_ENV=production, which the compiler writes into every `process.env.NODE_ENV`
 * of the app's code, so cookies were Secure under `npm start` too (a development run) and a browser reaching the
 * demo over plain HTTP at a network address (not localhost) dropped them: no language switch, and a sign-in that
 * silently did nothing (a QA review).
 */
export function cookiesAreSecure(env: Pick<Env, "NODE_ENV"> = getEnv()): boolean {
  return env.NODE_ENV === "production";
}

/**
 * What a valid environment may still have wrong, said at start-up (not fatal: a local HTTPS test is legitimate).
 * An https APP_URL is a public site; outside production its cookies are not Secure and HSTS is off.
 */
export function environmentWarnings(env: Pick<Env, "NODE_ENV" | "APP_URL">): string[] {
  const warnings: string[] = [];
  if (env.APP_URL?.startsWith("https:") && !cookiesAreSecure(env)) {
    warnings.push(
      `APP_URL is ${env.APP_URL} but NODE_ENV is ${env.NODE_ENV}: cookies are not marked Secure and HSTS is off. Set NODE_ENV=production (and COOKIE_SECRET) for a public site.`,
    );
  }
  return warnings;
}

/** Whether the local development mailbox (/dev/mailbox) exists in this process. */
export function devMailboxEnabled(env: Pick<Env, "DEV_MAILBOX" | "NODE_ENV">): boolean {
  return env.DEV_MAILBOX ?? env.NODE_ENV !== "production";
}

export class EnvError extends Error {}

/** Parses the given environment; throws an EnvError whose message lists every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty string is how shells and .env files say "not set".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join(".") || "(environment)"} ${issue.message}`,
  );
  throw new EnvError(
    `SceneBridge cannot start: these environment variables are not valid:\n${lines.join("\n")}\n` +
      `Fix them (or unset them to use the defaults) and start again. See README.md → Configuration.`,
  );
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
