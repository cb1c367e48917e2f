import { Link } from 'react-router-dom';
import { listPath } from '../../shared/paths';
import { APP_NAME } from '../shared/labels';
import { useDocumentTitle } from '../shared/use-document-title';

/** Any path the app does not know. */
export function NotFoundPage() {
  useDocumentTitle('页面不存在');
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header-inner">
          <p className="brand">
            <Link to={listPath()} className="brand-link">
              <span className="brand-mark" aria-hidden="true">
                工
              </span>
              <span className="brand-name">{APP_NAME}</span>
            </Link>
          </p>
        </div>
      </header>
      <main className="not-found mx-auto max-w-lg px-6 py-16">
        <p className="not-found-code" aria-hidden="true">
          404
        </p>
        <h1 className="text-2xl font-semibold">页面不存在</h1>
        <p className="mt-3 text-stone-700">这个地址没有对应的页面，可能是链接输入有误。</p>
        <Link to={listPath()} className="button mt-8">
          返回文章列表
        </Link>
      </main>
    </div>
  );
}
