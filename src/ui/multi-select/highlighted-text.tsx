import type { TextPart } from './match-options';

/** Text with the matched run in <mark>; parts are plain strings, so data never becomes markup. */
export function HighlightedText({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="ms-mark">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
