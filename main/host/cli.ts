import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../api/dispatch';
import { handlers } from '../api/handlers';
import { appVersion } from '../app-version';
import { openServices } from '../services';
import { defaultDataDir } from './data-dir';
import { startHost } from './server';

const usage = `Gebruik: npm run web -- [--port <poort>] [--data <map>]
  --port   poort op 127.0.0.1 (standaard 5180; 0 kiest een vrije poort)
  --data   map voor je gegevens (standaard ${defaultDataDir()})`;

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
    console.error(`Ongeldige poort: ${values.port}\n${usage}`);
    process.exit(2);
  }
  const dataDir = resolve(values.data ?? defaultDataDir());
  let services;
  try {
    services = openServices(dataDir, appVersion);
  } catch (error) {
    console.error(`Samenspel kan de gegevens in ${dataDir} niet openen: ${(error as Error).message}`);
    process.exit(1);
  }
  const dispatch = createDispatcher(handlers, services);
  const host = await startHost({ dispatch, port, rendererDir: resolve(import.meta.dirname, '../../out/renderer') });
  console.log(`Samenspel draait op ${host.url}`);
  console.log(`Gegevens: ${dataDir}`);
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
