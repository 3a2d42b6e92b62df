import { textBlocks } from './textBlocks';

/** Text as typed, with its line breaks and dash lists, without interpreting it as HTML. */
export function MultilineText({ tekst, className }: { tekst: string; className?: string }) {
  return (
    <div className={className ? `samenspel-meertekst ${className}` : 'samenspel-meertekst'}>
      {textBlocks(tekst).map((b, i) =>
        b.soort === 'alinea' ? (
          <p key={i}>{b.tekst}</p>
        ) : (
          <ul key={i}>
            {b.punten.map((p, j) => (
              <li key={j}>{p}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
