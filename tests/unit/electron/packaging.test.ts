import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The packaging configuration (issue 15, item 8), read the way electron-builder reads it, and the
 * afterPack hook that sets Electron's fuses, run on a stand-in binary (the real Electron binary
 * cannot be downloaded here): a file with Electron's fuse sentinel and a wire in the shipped state.
 */
const root = resolve(import.meta.dirname, '../../..');

interface AfterPackContext {
  electronPlatformName: string;
  appOutDir: string;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
interface FusesModule {
  fuses: Record<string, boolean>;
  fuseConfig(platform: string): Record<string, unknown>;
  electronBinaryPath(context: AfterPackContext): string;
  default(context: AfterPackContext): Promise<void>;
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's wire as shipped: RunAsNode, NODE_OPTIONS, inspect and file privileges on; the rest off. */
const SHIPPED_WIRE = '101100011';

/** A file that looks like an Electron binary to @electron/fuses: padding, sentinel, version 1, wire. */
function standInBinary(wire = SHIPPED_WIRE): Buffer {
  return Buffer.concat([
    Buffer.alloc(4096, 0x90),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.alloc(4096, 0x90),
  ]);
}

async function loadConfig() {
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const loadFuses = async () => (await import(pathToFileURL(join(root, 'main/electron/fuses.mjs')).href)) as FusesModule;

describe('the electron-builder configuration', () => {
  it('is in the repository, valid, and packs Samenspel in an asar', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('nl.samenspel.app');
    expect(config.productName).toBe('Samenspel');
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    // Only the build output and the manifest; no sources, no maps.
    expect(JSON.stringify(config.files)).toContain('out/**/*');
    expect(JSON.stringify(config.files)).toContain('!**/*.map');
    expect(JSON.stringify(config.files)).not.toMatch(/"(main|renderer|shared|tests)\//);
  });

  it('builds NSIS and MSI for Windows, a dmg for macOS and an AppImage for Linux', async () => {
    const config = await loadConfig();
    expect(config.win?.target).toEqual(['nsis', 'msi']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage']);
    // The MSI is for municipal IT: installed per machine.
    expect(config.msi?.perMachine).toBe(true);
  });

  it('sets the fuses in an afterPack hook that exists', async () => {
    const config = await loadConfig();
    expect(config.afterPack).toBe('./main/electron/fuses.mjs');
    // Not electron-builder's own fuse step: one place decides, the hook.
    expect(config.electronFuses).toBeUndefined();
    await expect(readFile(join(root, 'main/electron/fuses.mjs'), 'utf8')).resolves.toContain('flipFuses');
  });

  it('has a dist script and the packaging tools as dev dependencies', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder --config electron-builder.yml');
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
    expect(pkg.devDependencies).toHaveProperty('@electron/fuses');
    expect(pkg.dependencies).not.toHaveProperty('electron-builder');
  });
});

describe('the fuses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samenspel-fuses-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are exactly what the issue asks (and file: gets no extra privileges)', async () => {
    const { fuses, fuseConfig } = await loadFuses();
    expect(fuses).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    const config = fuseConfig('win32');
    expect(config).toMatchObject({
      version: '1',
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    expect(fuseConfig('darwin')['resetAdHocDarwinSignature']).toBe(true);
  });

  it('finds the packed binary per platform', async () => {
    const { electronBinaryPath } = await loadFuses();
    const packager = { executableName: 'samenspel', appInfo: { productFilename: 'Samenspel' } };
    const at = (electronPlatformName: string) =>
      electronBinaryPath({ electronPlatformName, appOutDir: '/uit', packager });
    expect(at('linux')).toBe(join('/uit', 'samenspel'));
    expect(at('win32')).toBe(join('/uit', 'Samenspel.exe'));
    expect(at('darwin')).toBe(join('/uit', 'Samenspel.app'));
    expect(() => at('beos')).toThrow();
  });

  it('are flipped in the packed binary by the afterPack hook', async () => {
    const { default: afterPack } = await loadFuses();
    for (const [platform, name] of [
      ['linux', 'samenspel'],
      ['win32', 'Samenspel.exe'],
    ] as const) {
      const appOutDir = join(dir, platform);
      await mkdir(appOutDir, { recursive: true });
      const binary = join(appOutDir, name);
      await writeFile(binary, standInBinary());
      await afterPack({
        electronPlatformName: platform,
        appOutDir,
        packager: { executableName: 'samenspel', appInfo: { productFilename: 'Samenspel' } },
      });
      const wire = await getCurrentFuseWire(binary);
      expect(wire[FuseV1Options.RunAsNode], platform).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
      // Fuses the app does not decide keep Electron's state.
      expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
    }
  });

  it('make packing fail when a binary lacks one of the fuses', async () => {
    const { default: afterPack } = await loadFuses();
    const appOutDir = join(dir, 'oud');
    await mkdir(appOutDir, { recursive: true });
    // An old Electron with only the first four fuses: asar integrity and OnlyLoadAppFromAsar cannot be set.
    await writeFile(join(appOutDir, 'samenspel'), standInBinary('1011'));
    await expect(
      afterPack({
        electronPlatformName: 'linux',
        appOutDir,
        packager: { executableName: 'samenspel', appInfo: { productFilename: 'Samenspel' } },
      }),
    ).rejects.toThrow(/EnableEmbeddedAsarIntegrityValidation/);
  });
});
