/**
 * Reviewer settings kept in the `settings` table: UI language (or "follow the system"), zoom and the
 * reviewer's name. Each setter writes through immediately; the slice is the in-memory copy.
 */
import { z } from 'zod';
import { resolveUiLanguage, uiLanguages, type UiLanguage } from '../i18n/resolve-locale';
import type { AppState, SliceCreator } from './store';

/** Zoom steps in percent, as browsers offer them. */
export const zoomSteps = [60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250] as const;
export const defaultZoom = 100;

export const settingKeys = { language: 'language', zoom: 'zoom', reviewerName: 'reviewerName' } as const;

const languageSetting = z.enum(uiLanguages).nullable();
const zoomSetting = z
  .number()
  .int()
  .min(zoomSteps[0])
  .max(zoomSteps[zoomSteps.length - 1]!);
const reviewerNameSetting = z.string().max(200);

export interface SettingsSlice {
  /** The language chosen in Settings; null follows the system. */
  languagePreference: UiLanguage | null;
  /** The system's locale as main reports it (`zh-TW`, `en-US`, …). */
  systemLocale: string;
  zoom: number;
  reviewerName: string;
  settingsLoaded: boolean;
  /** Reads the stored settings (call once at start). */
  loadSettings(systemLocale: string): Promise<void>;
  setLanguagePreference(language: UiLanguage | null): Promise<void>;
  setZoom(percent: number): Promise<void>;
  /** Next zoom step up (+1) or down (−1); 0 resets. */
  stepZoom(direction: -1 | 0 | 1): Promise<void>;
  setReviewerName(name: string): Promise<void>;
}

/** The next zoom step from `current` in `direction` (0 resets to 100 %). */
export function nextZoom(current: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return defaultZoom;
  if (direction > 0) return zoomSteps.find((step) => step > current) ?? zoomSteps[zoomSteps.length - 1]!;
  return [...zoomSteps].reverse().find((step) => step < current) ?? zoomSteps[0];
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (services) => (set, get) => ({
  languagePreference: null,
  systemLocale: 'en',
  zoom: defaultZoom,
  reviewerName: '',
  settingsLoaded: false,
  async loadSettings(systemLocale) {
    const [languagePreference, zoom, reviewerName] = await Promise.all([
      services.settings.get(settingKeys.language, languageSetting, null),
      services.settings.get(settingKeys.zoom, zoomSetting, defaultZoom),
      services.settings.get(settingKeys.reviewerName, reviewerNameSetting, ''),
    ]);
    set({ languagePreference, zoom, reviewerName, systemLocale, settingsLoaded: true });
  },
  async setLanguagePreference(language) {
    set({ languagePreference: language });
    await services.settings.set(settingKeys.language, language);
  },
  async setZoom(percent) {
    const zoom = zoomSetting.parse(Math.round(percent));
    set({ zoom });
    await services.settings.set(settingKeys.zoom, zoom);
  },
  async stepZoom(direction) {
    await get().setZoom(nextZoom(get().zoom, direction));
  },
  async setReviewerName(name) {
    const reviewerName = reviewerNameSetting.parse(name.trim());
    set({ reviewerName });
    await services.settings.set(settingKeys.reviewerName, reviewerName);
  },
});

/** Selector: the UI language in effect (the preference, else the system's). */
export const selectUiLanguage = (state: AppState): UiLanguage =>
  state.languagePreference ?? resolveUiLanguage(state.systemLocale);
