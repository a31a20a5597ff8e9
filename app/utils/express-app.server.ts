// The HTTP server around the Remix build: security headers with a per-request CSP nonce, compression,
// request ids, rate limits, a same-origin check on writes, static files and /healthz.
import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { Env } from "./env.server";
import { errorFields, logger, logThrottle } from "./logger.server";

/**
 * `authRetryAfterMinutes`: set when this client is over the sign-in / sign-up limit; the route's action then
 * answers 429 with the form as typed and this wait, and checks no password and creates no account.
 */
export type AppLoadContext = { requestId: string; cspNonce: string; clientIp: string | null; authRetryAfterMinutes: number | null };

declare module "@remix-run/node" {
  interface AppLoadContext {
    requestId: string;
    cspNonce: string;
    clientIp: string | null;
    authRetryAfterMinutes: number | null;
  }
}

const TOO_MANY_REQUESTS =
  "请求过于频繁，请稍后再试。\nToo many requests — please wait a moment and try again.";
const CROSS_SITE_REFUSED = "跨站请求已被拒绝。\nCross-site request refused.";

function contentSecurityPolicy(nonce: string, isProduction: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isProduction ? "" : " ws://localhost:* ws://127.0.0.1:*"}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(isProduction ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function securityHeaders(isProduction: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, isProduction));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (isProduction) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

function requestIds(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get("x-request-id");
  const requestId = incoming && /^[A-Za-z0-9._-]{8,100}$/.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader("X-Request-Id", requestId);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // originalUrl: req.path is relative to the mount point inside mounted middleware.
    const pathname = req.originalUrl.split("?")[0];
    if (pathname.startsWith("/build/") || pathname === "/healthz") return;
    logger.info("request", { requestId, method: req.method, path: pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  next();
}

const isWrite = (req: Request) => !["GET", "HEAD", "OPTIONS"].includes(req.method);

const NOT_FOUND = "页面不存在。Page not found.";

/**
 * A path holding a control character (%00 …) names no page and no record — every route and id is printable —
 * and PostgreSQL refuses NUL in text, so each loader looking such an id up failed with a 500. A path whose
 * escapes are not UTF-8 (%FF, %C0%80, %ED%A0%80) names nothing either, and Express's "*" route threw a
 * URIError on it (another 500). Both are answered 404 here, once for every route.
 */
function unprintablePaths(req: Request, res: Response, next: NextFunction) {
  if (namesNothing(req.path)) {
    res.status(404).type("text/plain; charset=utf-8").send(NOT_FOUND);
    return;
  }
  next();
}

function namesNothing(path: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(path));
  } catch {
    return true; // not UTF-8 once decoded
  }
}

/**
 * TRACE is a method the Fetch API refuses to build a Request with (a "forbidden method"); Remix's adapter turns
 * every request into one, so it failed there with a 500. No page answers it; 405 says so. (The other forbidden
 * methods never get here: Node's parser refuses TRACK with a 400, and hands CONNECT to a 'connect' handler,
 * which the server does not have, so it closes the connection.)
 */
const METHODS_NO_PAGE_ANSWERS = new Set(["TRACE"]);
const METHOD_NOT_ALLOWED = "不支持这种请求方式。\nThis request method is not supported.";

function unsupportedMethods(req: Request, res: Response, next: NextFunction) {
  if (!METHODS_NO_PAGE_ANSWERS.has(req.method.toUpperCase())) return next();
  res.status(405).set("Allow", "GET, HEAD, POST").type("text/plain; charset=utf-8").send(METHOD_NOT_ALLOWED);
}

/** Browsers send Origin on form posts; a post from another site is refused (SameSite=Lax cookies are the first line). */
function sameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (!isWrite(req)) return next();
  const fetchSite = req.get("sec-fetch-site");
  if (fetchSite === "cross-site") return res.status(403).type("text/plain; charset=utf-8").send(CROSS_SITE_REFUSED);
  const origin = req.get("origin");
  if (origin && origin !== "null") {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return res.status(403).type("text/plain; charset=utf-8").send(CROSS_SITE_REFUSED);
    }
    if (originHost !== req.get("host")) return res.status(403).type("text/plain; charset=utf-8").send(CROSS_SITE_REFUSED);
  }
  next();
}

/**
 * Remix's server mode decides whether an unexpected error's message and stack trace reach the browser (in the
 * page's hydration data). Only `npm run dev` — `remix dev`, which sets REMIX_DEV_ORIGIN for the app it runs —
 * is development. `npm start` serves a production build to people, so it hides them like production, although
 * NODE_ENV defaults to "development" there (where it only turns on conveniences such as the dev mailbox).
 */
export function remixServerMode(env: Pick<Env, "NODE_ENV">, processEnv: Partial<Record<string, string>> = process.env): "development" | "production" | "test" {
  if (env.NODE_ENV === "development") return processEnv.REMIX_DEV_ORIGIN ? "development" : "production";
  return env.NODE_ENV;
}

