/** The web app's entry: styles, texts, the query cache, and what happens when a session expires. */
// First of all: start the first page's requests (api/early.ts).
import './api/start-early';
import '@dkfds/css/dkfds.min.css';
import './ui/theme.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { setUnauthenticatedHandler } from './api/client';
import { queryClient } from './app/queryClient';
import { initI18n } from './i18n';
import { TranslationProvider } from './i18n/useT';
import { createRouter, preloadPagesWhenIdle } from './app/router';
import { firstPageReady } from './app/first-render';
import { ME_KEY } from './features/auth/api';

// Any 401 means the session is gone: forget who was signed in, and the page's guard sends the person to sign-in
// (noting that the session expired) and back here afterwards; forms keep their drafts in sessionStorage.
setUnauthenticatedHandler(() => queryClient.setQueryData(ME_KEY, null));

// The interface language's texts first (English is fetched when chosen), then the router, whose first page's
// loaders ask the API in that language.
void initI18n().then(async (i18n) => {
  // The server words its reasons and messages in the interface language: fetch them again after a switch.
  i18n.on('languageChanged', () => void queryClient.invalidateQueries());
  const router = createRouter();
  preloadPagesWhenIdle(() => queryClient.isFetching() > 0 || router.state.navigation.state !== 'idle');
  // Drawn once the first page's data is there (or after a short wait): not first as a spinner and then again.
  await firstPageReady(router, queryClient);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <TranslationProvider>
            {/* With React DOM's flushSync, a navigation asked to be synchronous (a filter) is drawn at once; without
                it the router draws every navigation as a transition. */}
            <RouterProvider router={router} flushSync={(f) => void flushSync(f)} />
          </TranslationProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
});
