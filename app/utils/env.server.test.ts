// The environment's cookie security and the warnings said at start-up.
import { describe, expect, it } from "vitest";
import { cookiesAreSecure, environmentWarnings, parseEnv as parseProcessEnv } from "./env.server";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);
const production = { NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) };

describe("cookie security", () => {
  it("is Secure in production only, read from the environment given", () => {
    expect(cookiesAreSecure(parseEnv(production))).toBe(true);
    expect(cookiesAreSecure(parseEnv({ NODE_ENV: "development" }))).toBe(false);
    expect(cookiesAreSecure(parseEnv({ NODE_ENV: "test" }))).toBe(false);
    expect(cookiesAreSecure(parseEnv({}))).toBe(false);
  });

  it("warns at start-up when a public https site runs outside production", () => {
    const [warning, ...more] = environmentWarnings(parseEnv({ APP_URL: "https://scenebridge.example.cn" }));
    expect(more).toEqual([]);
    expect(warning).toMatch(/APP_URL is https:\/\/scenebridge\.example\.cn but NODE_ENV is development: cookies are not marked Secure/);
    expect(environmentWarnings(parseEnv({ ...production, APP_URL: "https://scenebridge.example.cn" }))).toEqual([]);
    expect(environmentWarnings(parseEnv({ APP_URL: "http://192.168.1.20:3000" }))).toEqual([]);
    expect(environmentWarnings(parseEnv({}))).toEqual([]);
  });
});
