import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// jsdom has no layout: scrolling APIs are no-ops here (React Router's
// ScrollRestoration calls window.scrollTo on every navigation).
window.scrollTo = () => {};

// findBy* waits for lazy chunks and fetched data; 1 s (the default) is too short on a
// loaded 2-core CI machine, and waiting longer never makes a wrong page pass.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.title = '';
});
