/** Text as typed, with its line breaks, without interpreting it as HTML. */
export function Meertekst({ tekst, className }: { tekst: string; className?: string }) {
  const alineas = tekst.split(/\n{2,}/).filter((a) => a.trim() !== '');
  return (
    <div className={className ? `samenspel-meertekst ${className}` : 'samenspel-meertekst'}>
      {alineas.map((a, i) => (
        <p key={i}>{a}</p>
      ))}
    </div>
  );
}
