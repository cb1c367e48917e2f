import { isBundleError } from './bundle-error';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

const TEXT = {
  missing: {
    title: '还没有新闻数据',
    body: '找不到新闻数据文件。网站可能正在更新，请稍后再试。',
    hint: '维护者：运行 npm run ingest 生成 public/data，再重新构建。',
  },
  incompatible: {
    title: '新闻数据版本不兼容',
    body: '新闻数据与当前版本的阅读器不匹配，为避免显示错误的内容，已停止加载。',
    hint: '维护者：用当前版本的 npm run ingest 重新生成数据并重新构建。',
  },
  invalid: {
    title: '新闻数据无法读取',
    body: '新闻数据文件的内容不完整或格式不对。',
    hint: '维护者：重新运行 npm run ingest 并检查其报告。',
  },
  other: {
    title: '加载失败',
    body: '加载新闻数据时出错，请检查网络后重试。',
    hint: '',
  },
} as const;

/** A clear, calm message for a missing, incompatible or broken bundle. */
export function DataErrorMessage({ error, onRetry }: Props) {
  const kind = isBundleError(error) ? error.kind : 'other';
  const text = TEXT[kind];
  const detail = isBundleError(error)
    ? [error.message, error.detail].filter(Boolean).join(' ')
    : String(error);
  return (
    <div role="alert" className="data-error">
      <h2 className="text-lg font-semibold text-stone-900">{text.title}</h2>
      <p className="mt-2 text-stone-700">{text.body}</p>
      {text.hint && <p className="mt-2 text-sm text-stone-600">{text.hint}</p>}
      <details className="mt-3 text-sm text-stone-600">
        <summary className="cursor-pointer">技术细节</summary>
        <p className="mt-1 break-all font-mono text-xs">{detail}</p>
      </details>
      {onRetry && (
        <button type="button" className="button mt-4" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
