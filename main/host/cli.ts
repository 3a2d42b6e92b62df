import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatch';
import { handlers } from '../api/handlers';
import { hostMessages } from '../../shared/api/messages';
import { appVersion } from '../app-version';
import { openServices } from '../services';
import { defaultDataDir } from './data-dir';
import { startHost } from './server';

const usage = hostMessages.usage(defaultDataDir());

async function main(): Promise<void> {
  let values: { port?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = values.port === undefined ? 5180 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${hostMessages.invalidPort(values.port)}\n${usage}`);
    process.exit(2);
  }
  const dataDir = resolve(values.data ?? defaultDataDir());
  let services;
  try {
    services = openServices(dataDir, appVersion);
  } catch (error) {
    console.error(hostMessages.cannotOpen(dataDir, (error as Error).message));
    process.exit(1);
  }
  const dispatch = createDispatcher(handlers, services);
  const host = await startHost({ dispatch, port, rendererDir: resolve(import.meta.dirname, '../../out/renderer') });
  console.log(hostMessages.running(host.url));
  console.log(hostMessages.dataFolder(dataDir));
  // The browser shows the same text as a banner (app.info.readOnlyMessage); say it here too.
  if (services.readOnly) console.warn(services.readOnlyMessage);
  const stop = () => {
    void host.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
