// The mail settings of the environment: a bad SMTP_URL stops start-up with a message naming it.
import { describe, expect, it } from "vitest";
import { devMailboxEnabled, parseEnv as parseProcessEnv } from "~/utils/env.server";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("mail settings", () => {
  it("accept smtp:// and smtps:// URLs and default the sender", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:pass@mail.example.cn:587" }).SMTP_URL).toBe("smtp://user:pass@mail.example.cn:587");
    expect(parseEnv({ SMTP_URL: "smtps://mail.example.cn" }).SMTP_URL).toBe("smtps://mail.example.cn");
    expect(parseEnv({}).MAIL_FROM).toBe("SceneBridge 场景桥 <no-reply@scenebridge.local>");
    expect(parseEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("refuse anything else, naming the variable", () => {
    for (const SMTP_URL of ["mail.example.cn", "http://mail.example.cn", "smtp://"]) {
      expect(() => parseEnv({ SMTP_URL })).toThrow(/SMTP_URL/);
    }
    expect(() => parseEnv({ DEV_MAILBOX: "perhaps" })).toThrow(/DEV_MAILBOX/);
  });

  it("turn the dev mailbox on outside production unless told otherwise", () => {
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "test" }))).toBe(true);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32) }))).toBe(false);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "production", COOKIE_SECRET: "x".repeat(32), DEV_MAILBOX: "true" }))).toBe(true);
    expect(devMailboxEnabled(parseEnv({ NODE_ENV: "development", DEV_MAILBOX: "false" }))).toBe(false);
  });
});
