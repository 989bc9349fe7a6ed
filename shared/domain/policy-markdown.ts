// Policy text is Markdown, rendered the same way on screen and in print: headings, lists, tables and emphasis,
// with raw HTML shown as text, links limited to web and mail addresses, and no images from anywhere.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });
markdown.disable(['image']);
/** The addresses a policy may link to: web and mail. The redline links the same ones. */
export const isPolicyLinkAddress = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

markdown.validateLink = isPolicyLinkAddress;

export function renderPolicyMarkdown(source: string): string {
  return markdown.render(source);
}
