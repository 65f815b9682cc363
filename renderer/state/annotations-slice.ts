/**
 * The open version's annotations in memory, mirrored from IndexedDB, and the reviewer's actions on them.
 * Every action is a `Change` (shared/annotations/history.ts): it is written to IndexedDB in one
 * transaction first and applied in memory only once committed, so what the reviewer sees has been
 * acknowledged by storage. Writes run one after another in the order requested. Undo/redo apply the
 * inverse change the same way (annotation-history-slice.ts keeps the stacks).
 */
import type { AnnotationFilter, SearchIndex } from '../../shared/annotations/filter';
import { applyChangeToRecords, type Change, type RecordSet } from '../../shared/annotations/history';
import {
  createAnnotation,
  createReply,
  customCategorySchema,
  updateAnnotationBody,
  type CustomCategory,
  type Annotation,
  type AnnotationBody,
  type Reply,
} from '../../shared/annotations/model';
import { createTarget } from '../../shared/annotations/selectors';
import { z } from 'zod';
import { AnnotationRepository } from '../db/annotation-repository';
import { classifyStorageError } from '../db/storage-errors';
import { initialFigureEvents, recordDecision } from './annotation-events';
import type { AppState, SliceCreator } from './store';
import { deriveAnnotationState, sameRecords } from './annotation-records-derived';

/** The annotation dialog: a new annotation on a range (created on save), or an existing one. */
export type AnnotationDialogState =
  | { mode: 'new'; kind: 'claim' | 'comment' | 'figure'; start: number; end: number }
  | { mode: 'edit'; id: string }
  | null;

/** The list of annotations under the pointer (hover) or under a click (pinned, interactive). */
export interface OverlapState {
  ids: readonly string[];
  x: number;
  y: number;
  pinned: boolean;
}

export interface AnnotationsSlice {
  /** The version whose annotations are loaded (null before the first load). */
  annotationVersionId: string | null;
  /** Annotations in text order. */
  annotationList: Annotation[];
  annotationRecords: RecordSet;
  /**
   * What the last change touched, when `annotationRecords.annotations` came from `base` by a known change
   * (the reviewer's own action): the ids whose records differ. Lets the text's decorations redraw those
   * without comparing all 5,000 records; null after a load or a foreign change.
   */
  annotationRecordsDelta: { base: ReadonlyMap<string, Annotation>; ids: readonly string[] } | null;
  /** Replies of each thread, oldest first. */
  repliesByAnnotation: ReadonlyMap<string, Reply[]>;
  annotationSearchIndex: SearchIndex;
  annotationFilter: AnnotationFilter;
  selectedAnnotationId: string | null;
  hoveredAnnotationIds: readonly string[];
  annotationDialog: AnnotationDialogState;
  annotationOverlap: OverlapState | null;
  /** Asks for the reviewer's name before the first annotation (the action to resume after). */
  namePromptPending: (() => void) | null;
  /** Id of the annotation waiting for the reviewer to confirm its deletion. */
  deletePendingId: string | null;
  requestDeleteAnnotation(id: string | null): void;
  /** Claim categories the reviewer added (kept in settings). */
  customCategories: CustomCategory[];
  /** Adds a category by its label (or returns the existing one with that label). */
  addCustomCategory(label: string): Promise<CustomCategory>;
  openAnnotationDialog(dialog: AnnotationDialogState): void;
  showAnnotationOverlap(overlap: OverlapState | null): void;
  /** Runs `action` now if the reviewer's name is known, else after they give it. */
  withReviewerName(action: () => void): void;
  /**
   * Resolves true once the reviewer's name is known (asking for it first if needed), false when they
   * cancel. Every change is signed: the annotation actions below and the figures slice await it.
   */
  requireReviewerName(): Promise<boolean>;
  resolveNamePrompt(name: string | null): Promise<void>;
  /** Loads a version's annotations (replacing what was loaded). */
  loadAnnotations(versionId: string): Promise<void>;
  /**
   * Follows the version's annotations and replies in the database (Dexie liveQuery), so a change made
   * by another window, another Tickmark or an import shows at once. Returns the unsubscribe function.
   */
  followAnnotationsInDb(versionId: string): () => void;
  /** Creates an annotation on plain-text offsets `start..end` of the open version; null if not saved. */
  addAnnotation(range: { start: number; end: number }, body: AnnotationBody): Promise<Annotation | null>;
  updateAnnotation(id: string, body: AnnotationBody): Promise<boolean>;
  deleteAnnotation(id: string): Promise<boolean>;
  addReply(annotationId: string, text: string): Promise<Reply | null>;
  editReply(replyId: string, text: string): Promise<boolean>;
  deleteReply(replyId: string): Promise<boolean>;
  /** Writes `change` and applies it in memory; `record` false for undo/redo themselves. */
  commitAnnotationChange(change: Change, record?: boolean): Promise<boolean>;
  /**
   * Applies a change already written (an import's merge) to the loaded records and records it as ONE
   * undo step; reloads the version instead when it is not the one loaded or the records disagree.
   */
  adoptAnnotationChange(versionId: string, change: Change): Promise<void>;
  setAnnotationFilter(filter: AnnotationFilter): void;
  selectAnnotation(id: string | null): void;
  hoverAnnotations(ids: readonly string[]): void;
}

