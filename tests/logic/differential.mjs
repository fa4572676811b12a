// Differential test: yushen's JsonLogic against the reference json-logic-js 2.0.5.
// Generates random rules and data from a fixed seed (nested classic operators, random
// scalars/arrays/objects, var paths that exist and do not), evaluates each rule with
// json-logic-js and with `yushen logic`, and requires the same JSON result (or an error on
// both sides). Known, justified divergences live in known_divergences.json (target: empty).
//
//   node tests/logic/differential.mjs [path/to/yushen] [--rules N] [--seed S] [--verbose]
//   (the CLI path may also come from $YUSHEN_CLI; default build/native/yushen)
// Prints "N passed, M failed" and exits non-zero on any unexplained disagreement.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// json-logic-js's `log` writes with console.log; the harness reports through `print` only.
const print = console.log.bind(console);
console.log = () => {};
const require = createRequire(import.meta.url);
const jsonLogic = require("json-logic-js");
const here = dirname(fileURLToPath(import.meta.url));

// ---- arguments -------------------------------------------------------------------------
const argv = process.argv.slice(2);
function option(name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}
const positional = argv.filter((a, i) => !a.startsWith("--") && !["--rules", "--seed"].includes(argv[i - 1]));
const cli = resolve(positional[0] ?? process.env.YUSHEN_CLI ?? join(here, "../../build/native/yushen"));
const ruleCount = Number(option("--rules", "2400"));
const seed = Number(option("--seed", "20251001"));
const verbose = argv.includes("--verbose");

// ---- deterministic random numbers (mulberry32) -----------------------------------------------
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;

// ---- values ------------------------------------------------------------------------------
// Strings chosen to exercise JavaScript's coercions: numeric text, white space, hex, exponent,
// "Infinity", commas (array joins), CJK text (BMP only; see known_divergences.json).
const STRINGS = ["", "a", "abc", "b", "10", "3.5", " 7 ", "-1", "0x1A", "1e3", "3px", "true", "null", "Infinity",
  "-Infinity", "1,2", "A,B", "中文", "申请人", "0", "00", ".5", "5.", "1e", "+4", "\t9\n", "x.y", "apple pie", "NaN"];
const NUMBERS = [0, 1, 2, 3, -1, -2, 7, 10, 100, 0.5, 1.5, -0.5, 2.25, 0.1, 0.2, 0.3, 1e-7, 1e21, 123.456,
  1e300, -1e-7, 9007199254740993, 4.35, 1 / 3];
const KEYS = ["a", "b", "c", "n", "s", "arr", "obj", "empty", "list", "x"];

function scalar() {
  switch (int(5)) {
    case 0: return pick([null, true, false]);
    case 1:
    case 2: return pick(NUMBERS);
    default: return pick(STRINGS);
  }
}

function value(depth) {
  if (depth <= 0 || chance(0.55)) return scalar();
  if (chance(0.6)) return Array.from({ length: int(4) }, () => value(depth - 1));
  const out = {};
  // (Data objects never become `missing` keys, which json-logic-js would evaluate as rules.)
  for (const k of ["a", "b", "0", "1"].slice(0, int(4))) out[k] = value(depth - 1);
  return out;
}

function data() {
  const d = {};
  for (const k of KEYS) if (chance(0.8)) d[k] = value(3);
  if (chance(0.7)) d.arr = Array.from({ length: int(5) }, () => scalar());
  if (chance(0.5)) d.list = Array.from({ length: int(4) }, () => value(2));
  if (chance(0.6)) d.obj = { a: value(2), b: value(2), c: { d: scalar() } };
  if (chance(0.3)) d.empty = pick([[], "", {}, 0, null]);
  return chance(0.1) ? pick([null, 5, "str", [1, 2, 3], []]) : d;
}

// ---- rules -------------------------------------------------------------------------------
const PATHS = ["a", "b", "c", "n", "s", "x", "arr", "obj", "list", "empty", "obj.a", "obj.b", "obj.c.d", "arr.0",
  "arr.1", "arr.length", "s.0", "s.length", "list.0", "list.1.a", "nope", "a.b.c", "arr.9", "obj.zz", "", 0, 1, "0",
  "1.a", "a.0", "obj.0"];
const SCOPE_PATHS = ["", "a", "b", "0", "1", "length", "a.b", "nope", "current", "accumulator", "current.a"];

function literal(depth) {
  if (chance(0.15) && depth > 0) return Array.from({ length: int(3) }, () => literal(depth - 1));
  if (chance(0.03)) return pick([{}, { p: 1, q: "two" }]);
  return scalar();
}

function varRule(paths) {
  const path = pick(paths);
  if (chance(0.25)) return { var: [path, literal(1)] };
  if (chance(0.2)) return { var: [path] };
  return { var: path };
}

function args(n, depth, paths) {
  return Array.from({ length: n }, () => rule(depth - 1, paths));
}

function arrayRule(depth, paths) {
  if (chance(0.5)) return { var: pick(["arr", "list", "obj", "s", "a", "nope", "empty"]) };
  if (chance(0.5)) return Array.from({ length: int(5) }, () => literal(1));
  return rule(depth - 1, paths);
}

