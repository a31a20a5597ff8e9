import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { ALLOW_WITHOUT_ACTION, translateDataRequestRefusal, translateDocumentRefusals } from "~/utils/data-request-errors.server";
import { errorFields, logger } from "~/utils/logger.server";
import { createNulStripper } from "~/utils/strip-nul.server";
import { NonceProvider } from "~/utils/nonce-provider";

const ABORT_DELAY = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  await translateDocumentRefusals(remixContext, request);
  if (responseStatusCode === 405) responseHeaders.set("Allow", ALLOW_WITHOUT_ACTION);
  const nonce = loadContext.cspNonce ?? "";
  // Bots and no-JS clients get the whole document at once; browsers get it streamed.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = createNulStripper(); // see strip-nul.server.ts: React 18 pads chunks with NUL bytes
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logger.error("render error", { requestId: loadContext.requestId, ...errorFields(error) });
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // Expected HTTP errors (404, 405 …) are answers, not faults.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  logger.error("unexpected error", { url: new URL(request.url).pathname, ...errorFields(error) });
}

/** Every answer to a data request passes here: Remix's own refusals are said in the user's language. */
export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => translateDataRequestRefusal(response, request);
