import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's one h1. It takes focus when the student moved here from somewhere on the page (or `focus` says
 * so), so screen readers announce the new screen; on a fresh page load focus stays where the browser puts it.
 */
export function ScreenHeading({ children, focus = false }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus || (document.activeElement && document.activeElement !== document.body)) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
