// Minutes rendered as they will print: the policy Markdown renderer escapes raw HTML and allows only web and mail links.
import { useDeferredValue, useMemo } from 'react';
import { renderPolicyMarkdown } from '../../../../../shared/domain/policy-markdown';

export function MinutesPreview({ source, label }: { source: string; label: string }) {
  // Typing stays responsive on long minutes: the preview may trail a keystroke behind.
  const deferred = useDeferredValue(source);
  const html = useMemo(() => renderPolicyMarkdown(deferred), [deferred]);
  return <article className="minutes__preview" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
