/** Export and import of the review (Web Annotations, figure ledger): an app-level dialog for outcomes. */
import type { RendererFeature } from '../extensions';
import { ReviewIoDialog } from './ReviewIoDialog';

export const reviewIoFeature: RendererFeature = { id: 'review-io', AppOverlay: ReviewIoDialog };
