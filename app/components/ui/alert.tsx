import type { ReactNode } from "react";

/** The colours of each tone, also for a message shown inside another live region (which must not nest a second one). */
export const ALERT_TONES = {
  info: "border-blue-300 bg-blue-50 text-blue-950",
  success: "border-green-300 bg-green-50 text-green-950",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-300 bg-red-50 text-red-950",
} as const;

export function Alert({ tone = "info", children, role }: { tone?: keyof typeof ALERT_TONES; children: ReactNode; role?: "status" | "alert" }) {
  return (
    <div role={role ?? (tone === "error" ? "alert" : "status")} className={`rounded-md border p-3 text-sm ${ALERT_TONES[tone]}`}>
      {children}
    </div>
  );
}
