import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Badge, MantineProvider, Modal, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { ApiError } from './api.ts';
import { App } from './App.tsx';
import { SESSION_KEY, dropSession } from './auth/session.ts';
import { getLang, translate } from './i18n/i18n.ts';

/** Hues whose shade 9 is still too light on their pale badge background (axe-core measured teal 9 below 4.5:1): dark text instead. */
const BRIGHT_HUES = new Set(['teal', 'green', 'lime', 'yellow', 'orange', 'cyan']);

/**
 * Badge colours readable at WCAG AA (axe-core): a light badge writes in shade 9 of its colour, or
 * in dark grey for the bright hues; a filled badge of a bright hue (white on teal 8 is 3.9:1) is
 * drawn pale with dark text instead.
 */
function badgeColours(variant: string, color: unknown): Record<string, string> {
  if (typeof color !== 'string' || !/^[a-z]+$/.test(color)) return {};
  if (variant === 'light')
    return {
      '--badge-color': BRIGHT_HUES.has(color) ? 'var(--mantine-color-dark-8)' : `var(--mantine-color-${color}-9)`,
    };
  if (variant === 'filled' && BRIGHT_HUES.has(color))
    return { '--badge-bg': `var(--mantine-color-${color}-2)`, '--badge-color': 'var(--mantine-color-dark-8)' };
  return {};
}

const theme = createTheme({
  primaryColor: 'indigo',
  // WCAG AA contrast (axe-core): white on indigo 8, links in indigo 8.
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Sentence case: French labels read better, and a badge's visible text equals its label.
    // A badge never shrinks below its text (in narrow table cells it would be cut to "Au ca…").
    // Light badges: text in shade 9 of their colour, readable on their pale background (WCAG AA).
    Badge: Badge.extend({
      defaultProps: { tt: 'none' },
      styles: { root: { minWidth: 'max-content' } },
      vars: (_theme, props) => ({ root: badgeColours(props.variant ?? 'filled', props.color) }),
    }),
    // A dialog's close button has a name (axe-core button-name), in the language of the session.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': translate(getLang(), 'common.close') } } }),
  },
});

/** Dimmed text and error red dark enough for WCAG AA contrast on white (gray 7, red 9). */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors and red buttons (delete, decline) at WCAG AA too: red 6 on white and white on red 8 are below 4.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

/** A 401 on any call but /api/me and login means the session ended: back to the sign-in page. */
function onSessionLost(error: unknown, isSessionCall: boolean): void {
  if (!isSessionCall && error instanceof ApiError && error.status === 401) dropSession(queryClient);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => onSessionLost(error, query.queryKey[0] === SESSION_KEY[0]),
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => onSessionLost(error, mutation.options.mutationKey?.[0] === 'login'),
  }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // A 4xx will not change by retrying; network and 5xx errors get two more tries.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
