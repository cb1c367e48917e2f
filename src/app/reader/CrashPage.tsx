import { Component, type ReactNode } from 'react';
import { APP_NAME } from '../shared/labels';

/** Last resort if rendering throws: a plain message with a way back, never a blank page. */
export function CrashPage({ error }: { error: unknown }) {
  return (
    <main className="mx-auto max-w-lg px-6 py-16">
      <p className="text-sm font-medium text-red-800">{APP_NAME}</p>
      <h1 className="mt-2 text-2xl font-semibold">页面出错了</h1>
      <p className="mt-3 text-stone-700">很抱歉，显示这个页面时出现了问题。</p>
      <p className="mt-2 break-all font-mono text-xs text-stone-600">{String(error)}</p>
      <a href={import.meta.env.BASE_URL} className="button mt-8">
        返回首页
      </a>
    </main>
  );
}

/** Around the routes: if rendering throws, the crash page instead of a blank one. */
export class CrashBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return 'error' in this.state ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}
