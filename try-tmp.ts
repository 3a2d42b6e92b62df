import { highsSolver } from './main/loting/highs';
import { leximin } from './shared/loting/leximin';
import { bouwInstance } from './shared/loting/instance';
import { maakProefpool } from './shared/loting/proefpool';
const solver = await highsSolver();
for (const [n, k] of [[200, 20], [2000, 100], [10000, 100]] as const) {
  const { pool, quota } = maakProefpool(n, k, 42);
  const inst = bouwInstance(pool, { panelgrootte: k, quota, huishoudensUitsluiten: false });
  const t0 = performance.now();
  let last = performance.now();
  const r = await leximin(inst, { solver, onVoortgang: (v) => { if (performance.now() - last > 2000) { last = performance.now(); console.log(JSON.stringify(v), ((performance.now()-t0)/1000).toFixed(1)); } } });
  const t = (performance.now() - t0) / 1000;
  if (r.ok) console.log(n, 'types', inst.types.length, 'time', t.toFixed(2), 'min', Math.min(...r.typeKans), r.methode, 'rondes', r.rondes, 'panels', r.verdeling.panels.length);
  else console.log(r);
}
