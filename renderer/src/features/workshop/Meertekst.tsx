import { blokken } from './tekstblokken';

/** Text as typed, with its line breaks and dash lists, without interpreting it as HTML. */
export function Meertekst({ tekst, className }: { tekst: string; className?: string }) {
  return (
    <div className={className ? `samenspel-meertekst ${className}` : 'samenspel-meertekst'}>
      {blokken(tekst).map((b, i) =>
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
