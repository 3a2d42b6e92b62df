import type { Handler } from '../types';

export const appInfo: Handler<'app.info'> = (_input, { services, transport }) => ({
  appVersion: services.appVersion,
  schemaVersion: services.schemaVersion,
  transport,
});
