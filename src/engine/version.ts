import { GENERATOR } from './report/build';
import { MODEL_VERSION } from './actors/model';

/**
 * Identifies the analysis a document gets: cached analyses from another version are not reused.
 * The last part counts changes to what a cached analysis holds (2: mentions as recognized, before linking; 3: the document's dates;
 * 4: speeds among the figures; 5: who was aboard and what a vehicle may carry, places in datelines, speakers
 * described after their names, outlets in "By X staff in Y" bylines).
 */
export const ANALYSIS_VERSION = `${GENERATOR}/model-${MODEL_VERSION}/5`;
