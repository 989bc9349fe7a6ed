// A snippet with its matched words in <mark>, built from text nodes so nothing in a policy can become markup.
import { snippetParts } from './snippet';

export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
