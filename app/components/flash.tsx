// The flash message (a one-time confirmation after a redirect) as every part of a page reads it: the root layout
// decides which flash is current (useCurrentFlash) and provides it; a page that shows a flash itself reads it
// with useFlash, so it sees exactly what the root sees.
import { createContext, useContext, useRef } from "react";
import { useLocation } from "@remix-run/react";

/**
 * A route's `handle` may claim a flash: it then shows the message itself, near the part of the page the redirect
 * points at (#fragment), since the top of the page may be off screen there.
 */
export type FlashHandle = { showsFlash?: (flash: string) => boolean };

const FlashContext = createContext<string | null>(null);

export const FlashProvider = FlashContext.Provider;

/**
 * The flash the root loader returned, kept until the location changes. A flash is read once on the server, so the
 * next revalidation of the same page (a status page that follows a rebuild every two seconds, a fetcher's action)
 * would take it away — and with it the keyboard focus it holds.
 */
export function useCurrentFlash(loaded: string | null): string | null {
  const location = useLocation();
  const kept = useRef<{ key: string; message: string } | null>(null);
  if (loaded) kept.current = { key: location.key, message: loaded };
  return loaded ?? (kept.current?.key === location.key ? kept.current.message : null);
}

/** The current flash message key (with its values), as the root layout shows it; null when there is none. */
export function useFlash(): string | null {
  return useContext(FlashContext);
}