const OPERATORS = [
  ["var"], ["missing"], ["missing_some"], ["if"], ["?:"], ["and"], ["or"], ["!"], ["!!"], ["=="], ["!="],
  ["==="], ["!=="], ["<"], ["<="], [">"], [">="], ["+"], ["-"], ["*"], ["/"], ["%"], ["min"], ["max"],
  ["map"], ["filter"], ["reduce"], ["all"], ["some"], ["none"], ["merge"], ["in"], ["cat"], ["substr"], ["log"],
];

function rule(depth, paths = PATHS) {
  if (depth <= 0 || chance(0.25)) return chance(0.5) ? varRule(paths) : literal(1);
  const [op] = pick(OPERATORS);
  const scoped = () => rule(depth - 1, SCOPE_PATHS);
  switch (op) {
    case "var": return varRule(paths);
    case "missing": {
      const keys = Array.from({ length: int(4) }, () => pick(PATHS.filter((p) => p !== "")));
      return chance(0.3) ? { missing: [keys] } : { missing: keys };
    }
    case "missing_some":
      return { missing_some: [pick([0, 1, 2, 3, "1"]), Array.from({ length: int(4) }, () => pick(PATHS))] };
    case "if": return { if: args(int(6), depth, paths) };
    case "?:": return { "?:": args(3, depth, paths) };
    case "and": case "or": case "+": case "*": case "min": case "max": case "merge": case "cat":
      return { [op]: args(1 + int(3), depth, paths) };
    case "!": case "!!": case "log": {
      // The short form {"!": x} is only unary when x is not an array literal.
      const x = rule(depth - 1, paths);
      return chance(0.5) || Array.isArray(x) ? { [op]: [x] } : { [op]: x };
    }
    case "<": case "<=": return { [op]: args(2 + int(2), depth, paths) };
    case "-": return { "-": args(1 + int(2), depth, paths) };
    case "substr": return { substr: args(2 + int(2), depth, paths) };
    case "map": case "filter": case "all": case "some": case "none":
      return { [op]: [arrayRule(depth, paths), scoped()] };
    case "reduce": {
      const r = [arrayRule(depth, paths), scoped()];
      if (chance(0.8)) r.push(rule(depth - 1, paths));
      return { reduce: r };
    }
    default: return { [op]: args(2, depth, paths) };  // == != === !== > >= / % in
  }
}

// ---- evaluation ----------------------------------------------------------------------------
function normalise(v) {
  if (v === undefined || typeof v === "function") return null;
  const text = JSON.stringify(v);
  return text === undefined ? null : JSON.parse(text);
}

function reference(r, d) {
  try {
    return { result: normalise(jsonLogic.apply(r, d)) };
  } catch {
    return "error";
  }
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

const work = mkdtempSync(join(tmpdir(), "yushen-logic-diff-"));
const ruleFile = join(work, "rule.json");

function yushen(r, docs) {
  writeFileSync(ruleFile, JSON.stringify(r));
  const run = spawnSync(cli, ["logic", "--rule", ruleFile], {
    input: docs.map((d) => JSON.stringify(d)).join("\n") + "\n",
    encoding: "utf8",
  });
  if (run.error) throw new Error(`cannot run ${cli}: ${run.error.message}`);
  const lines = run.stdout.split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l));
  if (run.status === 2) return docs.map(() => "error");  // the rule did not compile
  if (run.status !== 0 || lines.length !== docs.length) {
    throw new Error(`yushen logic exited ${run.status} with ${lines.length} lines for ${JSON.stringify(r)}\n${run.stderr}`);
  }
  return lines.map((l) => ("error" in l ? "error" : { result: l.result }));
}

// ---- main ----------------------------------------------------------------------------------
const known = JSON.parse(readFileSync(join(here, "known_divergences.json"), "utf8"));
const knownKeys = new Set(known.map((k) => JSON.stringify([k.rule, k.data])));

const kinds = {};  // what the agreeing results were, to show the test is not vacuous
let passed = 0;
let failed = 0;
let explained = 0;
const dataPool = Array.from({ length: 12 }, () => data());
try {
  for (let i = 0; i < ruleCount; ++i) {
    const r = rule(1 + int(4));
    const docs = [pick(dataPool), pick(dataPool), data()];
    const ours = yushen(r, docs);
    docs.forEach((d, j) => {
      const theirs = reference(r, d);
      const agree = theirs === "error" || ours[j] === "error" ? theirs === ours[j] : deepEqual(theirs.result, ours[j].result);
      if (agree) {
        ++passed;
        const kind = theirs === "error" ? "error" : Array.isArray(theirs.result) ? "array" : theirs.result === null ? "null" : typeof theirs.result;
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      } else if (knownKeys.has(JSON.stringify([r, d]))) {
        ++explained;
      } else {
        ++failed;
        if (failed <= 20 || verbose) {
          print(`DISAGREE rule=${JSON.stringify(r)}\n  data=${JSON.stringify(d)}\n  json-logic-js=${JSON.stringify(theirs)}\n  yushen=${JSON.stringify(ours[j])}`);
        }
      }
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
print(`differential: ${ruleCount} rules (seed ${seed}), ${explained} known divergences; agreed on ${JSON.stringify(kinds)}`);
print(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
