// Policy text rendered as it will print: renderPolicyMarkdown escapes raw HTML, drops images and allows only web and mail
// links, so its output is safe to place as HTML by construction.
import { useDeferredValue, useMemo } from 'react';
import { renderPolicyMarkdown } from '../../../../../shared/domain/policy-markdown';

export function MarkdownPreview({ source, label = 'Preview' }: { source: string; label?: string }) {
  // Typing stays responsive on a long policy: the preview may trail a keystroke behind.
  const deferred = useDeferredValue(source);
  const html = useMemo(() => renderPolicyMarkdown(deferred), [deferred]);
  return <article className="policy-text" aria-label={label} data-testid="policy-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
