import { useEffect, useId, useRef } from 'react';

export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ['j'], label: '下一篇' },
  { keys: ['k'], label: '上一篇' },
  { keys: ['/'], label: '搜索' },
  { keys: ['Esc'], label: '返回列表；在列表中清除搜索' },
  { keys: ['?'], label: '显示快捷键' },
];

/** A small modal listing the keyboard shortcuts. Esc or the button closes it. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => opener?.focus();
  }, []);

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
          // Only one focusable element: keep focus inside the dialog.
          if (e.key === 'Tab') {
            e.preventDefault();
            closeRef.current?.focus();
          }
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          键盘快捷键
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2.5">
          {SHORTCUTS.map((s) => (
            <div key={s.label} className="contents">
              <dt>
                {s.keys.map((k) => (
                  <kbd key={k} className="kbd">
                    {k}
                  </kbd>
                ))}
              </dt>
              <dd className="text-stone-700">{s.label}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-6 flex justify-end">
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
