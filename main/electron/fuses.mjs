/**
 * electron-builder `afterPack` hook (electron-builder.yml): flips Electron's fuses in the packed
 * binary before it is signed, so a packaged Samenspel cannot be turned into a general Node
 * runtime or be made to run code from outside its own app.asar. Runs at pack time in Node, never
 * inside the app; the packed result is read back and packing fails if a fuse did not take.
 */
import { join } from 'node:path';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/** The fuse wire of every packaged build (issue 15, item 8). */
export const fuses = Object.freeze({
  /** ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node. */
  RunAsNode: false,
  /** NODE_OPTIONS (e.g. --require) would inject code at start. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect and friends would open a debugger into the main process. */
  EnableNodeCliInspectArguments: false,
  /** Cookies and other session data encrypted at rest with the OS key store. */
  EnableCookieEncryption: true,
  /** app.asar checked against the hash embedded at pack time (macOS and Windows). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Code is loaded from app.asar only, never from a loose app folder placed next to it. */
  OnlyLoadAppFromAsar: true,
  /** The renderer comes from app://samenspel; file: pages get no extra privileges. */
  GrantFileProtocolExtraPrivileges: false,
});

/** The @electron/fuses configuration for one platform. */
export function fuseConfig(platform) {
  const config = {
    version: FuseVersion.V1,
    // Flipping a fuse breaks the ad-hoc signature of an arm64 macOS binary; real signing comes after this hook.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
  };
  for (const [name, value] of Object.entries(fuses)) config[FuseV1Options[name]] = value;
  return config;
}

/** Where electron-builder put the Electron executable (the same rule as its own fuse step). */
export function electronBinaryPath(context) {
  const platform = context.electronPlatformName;
  const extension = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' }[platform];
  if (extension === undefined) throw new Error(`No Electron binary known for platform ${platform}`);
  const name = platform === 'linux' ? context.packager.executableName : context.packager.appInfo.productFilename;
  return join(context.appOutDir, `${name}${extension}`);
}

/** Throws unless every fuse in the binary now has the state asked for. */
export async function verifyFuses(binary) {
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(fuses)
    .filter(([name, value]) => wire[FuseV1Options[name]] !== (value ? FuseState.ENABLE : FuseState.DISABLE))
    .map(([name]) => name);
  if (wrong.length > 0) throw new Error(`Fuses not set in ${binary}: ${wrong.join(', ')}`);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName));
  await verifyFuses(binary);
}