/** Quiet time after the last write before the open version is read again (other windows' changes). */
const rereadDelayMs = 700;

/** Settings key of the reviewer's custom claim categories. */
export const customCategoriesKey = 'annotations.customCategories';

const emptyRecords: RecordSet = { annotations: new Map(), replies: new Map() };

export const createAnnotationsSlice: SliceCreator<AnnotationsSlice> = (services) => (set, get) => {
  const repository = new AnnotationRepository(services.db);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };
  const author = (): string => get().reviewerName;
  // Everyone waiting for the name: several changes asked at once (a bulk status) share one prompt.
  let nameWaiters: Array<(known: boolean) => void> = [];
  const signed = (): Promise<boolean> => get().requireReviewerName();

  return {
    annotationVersionId: null,
    annotationList: [],
    annotationRecords: emptyRecords,
    annotationRecordsDelta: null,
    repliesByAnnotation: new Map(),
    annotationSearchIndex: new Map(),
    annotationFilter: {},
    selectedAnnotationId: null,
    hoveredAnnotationIds: [],
    annotationDialog: null,
    annotationOverlap: null,
    namePromptPending: null,
    deletePendingId: null,
    customCategories: [],

    requestDeleteAnnotation(id) {
      set({ deletePendingId: id });
    },
    async addCustomCategory(label) {
      const trimmed = label.trim();
      const existing = get().customCategories.find((c) => c.label.toLowerCase() === trimmed.toLowerCase());
      if (existing) return existing;
      const slug = trimmed.toLowerCase().replace(/\s+/g, '-');
      const category = customCategorySchema.parse({ id: `custom:${slug}`, label: trimmed });
      const customCategories = [...get().customCategories, category];
      set({ customCategories });
      await services.settings.set(customCategoriesKey, customCategories);
      return category;
    },

    openAnnotationDialog(dialog) {
      set({ annotationDialog: dialog, annotationOverlap: null });
    },
    showAnnotationOverlap(overlap) {
      set({ annotationOverlap: overlap });
    },
    withReviewerName(action) {
      if (get().reviewerName.trim()) action();
      else
        void get()
          .requireReviewerName()
          .then((known) => known && action());
    },
    requireReviewerName() {
      if (get().reviewerName.trim()) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        nameWaiters.push(resolve);
        if (!get().namePromptPending) set({ namePromptPending: () => undefined });
      });
    },
    async resolveNamePrompt(name) {
      const waiters = nameWaiters;
      nameWaiters = [];
      set({ namePromptPending: null });
      if (name === null || !name.trim()) {
        for (const resolve of waiters) resolve(false);
        return;
      }
      await get().setReviewerName(name);
      for (const resolve of waiters) resolve(true);
    },

    loadAnnotations(versionId) {
      return serial(async () => {
        const [loaded, customCategories] = await Promise.all([
          repository.loadVersion(versionId),
          services.settings.get(customCategoriesKey, z.array(customCategorySchema), []),
        ]);
        const records: RecordSet = {
          annotations: new Map(loaded.annotations.map((a) => [a.id, a])),
          replies: new Map(loaded.replies.map((r) => [r.id, r])),
        };
        set({
          annotationVersionId: versionId,
          customCategories,
          deletePendingId: null,
          annotationDialog: null,
          annotationOverlap: null,
          selectedAnnotationId: null,
          hoveredAnnotationIds: [],
          annotationHistory: { undo: [], redo: [] },
          ...deriveAnnotationState(records, null),
        });
      });
    },

    followAnnotationsInDb(versionId) {
      // Our own commits are applied in memory as they are acknowledged; the database is read again only
      // once writes (ours or another window's) pause for `rereadDelayMs`: re-reading and cloning 5,000
      // annotations after every status letter cost more than the key press itself (50-75 ms), so a burst
      // of decisions shares one read, made while the reviewer looks at the result.
      let timer: ReturnType<typeof setTimeout> | null = null;
      const reread = () =>
        void serial(async () => {
          timer = null;
          if (get().annotationVersionId !== versionId) return;
          const loaded = await repository.loadVersion(versionId, true);
          const state = get();
          if (state.annotationVersionId !== versionId) return;
          // Records unchanged since memory last had them keep their identity: a foreign change then
          // redraws only what changed (the text's decorations compare records by identity; a fresh copy
          // of all 5,000 would redraw them all).
          const keep = <T extends { id: string; updatedAt: string }>(
            row: T,
            mine: ReadonlyMap<string, T>,
          ): [string, T] => {
            const known = mine.get(row.id);
            return [row.id, known && known.updatedAt === row.updatedAt ? known : row];
          };
          const records: RecordSet = {
            annotations: new Map(loaded.annotations.map((a) => keep(a, state.annotationRecords.annotations))),
            replies: new Map(loaded.replies.map((r) => keep(r, state.annotationRecords.replies))),
          };
          // Our own commits come back here too, already applied: only foreign changes re-derive.
          if (sameRecords(records, state.annotationRecords)) return;
          const selected = state.selectedAnnotationId;
          set({
            ...deriveAnnotationState(records, state),
            ...(selected && !records.annotations.has(selected) ? { selectedAnnotationId: null } : {}),
          });
        }).catch(() => undefined); // a failed read changes nothing on screen; the next write retries it
      const subscription = repository.observeVersionWrites(versionId).subscribe({
        // The first emission too: a write may land between loading the version and subscribing.
        next: () => {
          if (timer) clearTimeout(timer);
          timer = setTimeout(reread, rereadDelayMs);
        },
        // A failed live read changes nothing on screen; the next committed change retries it.
        error: () => undefined,
      });
      return () => {
        if (timer) clearTimeout(timer);
        subscription.unsubscribe();
      };
    },

    commitAnnotationChange(change, record = true) {
      return serial(async () => {
        try {
          await repository.applyChange(change);
        } catch (error) {
          get().reportError({ code: classifyStorageError(error) });
          return false;
        }
        const state = get();
        set({
          ...deriveAnnotationState(applyChangeToRecords(state.annotationRecords, change), state, change),
        });
        if (record) get().recordAnnotationChange(change);
        return true;
      });
    },

    async adoptAnnotationChange(versionId, change) {
      const empty = change.type === 'batch' && change.changes.length === 0;
      const applied = await serial(async () => {
        const state = get();
        if (state.annotationVersionId !== versionId) return false;
        if (empty) return true;
        try {
          set({
            ...deriveAnnotationState(applyChangeToRecords(state.annotationRecords, change), state, change),
          });
        } catch {
          return false; // another window changed the same rows meanwhile: reload below
        }
        get().recordAnnotationChange(change);
        return true;
      });
      if (applied) return;
      await get().loadAnnotations(versionId);
      if (!empty && get().annotationVersionId === versionId) get().recordAnnotationChange(change);
    },

    async addAnnotation(range, body) {
      if (!(await signed())) return null;
      const version = get().current?.version;
      if (!version || version.id !== get().annotationVersionId) return null;
      const now = services.now();
      const created = createAnnotation(
        {
          documentId: version.documentId,
          versionId: version.id,
          target: createTarget(version.text, range.start, range.end),
          body,
          author: author(),
        },
        { now },
      );
      const events = initialFigureEvents(created, author(), now.toISOString());
      const annotation = events.length > 0 ? { ...created, meta: { ...created.meta, events } } : created;
      const saved = await get().commitAnnotationChange({ type: 'create', annotation, replies: [] });
      return saved ? annotation : null;
    },

    async updateAnnotation(id, body) {
      if (!(await signed())) return false;
      const before = get().annotationRecords.annotations.get(id);
      if (!before) return false;
      const now = services.now();
      const updated = updateAnnotationBody(before, body, { now });
      const after = recordDecision(before, updated, author(), now.toISOString());
      return get().commitAnnotationChange({ type: 'update', before, after });
    },

    async deleteAnnotation(id) {
      if (!(await signed())) return false;
      const annotation = get().annotationRecords.annotations.get(id);
      if (!annotation) return false;
      const replies = get().repliesByAnnotation.get(id) ?? [];
      const done = await get().commitAnnotationChange({ type: 'delete', annotation, replies });
      if (done && get().selectedAnnotationId === id) set({ selectedAnnotationId: null });
      return done;
    },

    async addReply(annotationId, text) {
      if (!(await signed())) return null;
      if (!get().annotationRecords.annotations.has(annotationId) || !text.trim()) return null;
      const reply = createReply({ annotationId, author: author(), text }, { now: services.now() });
      return (await get().commitAnnotationChange({ type: 'create-reply', reply })) ? reply : null;
    },

    async editReply(replyId, text) {
      if (!(await signed())) return false;
      const before = get().annotationRecords.replies.get(replyId);
      if (!before || !text.trim()) return false;
      const after: Reply = { ...before, text: text.trim(), updatedAt: services.now().toISOString() };
      return get().commitAnnotationChange({ type: 'update-reply', before, after });
    },

    async deleteReply(replyId) {
      if (!(await signed())) return false;
      const reply = get().annotationRecords.replies.get(replyId);
      if (!reply) return false;
      return get().commitAnnotationChange({ type: 'delete-reply', reply });
    },

    setAnnotationFilter(filter) {
      set({ annotationFilter: filter });
    },
    selectAnnotation(id) {
      set({ selectedAnnotationId: id });
    },
    hoverAnnotations(ids) {
      const current = get().hoveredAnnotationIds;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ hoveredAnnotationIds: ids });
    },
  };
};

/** Selector: the annotation with `id`, if loaded. */
export const selectAnnotationById =
  (id: string | null) =>
  (state: AppState): Annotation | undefined =>
    id ? state.annotationRecords.annotations.get(id) : undefined;
