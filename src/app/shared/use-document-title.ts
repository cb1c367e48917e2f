import { useEffect } from 'react';
import { APP_NAME } from './labels';

/** Sets the document title; `null` means the app name alone. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
