/** Page labels of PDF drafts: a small tag where each printed page begins (page-marks.ts). */
import { createPageMarksPlugin } from '../../editor/plugins/page-marks';
import { getI18n } from 'react-i18next';
import type { RendererFeature } from '../extensions';
import './page-labels.css';

export const pageLabelsFeature: RendererFeature = {
  id: 'page-labels',
  editorPlugins: ({ version, textMap }) =>
    version.pageLabels && version.pageLabels.length > 0
      ? [
          createPageMarksPlugin({
            textMap,
            labels: version.pageLabels,
            // The instance react-i18next was initialised with (main.tsx); the marks are plain DOM.
            format: (label) => {
              const i18n = getI18n();
              return {
                text: i18n ? i18n.t('importing:pageMark', { label: label.label }) : `p. ${label.label}`,
                title: i18n
                  ? i18n.t('importing:pageMarkTitle', { label: label.label, page: label.page })
                  : '',
              };
            },
          }),
        ]
      : [],
};
