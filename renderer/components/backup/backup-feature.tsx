/** Backup and restore of the whole review: an app-level dialog for outcomes. */
import type { RendererFeature } from '../extensions';
import { BackupDialog } from './BackupDialog';

export const backupFeature: RendererFeature = { id: 'backup', AppOverlay: BackupDialog };
