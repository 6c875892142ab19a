// A strict JSON parser that remembers where each value starts, so that a syntax error or a
// schema problem in a hand-edited annotations file can be reported with its line number.
// JSON.parse gives neither positions for schema problems nor stable messages across Node
// versions.

/** Where the values of a parsed document start: by container, then by key or index. */
export interface JsonPositions {
  /** Offset of an object or array value. */
  of(value: object): number | undefined;
  /** Offset of the value stored under a key (or index) of an object (or array). */
  child(container: object, key: string | number): number | undefined;
}

export type JsonParse =
  | { ok: true; value: unknown; positions: JsonPositions }
  | { ok: false; error: string; offset: number };

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

// Thrown to unwind the recursive descent; the message and offset travel beside it.
const FAILED = Symbol('json-parse-failed');

/** Parses JSON text, recording the offset of every value. */
export function parseJson(text: string): JsonParse {
  const own = new WeakMap<object, number>();
  const children = new WeakMap<object, Map<string | number, number>>();
  let i = 0;
  let error = { message: '', offset: 0 };

  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);
  const fail = (message: string, at = i): never => {
    error = { message, offset: at };
    throw FAILED;
  };
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const str = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let run = i;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (c === 92) {
        out += text.slice(run, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail(`Invalid escape sequence in string`, i);
        }
        run = i;
        continue;
      }
      if (c < 32) fail(c === 10 ? 'Unterminated string (a string cannot span lines)' : 'Control character in string', i);
      i++;
    }
    return fail('Unterminated string', start);
  };

  const value = (): unknown => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const pos = new Map<string, number>();
      own.set(obj, start);
      children.set(obj, pos);
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(text[i] === '}' ? 'Trailing comma is not allowed in JSON' : `Expected a property name in double quotes, found ${describe(i)}`);
        const keyAt = i;
        const key = str();
        if (pos.has(key)) fail(`Duplicate property "${key}"`, keyAt);
        ws();
        if (text[i] !== ':') fail(`Expected ':' after property name "${key}", found ${describe(i)}`);
        i++;
        ws();
        pos.set(key, i);
        const v = value();
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`Expected ',' or '}' after the value of "${key}", found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      const pos = new Map<number, number>();
      own.set(arr, start);
      children.set(arr, pos);
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('Trailing comma is not allowed in JSON');
        pos.set(arr.length, i);
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`Expected ',' or ']' after an array item, found ${describe(i)}`);
      }
    }
    if (c === '"') return str();
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (num && num[0].length) {
      i += num[0].length;
      return Number(num[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    if (i >= text.length) return fail('Unexpected end of file: a value is missing');
    if (c === "'") return fail('Strings must use double quotes');
    return fail(`Unexpected ${describe(i)}`);
  };

  try {
    const v = value();
    ws();
    if (i < text.length) fail(`Unexpected ${describe(i)} after the end of the document`);
    return {
      ok: true,
      value: v,
      positions: {
        of: (o) => own.get(o),
        child: (o, k) => children.get(o)?.get(k),
      },
    };
  } catch (e) {
    if (e === FAILED) return { ok: false, error: error.message, offset: error.offset };
    throw e;
  }
}
