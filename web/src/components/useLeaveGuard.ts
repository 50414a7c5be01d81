import { useEffect } from 'react';
import { getLang, translate } from '../i18n/i18n.ts';

/**
 * While a form holds unsaved changes, leaving asks first: closing or reloading the tab (the
 * browser's own prompt) and following a link of the app (menu, breadcrumbs) to another page.
 * The app uses a BrowserRouter, whose navigation cannot be blocked, so a link click is caught
 * before React Router sees it.
 */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.origin !== window.location.origin)
        return;
      if (link.pathname === window.location.pathname) return;
      if (!window.confirm(translate(getLang(), 'form.unsavedChanges'))) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty]);
}
