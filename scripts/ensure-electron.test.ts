import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cachedZipPath,
  electronStatus,
  failureAdvice,
  installerEnvironment,
  platformExecutable,
} from './ensure-electron.mjs';

const installed = {
  expectedVersion: '45.4.1',
  distVersion: 'v45.4.1',
  pathTxt: 'electron',
  expectedExecutable: 'electron',
  executableExists: true,
};

describe('electronStatus', () => {
  it('is installed only when version, path.txt and executable all agree', () => {
    expect(electronStatus(installed)).toBe('installed');
    expect(electronStatus({ ...installed, distVersion: '45.4.1\n' })).toBe('installed');
  });

  it('reports a missing binary (the state after npm install with the download skipped)', () => {
    expect(electronStatus({ ...installed, distVersion: null, pathTxt: null, executableExists: false })).toBe(
      'missing',
    );
    expect(electronStatus({ ...installed, executableExists: false })).toBe('missing');
    expect(electronStatus({ ...installed, pathTxt: 'Electron.app/Contents/MacOS/Electron' })).toBe('missing');
  });

  it('reports a binary of another version', () => {
    expect(electronStatus({ ...installed, distVersion: 'v44.0.0' })).toBe('wrong-version');
  });
});

describe('installer environment and advice', () => {
  it('removes the skip flags npm install used, and keeps everything else', () => {
    const env = installerEnvironment({
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      npm_config_electron_skip_binary_download: 'true',
      ELECTRON_MIRROR: 'https://mirror.example/electron/',
      PATH: '/usr/bin',
    });
    expect(env).toEqual({ ELECTRON_MIRROR: 'https://mirror.example/electron/', PATH: '/usr/bin' });
  });

  it('names the executable per platform', () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });

  it('computes the cache path @electron/get reads, honouring the mirror and the cache root', () => {
    const hash = createHash('sha256')
      .update('https://github.com/electron/electron/releases/download/v45.4.1')
      .digest('hex');
    expect(
      cachedZipPath({ version: '45.4.1', platform: 'linux', arch: 'x64', env: {}, homeDir: '/home/r' }),
    ).toEqual({
      zip: 'electron-v45.4.1-linux-x64.zip',
      path: path.join('/home/r/.cache/electron', hash, 'electron-v45.4.1-linux-x64.zip'),
    });
    const mirrored = cachedZipPath({
      version: '45.4.1',
      platform: 'linux',
      arch: 'arm64',
      env: { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron', electron_config_cache: '/cache' },
      homeDir: '/home/r',
    });
    const mirrorHash = createHash('sha256')
      .update('https://npmmirror.com/mirrors/electron/v45.4.1')
      .digest('hex');
    expect(mirrored.path).toBe(path.join('/cache', mirrorHash, 'electron-v45.4.1-linux-arm64.zip'));
  });

  it('says what happened and every way out, and that tests need no Electron', () => {
    const advice = failureAdvice({
      version: '45.4.1',
      reason: 'getaddrinfo ENOTFOUND github.com',
      cache: { zip: 'electron-v45.4.1-linux-x64.zip', path: '/c/h/electron-v45.4.1-linux-x64.zip' },
    });
    expect(advice).toContain('Electron 45.4.1 binary is not installed');
    expect(advice).toContain('getaddrinfo ENOTFOUND github.com');
    expect(advice).toContain('Connect to the internet once');
    expect(advice).toContain('ELECTRON_MIRROR=');
    expect(advice).toContain('/c/h/electron-v45.4.1-linux-x64.zip');
    expect(advice).toContain('`npm test` does not need Electron');
  });
});
