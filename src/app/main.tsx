import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { App } from './App';
import { benchRequested } from './bench-hook';
import { routes } from './reader/routes';
import { createQueryClient } from './shared/query-client';
import './styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const router = createBrowserRouter(routes, { basename });
const queryClient = createQueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The latency hook is its own chunk: only the benchmark loads it.
if (benchRequested()) void import('./bench').then((m) => m.installBench(router, queryClient));

createRoot(root).render(
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>,
);
