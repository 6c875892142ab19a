import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, dirname, resolve, sep } from 'node:path';
import { createCorpus, corpusView, setDocument, MAX_WORDS_PER_DOCUMENT } from '../engine/corpus';
import { buildReport } from '../engine/report/build';
import { renderHtml, renderMarkdown, renderSummary } from '../engine/report/render';
import { DEFAULT_MAX_FILE_BYTES, decodeArticle, isArticlePath } from '../engine/limits';
import { nerConll } from './ner-conll';
import { GENERATOR } from '../engine/report/build';
import { ANNOTATIONS_PATH, applyAnnotations, parseAnnotationsFile } from '../engine/annotations/index';

const USAGE = `usage:
  triangulate report <folder> [--json] [--markdown FILE] [--html FILE] [--max-file-size BYTES] [--by-folder] [--fail-on-contradictions]
  triangulate ner-conll <file>
  triangulate --version

report     analyse every .md, .markdown and .txt article under <folder> (README, CHANGELOG and LICENSE
           files excepted) and print a cross-source summary; --json prints the schema-v1 JSON report
           instead; --markdown/--html also write a report file (its folder is created if missing);
           --max-file-size skips larger files (default 2 MB); --by-folder takes each folder directly
           under <folder> as a story of its own, compared only within itself (by default all the
           articles under <folder> are about one story).
ner-conll  tag a CoNLL file ("token tag" lines) and print "token gold predicted" lines.`;

// Files beside the articles that are not articles, as the extension's default triangulate.exclude has it.
const NOT_ARTICLES = /^(?:readme|changelog|license|licence)(?:\.[\w.-]*)?$/i;

/** A problem the person can fix (a folder that cannot be read, a file that cannot be written): one line, exit code 2. */
class UserError extends Error {}
/** A mistake in the command line: the message and the usage, exit code 2. */
class UsageError extends UserError {}

const SKIP_DIRS = new Set(['node_modules', '.git', '.triangulate', '.vscode', 'dist', 'out']);

function listArticles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (dir === root) throw new UsageError(`cannot read folder ${root}: ${(e as Error).message}`);
      process.stderr.write(`triangulate: skipped ${dir}: ${(e as Error).message}\n`);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') && e.isDirectory()) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(p); }
      else if (e.isFile() && isArticlePath(e.name) && !NOT_ARTICLES.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
    throw new UserError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function report(args: string[]): number {
  let folder: string | undefined;
  let json = false;
  let markdown: string | undefined;
  let html: string | undefined;
  let failOn = false;
  let byFolder = false;
  let maxBytes = DEFAULT_MAX_FILE_BYTES;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--markdown') markdown = value();
    else if (a === '--html') html = value();
    else if (a === '--fail-on-contradictions') failOn = true;
    else if (a === '--by-folder') byFolder = true;
    else if (a === '--max-file-size') {
      maxBytes = Number(value());
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-file-size takes a positive number of bytes');
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!folder) folder = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!folder) throw new UsageError('report needs a folder');
  let st;
  try {
    st = statSync(folder);
  } catch {
    throw new UsageError(`no such folder: ${folder}`);
  }
  if (!st.isDirectory()) throw new UsageError(`not a folder: ${folder}`);

  const corpus = createCorpus({ eventDepth: byFolder ? 1 : 0 });
  const paths = listArticles(folder);
  for (const path of paths) {
    const rel = relative(folder, path).split(sep).join('/');
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      process.stderr.write(`triangulate: skipped ${path}: ${(e as Error).message}\n`);
      continue;
    }
    const decoded = decodeArticle(bytes, maxBytes, '--max-file-size');
    if (!decoded.ok) {
      process.stderr.write(`triangulate: skipped ${path}: ${decoded.reason}\n`);
      continue;
    }
    const analysis = setDocument(corpus, rel, decoded.text);
    if (analysis.doc.meta.partial) process.stderr.write(`triangulate: ${path}: analysed only its first ${MAX_WORDS_PER_DOCUMENT.toLocaleString('en')} words (${analysis.doc.meta.words.toLocaleString('en')} in all)\n`);
  }
  if (corpus.docs.size === 0) {
    process.stderr.write(paths.length
      ? `triangulate: none of the ${paths.length} article file(s) in ${folder} could be analysed\n`
      : `triangulate: no .md, .markdown or .txt articles found in ${folder}\n`);
  }
  const r = buildReport(withCorrections(folder, corpus));
  if (json) process.stdout.write(JSON.stringify(r, null, 1) + '\n');
  else process.stdout.write(renderSummary(r, { texts: new Map([...corpus.docs].map(([k, a]) => [k, a.doc.text])) }));
  if (markdown) {
    writeAtomic(markdown, renderMarkdown(r));
    process.stderr.write(`triangulate: wrote ${markdown}\n`);
  }
  if (html) {
    writeAtomic(html, renderHtml(r));
    process.stderr.write(`triangulate: wrote ${html}\n`);
  }
  return failOn && r.contradictions.length > 0 ? 1 : 0;
}

/** The corpus view with the corrections of `<folder>/.triangulate/annotations.json` applied, if it exists and reads. */
function withCorrections(folder: string, corpus: ReturnType<typeof createCorpus>) {
  const view = corpusView(corpus);
  const path = join(folder, ANNOTATIONS_PATH);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return view; // no corrections
  }
  const parsed = parseAnnotationsFile(text);
  if (!parsed.ok) {
    process.stderr.write(`triangulate: ${path}${parsed.line ? `:${parsed.line}` : ''}: ${parsed.error}; reporting without corrections\n`);
    return view;
  }
  const texts = new Map([...corpus.docs].map(([k, a]) => [k, a.doc.text]));
  const applied = applyAnnotations(view, parsed.file, texts);
  for (const o of applied.orphans) process.stderr.write(`triangulate: ${path}: correction ${o.annotation.id} no longer applies: ${o.message}\n`);
  return applied.view;
}

function nerConllCommand(args: string[]): number {
  if (args.length !== 1) throw new UsageError('ner-conll needs exactly one file');
  let text: string;
  try {
    text = readFileSync(args[0], 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${args[0]}: ${(e as Error).message}`);
  }
  process.stdout.write(nerConll(text));
  return 0;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'report') return report(rest);
    if (command === 'ner-conll') return nerConllCommand(rest);
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${GENERATOR}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`triangulate: ${e.message}\n${e instanceof UsageError ? `${USAGE}\n` : ''}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // Output piped into a program that stops reading ("| head") is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
