// Policy text is Markdown, rendered the same way on screen and in print: headings, lists, tables and emphasis,
// with raw HTML shown as text, links limited to web and mail addresses, and no images from anywhere.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });
markdown.disable(['image']);
markdown.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

export function renderPolicyMarkdown(source: string): string {
  return markdown.render(source);
}
