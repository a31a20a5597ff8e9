// Tabs that filter a list by status (?status=…), each with its count. Plain links, so they work without
// JavaScript; aria-current marks the selected one (NavLink would ignore the query string).
import { Link } from "@remix-run/react";

export function StatusTabs<S extends string>({
  label,
  states,
  current,
  counts,
  labelFor,
}: {
  label: string;
  states: readonly S[];
  current: S | null;
  counts: Partial<Record<S, number>>;
  labelFor: (state: S) => string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {states.map((state) => (
        <Link
          key={state}
          to={`?status=${state}`}
          aria-current={state === current ? "page" : undefined}
          className={`rounded px-3 py-1.5 text-sm ${state === current ? "bg-brand-700 text-white" : "bg-white text-brand-700 shadow"}`}
        >
          {labelFor(state)} ({counts[state] ?? 0})
        </Link>
      ))}
    </nav>
  );
}
