import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { AppRoutes } from './reader/routes';
import { HistoryRouter, type AppHistory } from './shared/HistoryRouter';

/** Providers around the routes; main.tsx, the prerenderer and the component tests render this. */
export function App({
  history,
  queryClient,
  basename,
}: {
  history: AppHistory;
  queryClient: QueryClient;
  basename?: string;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <HistoryRouter history={history} basename={basename}>
        <AppRoutes />
      </HistoryRouter>
    </QueryClientProvider>
  );
}
