import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../db/app-db';
import { createTestBridge } from '../test-support/drafts';
import { createAppServices } from './services';
import { createAppStore } from './store';
import { clampSidePaneWidth, sidePaneWidthLimits, workspaceSettingKeys } from './workspace-slice';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('workspace slice', () => {
  it('keeps the side pane width (after the drag) and collapsed state across a relaunch', async () => {
    const db = new AppDb(`tickmark-workspace-${crypto.randomUUID()}`);
    dbs.push(db);
    const store = createAppStore(createAppServices(createTestBridge(), db));
    await store.getState().loadWorkspaceSettings();
    expect(store.getState().sidePaneWidth).toBe(sidePaneWidthLimits.default);
    store.getState().setSidePaneWidth(512.4);
    expect(await db.settings.get(workspaceSettingKeys.sidePaneWidth)).toBeUndefined(); // not while dragging
    await store.getState().commitSidePaneWidth();
    await store.getState().setSidePaneCollapsed(true);

    const reopened = createAppStore(createAppServices(createTestBridge(), db));
    await reopened.getState().loadWorkspaceSettings();
    expect(reopened.getState()).toMatchObject({ sidePaneWidth: 512, sidePaneCollapsed: true });
  });

  it('falls back to the default for a stored width out of range', async () => {
    const db = new AppDb(`tickmark-workspace-${crypto.randomUUID()}`);
    dbs.push(db);
    await db.settings.put({ key: workspaceSettingKeys.sidePaneWidth, value: 12 });
    const store = createAppStore(createAppServices(createTestBridge(), db));
    await store.getState().loadWorkspaceSettings();
    expect(store.getState().sidePaneWidth).toBe(sidePaneWidthLimits.default);
  });

  it('clamps to the limits and leaves the document readable in a small window', () => {
    expect(clampSidePaneWidth(10)).toBe(sidePaneWidthLimits.min);
    expect(clampSidePaneWidth(5000)).toBe(sidePaneWidthLimits.max);
    expect(clampSidePaneWidth(700, 1024)).toBe(604);
    expect(clampSidePaneWidth(700, 500)).toBe(sidePaneWidthLimits.min);
  });
});
