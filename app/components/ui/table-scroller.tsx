import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * A wide table's horizontal scroll box. On a narrow screen the table is wider than the box, and a keyboard
 * user can scroll it only if the box takes focus (axe: scrollable-region-focusable): so while it scrolls it is a
 * named region in the tab order — named after its table (`label`: the caption's text) and saying that it
 * scrolls, which also keeps the name apart from the page section around it (axe: landmark-unique) — and arrow
 * keys scroll it. A table that fits is neither: a tab stop that scrolls nothing only slows keyboard users.
 * Until measured, and without JavaScript, the box counts as scrolling: a box that scrolls but cannot take focus
 * would lock keyboard users out of the table's right-hand columns.
 */
export function TableScroller({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const focusable = scrolls ? { role: "region", "aria-label": t("scrollableTable", { label }), tabIndex: 0 } : {};
  return (
    <div ref={box} {...focusable} className={`overflow-x-auto ${className}`.trim()}>
      {children}
    </div>
  );
}
