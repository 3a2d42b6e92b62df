// Compile-time checks, run by `tsc -b` (not by vitest): the translation keys are typed from the
// nl.json files (renderer/src/i18n/index.ts), so a key that does not exist is a type error.
import type { TFunction } from 'i18next';
import '../../renderer/src/i18n';

function _keys(t: TFunction) {
  t('flow.save.saved');
  t('app.nav.trajecten');
  // @ts-expect-error — a key that is in no nl.json
  t('flow.save.doesNotExist');
  // @ts-expect-error — a feature's key without its feature prefix
  t('save.saved');
}
