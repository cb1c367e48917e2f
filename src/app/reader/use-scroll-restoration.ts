import { useEffect, useLayoutEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** The window's scroll position per path, remembered while the page lives. */
const positions = new Map<string, number>();

/**
 * The window's scroll position, keyed by path (what react-router's ScrollRestoration
 * did with `getKey={location => location.pathname}`): changing filters (same path)
 * keeps the list where it is, opening an article starts at its top, and coming back
 * to the list (on a phone, where the window scrolls) returns to where it was.
 */
export function useScrollRestoration() {
  const { pathname } = useLocation();
  useEffect(() => {
    const previous = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    return () => {
      window.history.scrollRestoration = previous;
    };
  }, []);
  useLayoutEffect(() => {
    window.scrollTo(0, positions.get(pathname) ?? 0);
    // Saved as it changes, and only while the address is still this path: once a
    // navigation has begun, the next view's shorter page clamps the scroll (and fires
    // this) before the new path's effect has run.
    const address = window.location.pathname;
    const save = () => {
      if (window.location.pathname === address) positions.set(pathname, window.scrollY);
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [pathname]);
}
