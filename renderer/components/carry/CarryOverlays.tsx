/** The carry feature's overlays over the document: the carry-over report and the changes view. */
import { CarryReportDialog } from './CarryReportDialog';
import { ChangesView } from './ChangesView';

export function CarryOverlays() {
  return (
    <>
      <CarryReportDialog />
      <ChangesView />
    </>
  );
}
