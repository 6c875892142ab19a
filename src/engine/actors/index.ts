// Named-actor recognition: finds person, organization and place mentions in a document and
// links them across documents into actors.
import type { Actor, Mention, ParsedDocument, Token } from '../types';
import { recognizeDocument } from './recognize';
import { linkMentions } from './alias-linker';

export { tokenize } from './tokens';

/** Finds the named-actor mentions of one document (offsets into doc.text). */
export function recognizeMentions(doc: ParsedDocument, tokens?: Token[]): Mention[] {
  return recognizeDocument(doc, tokens);
}

/** Links mentions of several documents into actors, setting each mention's actor id. */
export function linkActors(mentions: Mention[][]): Actor[] {
  return linkMentions(mentions);
}
