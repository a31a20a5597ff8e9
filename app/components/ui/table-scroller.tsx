import type { ReactNode } from "react";

/**
 * A wide table's horizontal scroll box. On a narrow screen the table is wider than the box, and a keyboard
 * user can scroll it only if the box takes focus (axe: scrollable-region-focusable): so it is a named region
 * in the tab order, named like its table (`label`: the caption's text), and arrow keys scroll it.
 */
export function TableScroller({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`.trim()}>
      {children}
    </div>
  );
}
