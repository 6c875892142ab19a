import { GENERATOR } from './report/build';
import { MODEL_VERSION } from './actors/model';

/** Identifies the analysis a document gets: cached analyses from another version are not reused. */
export const ANALYSIS_VERSION = `${GENERATOR}/model-${MODEL_VERSION}`;
