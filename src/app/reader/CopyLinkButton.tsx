import { useEffect, useState } from 'react';
import { useHref } from 'react-router-dom';
import { articlePath } from '../../shared/paths';

type Status = 'idle' | 'copied' | 'shared' | 'failed';

function prefersShareSheet(): boolean {
  return (
    typeof navigator.share === 'function' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(pointer: coarse)').matches
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path (insecure context, denied permission).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * 复制链接: copies the article's canonical link (without the filter context), or opens
 * the Web Share sheet on touch devices that have one. The result is announced.
 */
export function CopyLinkButton({ id, title }: { id: string; title: string }) {
  const href = useHref(articlePath(id));
  const [status, setStatus] = useState<Status>('idle');
  // Read on use, not while rendering: a prerendered page renders this without a window.
  const url = () => new URL(href, window.location.origin).href;

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const onClick = async () => {
    if (prefersShareSheet()) {
      try {
        await navigator.share({ title, url: url() });
        setStatus('shared');
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setStatus((await copyText(url())) ? 'copied' : 'failed');
  };

  return (
    <span className="relative inline-flex items-center">
      <button type="button" className="button button-quiet" onClick={() => void onClick()}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          {status === 'copied' || status === 'shared' ? (
            <path
              d="M4 10.5l4 4 8-9"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          ) : (
            <path
              d="M8.5 11.5a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-3 3a3 3 0 0 0 4.2 4.2l1-1"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.7"
              strokeLinecap="round"
            />
          )}
        </svg>
        复制链接
      </button>
      <span role="status" className="copy-status" data-visible={status !== 'idle' || undefined}>
        {status === 'copied' && '链接已复制'}
        {status === 'shared' && '已分享'}
        {status === 'failed' && `无法自动复制，请手动复制：${url()}`}
      </span>
    </span>
  );
}
