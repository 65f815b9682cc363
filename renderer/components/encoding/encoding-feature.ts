/** Reopen with encoding…: the notice over a text draft read with a close call, and its dialog. */
import type { RendererFeature } from '../extensions';
import { EncodingNotice } from './EncodingNotice';
import { ReopenEncodingDialog } from './ReopenEncodingDialog';

export const encodingFeature: RendererFeature = {
  id: 'encoding',
  DocumentOverlay: EncodingNotice,
  AppOverlay: ReopenEncodingDialog,
};
