/** Annotations in shared/: the model, selectors, W3C mapping, sentences, filtering and undo history. */
export * from './model';
export * from './selectors';
export * from './w3c';
export * from './sentence';
export * from './filter';
export * from './history';
export * from './navigate';
