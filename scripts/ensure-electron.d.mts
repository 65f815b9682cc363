// Types for the pure functions of ensure-electron.mjs (used by its unit test).
export type ElectronStatus = 'installed' | 'missing' | 'wrong-version';
export function platformExecutable(platform: string): string;
export function electronStatus(facts: {
  expectedVersion: string;
  distVersion: string | null;
  pathTxt: string | null;
  expectedExecutable: string;
  executableExists: boolean;
}): ElectronStatus;
export function installerEnvironment(
  env: Record<string, string | undefined>,
): Record<string, string | undefined>;
export function cachedZipPath(options: {
  version: string;
  platform: string;
  arch: string;
  env: Record<string, string | undefined>;
  homeDir: string;
}): { zip: string; path: string };
export function failureAdvice(options: {
  version: string;
  reason: string;
  cache: { zip: string; path: string };
}): string;
