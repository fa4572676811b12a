// Code that compiles strings at run time: eval(…), new Function(…), Function(…) — refused by a
// CSP without 'unsafe-eval' and by WeChat mini-programs. Comments are not code, but a word in
// a comment is never followed by "(", so the pattern needs no comment stripping.
const EVAL = /(?<![.\w$])eval\s*\(|new\s+Function\s*\(|(?<![.\w$])Function\s*\(/g;

/** The offending snippets of `text` (empty when clean). */
export function findEval(text) {
  return [...text.matchAll(EVAL)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30));
}
