/**
 * The draggable edge between the document and the side pane (a `separator` in ARIA terms, so it is also
 * reachable by Tab and moved with ←/→, Shift for bigger steps, Home/End to the limits). The width follows
 * the pointer in memory and is stored once the drag ends; a double-click restores the default.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';
import { clampSidePaneWidth, sidePaneWidthLimits } from '../state/workspace-slice';

export function SidePaneResizer() {
  const { t } = useTranslation('workspace');
  const { width, setWidth, commit } = useAppStore(
    useShallow((state) => ({
      width: state.sidePaneWidth,
      setWidth: state.setSidePaneWidth,
      commit: state.commitSidePaneWidth,
    })),
  );
  const drag = useRef<{ x: number; width: number } | null>(null);
  const resize = (next: number): void => setWidth(clampSidePaneWidth(next, window.innerWidth));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    // The pane is on the right: dragging its left edge leftwards widens it.
    resize(drag.current.width + drag.current.x - event.clientX);
  };
  const onPointerUp = (): void => {
    if (!drag.current) return;
    drag.current = null;
    void commit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? 64 : 16;
    const next =
      event.key === 'ArrowLeft'
        ? width + step
        : event.key === 'ArrowRight'
          ? width - step
          : event.key === 'Home'
            ? sidePaneWidthLimits.max
            : event.key === 'End'
              ? sidePaneWidthLimits.min
              : null;
    if (next === null) return;
    event.preventDefault();
    resize(next);
    void commit();
  };

  return (
    <div
      className="tm-side-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('pane.resize')}
      aria-valuenow={width}
      aria-valuemin={sidePaneWidthLimits.min}
      aria-valuemax={sidePaneWidthLimits.max}
      tabIndex={0}
      title={t('pane.resizeTitle')}
      data-testid="side-panel-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => {
        resize(sidePaneWidthLimits.default);
        void commit();
      }}
    />
  );
}
