// The human-corrections layer: the annotations file, anchoring, applying corrections to a
// corpus view, and W3C Web Annotation import/export.
export * from './model';
export { anchorSpan, anchorTarget, reanchor, locate, CONTEXT_LENGTH, type Anchored, type Location } from './anchor';
export * from './apply';
export * from './w3c';
export { refreshAnchors } from './refresh';
