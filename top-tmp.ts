import { voorbeeldCasussen, recommendInstruments, catalogue, describeWarning } from './shared/participatie/index';
for (const [id, c] of Object.entries(voorbeeldCasussen)) {
  const r = recommendInstruments(c.answers, catalogue);
  console.log('##', id);
  for (const p of r.phases) console.log(' ', p.phase, '| top:', p.ranking.slice(0, 5).map(x => `${x.instrumentId}(${x.score})`).join(' '), '| mix:', p.mix.items.map(i => i.instrumentId + ':' + i.why).join(' '), '| uncovered:', JSON.stringify(p.mix.uncovered));
  for (const w of r.warnings) console.log('   !', w.phase, w.id, describeWarning(w));
}
