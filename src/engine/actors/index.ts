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

/**
 * Links mentions of several documents into actors, setting each mention's actor id. `textOf` gives
 * a file's text (the mentions' offsets point into it), for cues around a name.
 */
export function linkActors(mentions: Mention[][], textOf?: (file: string) => string | undefined, idPrefix = ''): Actor[] {
  const actors = linkMentions(mentions, textOf, idPrefix);
  // A name whose span crosses Markdown syntax ("Greta [Holloway](…)") keeps its raw mention
  // text (offsets point at the file), but is named and aliased without the syntax.
  for (const a of actors) {
    a.name = displayName(a.name);
    a.aliases = [...new Set(a.aliases.map(displayName))].sort();
  }
  return actors;
}

/** A name as people read it: no Markdown emphasis or link brackets, single spaces. */
export function displayName(name: string): string {
  return name.replace(/[[\]*_`]+/g, '').replace(/\s+/g, ' ').trim() || name;
}
