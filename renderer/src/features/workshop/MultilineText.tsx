import { textBlocks } from './textBlocks';

/** Text as typed, with its line breaks and dash lists, without interpreting it as HTML. */
export function MultilineText({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `samenspel-multiline ${className}` : 'samenspel-multiline'}>
      {textBlocks(text).map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>{b.text}</p>
        ) : (
          <ul key={i}>
            {b.items.map((p, j) => (
              <li key={j}>{p}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
