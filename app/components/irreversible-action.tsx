// An action that cannot be undone (archiving a scenario), asked first: a disclosure whose summary names the
// action and whose form says what it means before the confirm button. Works without JavaScript.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

export function IrreversibleAction({ label, warning, children }: { label: string; warning: string; children: ReactNode }) {
  return (
    <details>
      <summary className="inline-flex cursor-pointer list-none items-center rounded-md border border-red-700 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 [&::-webkit-details-marker]:hidden">
        {label}…
      </summary>
      <Form method="post" className="mt-3 space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
        <p className="text-sm text-red-900">{warning}</p>
        {children}
      </Form>
    </details>
  );
}