export function createExpressApp(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  env: Env;
  checkDatabase: () => Promise<void>;
  publicDir: string;
}) {
  const { env } = options;
  const isProduction = env.NODE_ENV === "production";
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", env.TRUST_PROXY);

  app.use(requestIds);
  app.use(compression());
  app.use(securityHeaders(isProduction));

  app.get("/healthz", async (_req, res) => {
    try {
      await options.checkDatabase();
      res.set("Cache-Control", "no-store").json({ status: "ok", database: "up" });
    } catch (error) {
      logger.error("healthz: database check failed", errorFields(error));
      res.status(503).set("Cache-Control", "no-store").json({ status: "error", database: "down" });
    }
  });

  // Fingerprinted assets can be cached forever; the rest of public/ for an hour.
  app.use("/build", express.static(`${options.publicDir}/build`, { immutable: true, maxAge: "1y" }));
  app.use(express.static(options.publicDir, { maxAge: "1h" }));

  app.use(unsupportedMethods);
  app.use(unprintablePaths);
  app.use(sameOriginWrites);
  const limitResponse = (req: Request, res: Response) => {
    // A form the page's JavaScript submitted (Remix's `_data` request) gets a response Remix reads as a thrown
    // 429, so the page shows "too many requests" in the reader's language, not "unexpected server error".
    if (typeof req.query._data === "string") {
      res.status(429).set("X-Remix-Catch", "yes").json({ messageKey: "errors.tooManyRequests" });
    } else {
      res.status(429).type("text/plain; charset=utf-8").send(TOO_MANY_REQUESTS);
    }
  };
  app.use(
    ["/signin", "/signup"],
    rateLimit({
      windowMs: 15 * 60 * 1000,
      limit: env.RATE_LIMIT_AUTH_PER_15_MIN,
      skip: (req) => !isWrite(req),
      standardHeaders: "draft-7",
      legacyHeaders: false,
      // Over the limit, the request still reaches the action, which refuses it with the form as the user typed
      // it (see AppLoadContext.authRetryAfterMinutes): a plain error page would lose the e-mail address.
      handler: (req, res, next) => {
        const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
        const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 15 * 60;
        res.set("Retry-After", String(seconds));
        res.locals.authRetryAfterMinutes = Math.ceil(seconds / 60);
        next();
      },
    }),
  );
  app.use(
    rateLimit({
      windowMs: 60 * 1000,
      limit: env.RATE_LIMIT_WRITES_PER_MIN,
      skip: (req) => !isWrite(req),
      standardHeaders: "draft-7",
      legacyHeaders: false,
      handler: limitResponse,
    }),
  );

  app.all(
    "*",
    createRequestHandler({
      build: options.build,
      mode: remixServerMode(env),
      getLoadContext: (req, res): AppLoadContext => ({
        clientIp: req.ip ?? null,
        requestId: res.locals.requestId as string,
        cspNonce: res.locals.cspNonce as string,
        authRetryAfterMinutes: (res.locals.authRetryAfterMinutes as number | undefined) ?? null,
      }),
    }),
  );

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error("unhandled error", { requestId: res.locals.requestId, ...errorFields(error) });
    if (!res.headersSent) {
      res
        .status(500)
        .type("text/plain; charset=utf-8")
        .send(`服务器出错了，请稍后再试。Something went wrong on our side.\nrequest id: ${res.locals.requestId}`);
    }
  });
  return app;
}

/**
 * Node's HTTP parser refuses some requests before Express sees them: a request line and headers over its 16 KB
 * limit (a search box pasted full of text makes a URL that long), a malformed request, one that arrives too slowly.
 * Its own answers have an empty body, which a reader sees as a blank page. These say what happened, in both
 * languages: the request is refused before its cookie or Accept-Language could be read.
 */
const REFUSED_BY_THE_PARSER: Record<string, { status: number; reason: string; text: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: "Request Header Fields Too Large",
    text: "请求的网址或请求头过长，服务器无法处理。请缩短搜索词或其他输入后重试。\nThe address or headers of this request are too long. Please shorten the search or other input and try again.",
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: "Request Timeout",
    text: "请求发送超时，请重试。\nThe request took too long to arrive. Please try again.",
  },
};
const MALFORMED_REQUEST = { status: 400, reason: "Bad Request", text: "请求格式有误，服务器无法处理。\nThe request is malformed." };

// Port scanners and TLS handshakes sent to the HTTP port are refused too: logged at most once a minute.
const parserRefusalLogs = logThrottle(60_000);

function answerRefusedRequest(error: NodeJS.ErrnoException, socket: Duplex & { _httpMessage?: { headersSent: boolean } | null }) {
  // As Node's own handler: answer unless a response on this connection has begun (the finished responses of a
  // keep-alive connection's earlier requests do not count: a search pasted full is sent on the open connection).
  if (error.code === "ECONNRESET" || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const refusal = REFUSED_BY_THE_PARSER[error.code ?? ""] ?? MALFORMED_REQUEST;
  const logged = parserRefusalLogs.shouldLog(Date.now());
  if (logged.log) logger.warn("request refused by the HTTP parser", { code: error.code, status: refusal.status, notLoggedSinceLast: logged.leftOut });
  const body = Buffer.from(refusal.text, "utf8");
  socket.end(
    `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n` +
      `Connection: close\r\n\r\n${refusal.text}`,
  );
}

/** `app.listen`, with the refusals above in place of Node's empty ones; the app's one way to start serving. */
export function listenHttp(app: ReturnType<typeof createExpressApp>, port: number, host: string, onListening: () => void): Server {
  const server = app.listen(port, host, onListening);
  server.on("clientError", answerRefusedRequest);
  return server;
}
