/**
 * i18next setup. Resources are every `locales/<language>/<namespace>.json` file, found at build time by
 * Vite's `import.meta.glob`, so a feature adds its namespace by adding its three JSON files: no edit here.
 * `common` (the foundation's strings) is the default namespace; features use `t('annotations:…')` or
 * `useTranslation('annotations')`.
 */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { uiLanguages, type UiLanguage } from './resolve-locale';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

/** All translation resources, keyed by language then namespace. */
export function loadResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

/** Namespaces present in the English resources (the reference language). */
export function namespaces(resources: Resource = loadResources()): string[] {
  return Object.keys(resources.en ?? {});
}

/** Creates and initialises an i18next instance for `language` (a fresh one, so tests do not share). */
export async function createI18n(language: UiLanguage): Promise<I18n> {
  const resources = loadResources();
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...uiLanguages],
    ns: namespaces(resources),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
