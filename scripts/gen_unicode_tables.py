#!/usr/bin/env python3
"""Generates core/unicode/unicode_tables.cc from the Unicode Character Database.

Usage: python3 scripts/gen_unicode_tables.py [UCD_DIR] > core/unicode/unicode_tables.cc
UCD_DIR defaults to /usr/share/unicode (Debian's `unicode-data` package, Unicode 15.0).
Standard library only. The output is deterministic for a given UCD.

Tables (see core/unicode/unicode_tables.h for the C++ side):
- General_Category as runs from U+0000: one uint16 per run, (category << 11) | (length - 1);
  runs longer than 2048 are split. Unassigned code points are Cn.
- Script as runs from U+0000: a uint16 length - 1 and a uint8 script per run (runs over 65536
  are split); code points not in Scripts.txt are Zzzz (Unknown).
- Script_Extensions: only the ranges ScriptExtensions.txt lists, each with a script set;
  everything else has scx = {sc}.
- Binary properties as (General_Category mask | plus ranges) minus (minus ranges). Derived
  properties (Alphabetic, Lowercase, Uppercase, Math, ID_Start, ID_Continue) are stored
  as their UAX #44 derivations from small Other_* lists, and this script checks each
  derivation against DerivedCoreProperties.txt before writing anything.
"""

import os
import sys

MAX_CP = 0x10FFFF

# Category order is the bit index in masks; keep it stable (the C++ side only uses masks).
CATEGORIES = [
    "Cc", "Cf", "Cn", "Co", "Cs", "Ll", "Lm", "Lo", "Lt", "Lu", "Mc", "Me", "Mn", "Nd", "Nl",
    "No", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "Sc", "Sk", "Sm", "So", "Zl", "Zp", "Zs",
]

# PropList.txt properties that ECMA-262 (table "Binary Unicode property aliases") accepts and
# that are small. Left out to keep the WASM bundle small (about 4.7 KB together), and refused
# as unsupported by core/unicode/unicode.cc: Diacritic, Extender, Sentence_Terminal,
# Soft_Dotted, Terminal_Punctuation, and Math (Sm + Other_Math).
PROPLIST_PROPERTIES = [
    "ASCII_Hex_Digit", "Bidi_Control", "Dash", "Deprecated", "Hex_Digit",
    "IDS_Binary_Operator", "IDS_Trinary_Operator", "Ideographic", "Join_Control",
    "Logical_Order_Exception", "Noncharacter_Code_Point", "Pattern_Syntax",
    "Pattern_White_Space", "Quotation_Mark", "Radical", "Regional_Indicator",
    "Unified_Ideograph", "Variation_Selector", "White_Space",
]

LETTERS = ["Lu", "Ll", "Lt", "Lm", "Lo"]
# name -> (categories, plus lists, minus lists); checked against DerivedCoreProperties.txt.
DERIVED = {
    "Alphabetic": (LETTERS + ["Nl"], ["Other_Alphabetic"], []),
    "Lowercase": (["Ll"], ["Other_Lowercase"], []),
    "Uppercase": (["Lu"], ["Other_Uppercase"], []),
    "ID_Start": (LETTERS + ["Nl"], ["Other_ID_Start"], ["Pattern_Syntax", "Pattern_White_Space"]),
    "ID_Continue": (LETTERS + ["Nl", "Mn", "Mc", "Nd", "Pc"], ["Other_ID_Start", "Other_ID_Continue"],
                    ["Pattern_Syntax", "Pattern_White_Space"]),
}


def data_lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]


def parse_range(text):
    if ".." in text:
        a, b = text.split("..")
        return int(a, 16), int(b, 16)
    return int(text, 16), int(text, 16)


def merge(ranges):
    out = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def subtract(ranges, minus):
    points = set()
    for a, b in minus:
        points.update(range(a, b + 1))
    out = []
    for a, b in ranges:
        out.extend((c, c) for c in range(a, b + 1) if c not in points)
    return merge(out)


def load_categories(ucd):
    cats = ["Cn"] * (MAX_CP + 1)
    first = None
    for f in data_lines(os.path.join(ucd, "UnicodeData.txt")):
        cp, name, cat = int(f[0], 16), f[1], f[2]
        if name.endswith(", First>"):
            first = cp
            continue
        start = first if name.endswith(", Last>") else cp
        for c in range(start, cp + 1):
            cats[c] = cat
        first = None
    return cats


def runs(values):
    out = []
    for cp, v in enumerate(values):
        if not out or out[-1][1] != v:
            out.append((cp, v))
    return out


def ranges_of(values, wanted):
    return merge((cp, cp) for cp, v in enumerate(values) if v in wanted)


def load_property_file(path):
    props = {}
    for f in data_lines(path):
        props.setdefault(f[1], []).append(parse_range(f[0]))
    return {k: merge(v) for k, v in props.items()}


def load_aliases(ucd):
    props = {}  # long name -> short alias (binary properties section)
    values = {"gc": [], "sc": []}
    for f in data_lines(os.path.join(ucd, "PropertyAliases.txt")):
        props[f[1]] = f[0]
    for f in data_lines(os.path.join(ucd, "PropertyValueAliases.txt")):
        if f[0] in values:
            values[f[0]].append(f[1:])
    return props, values


def category_masks(gc_values):
    """Every General_Category name and alias ECMA-262 accepts -> bit mask of CATEGORIES."""
    groups = {"C": ["Cc", "Cf", "Cn", "Co", "Cs"], "L": LETTERS, "LC": ["Ll", "Lt", "Lu"],
              "M": ["Mc", "Me", "Mn"], "N": ["Nd", "Nl", "No"],
              "P": ["Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps"], "S": ["Sc", "Sk", "Sm", "So"],
              "Z": ["Zl", "Zp", "Zs"]}
    out = []
    for names in gc_values:
        short = names[0]
        members = groups.get(short, [short])
        mask = 0
        for m in members:
            mask |= 1 << CATEGORIES.index(m)
        for n in names:
            out.append((n, mask))
    return sorted(out)


def script_tables(ucd, sc_values):
    short_of = {v[1]: v[0] for v in sc_values}  # long -> short
    names = sorted(sc_values, key=lambda v: v[1])  # [short, long, (aliases...)]
    index = {v[0]: i for i, v in enumerate(names)}
    index.update({v[1]: i for i, v in enumerate(names)})
    scripts = [index["Zzzz"]] * (MAX_CP + 1)
    for f in data_lines(os.path.join(ucd, "Scripts.txt")):
        a, b = parse_range(f[0])
        for c in range(a, b + 1):
            scripts[c] = index[f[1]]
    ext = []  # (first, last, frozenset of script indexes)
    for f in data_lines(os.path.join(ucd, "ScriptExtensions.txt")):
        a, b = parse_range(f[0])
        ext.append((a, b, tuple(sorted(index[s] for s in f[1].split()))))
    ext.sort()
    merged = []
    for a, b, s in ext:
        if merged and merged[-1][2] == s and merged[-1][1] + 1 == a:
            merged[-1] = (merged[-1][0], b, s)
        else:
            merged.append((a, b, s))
    del short_of
    return names, scripts, merged


def check_derivations(ucd, cats, lists):
    derived = load_property_file(os.path.join(ucd, "DerivedCoreProperties.txt"))
    for name, (cat_list, plus, minus) in DERIVED.items():
        got = ranges_of(cats, set(cat_list))
        got = merge(got + [r for p in plus for r in lists[p]])
        got = subtract(got, [r for m in minus for r in lists[m]])
        if got != derived[name]:
            sys.exit(f"derivation of {name} does not match DerivedCoreProperties.txt")


def c_ranges(name, ranges):
    body = ", ".join(f"{{0x{a:X}, 0x{b:X}}}" for a, b in ranges)
    return f"const CodePointRange {name}[] = {{{body}}};\n"


def c_words(name, words, per_line=8, ctype="std::uint32_t"):
    lines = []
    for i in range(0, len(words), per_line):
        lines.append("    " + ", ".join(f"0x{w:X}" for w in words[i:i + per_line]) + ",")
    return f"const {ctype} {name}[] = {{\n" + "\n".join(lines) + "\n};\n"


def main():
    ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    cats = load_categories(ucd)
    plist = load_property_file(os.path.join(ucd, "PropList.txt"))
    prop_alias, values = load_aliases(ucd)
    check_derivations(ucd, cats, plist)
    script_names, scripts, script_ext = script_tables(ucd, values["sc"])
    with open(os.path.join(ucd, "Scripts.txt"), encoding="utf-8") as f:
        version = f.readline().strip().removeprefix("# Scripts-").removesuffix(".txt")
    out = []
    out.append("// GENERATED by scripts/gen_unicode_tables.py from the Unicode Character Database "
               f"{version}\n// (Debian package unicode-data, /usr/share/unicode). Do not edit; "
               "run\n//   python3 scripts/gen_unicode_tables.py > core/unicode/unicode_tables.cc\n"
               "// Tested by tests/unicode/unicode_tables_test.cc and tests/unicode/unicode_test.cc.\n")
    out.append('#include "unicode/unicode_tables.h"\n\nnamespace yushen::unicode::detail {\n')
    out.append(f'const std::string_view kUnicodeVersion = "{version}";\n\n')

    cat_runs = []
    starts = runs(cats) + [(MAX_CP + 1, None)]
    for (cp, v), (end, _) in zip(starts, starts[1:]):
        while cp < end:
            n = min(end - cp, 2048)
            cat_runs.append((CATEGORIES.index(v) << 11) | (n - 1))
            cp += n
    out.append("// General_Category runs from U+0000 up: (category << 11) | (length - 1), category\n"
               "// bit Cc=0 ... Zs=29; runs longer than 2048 are split.\n")
    out.append(c_words("kCategoryRunData", cat_runs, per_line=12, ctype="std::uint16_t"))
    out.append("const std::span<const std::uint16_t> kCategoryRuns(kCategoryRunData);\n\n")

    out.append("// Short General_Category names by bit number.\n")
    out.append("const char* const kCategoryCodeData[] = {"
               + ", ".join(f'"{c}"' for c in CATEGORIES) + "};\n")
    out.append("const std::span<const char* const> kCategoryCodes(kCategoryCodeData);\n\n")
    out.append("// Every General_Category value name and alias, sorted, with its category mask.\n")
    out.append("const NamedMask kCategoryNameData[] = {\n")
    for n, mask in category_masks(values["gc"]):
        out.append(f'    {{"{n}", 0x{mask:X}}},\n')
    out.append("};\nconst std::span<const NamedMask> kCategoryNames(kCategoryNameData);\n\n")

    lengths, owners = [], []
    starts = runs(scripts) + [(MAX_CP + 1, None)]
    for (cp, v), (end, _) in zip(starts, starts[1:]):
        while cp < end:
            n = min(end - cp, 65536)
            lengths.append(n - 1)
            owners.append(v)
            cp += n
    out.append("// Script runs from U+0000 up: run i has length kScriptRunLengths[i] + 1 and script\n"
               "// kScriptRunScripts[i] (an index into kScriptNames); runs over 65536 are split.\n")
    out.append(c_words("kScriptRunLengthData", lengths, per_line=12, ctype="std::uint16_t"))
    out.append("const std::span<const std::uint16_t> kScriptRunLengths(kScriptRunLengthData);\n")
    out.append("const std::uint8_t kScriptRunScriptData[] = {" + ", ".join(map(str, owners)) + "};\n")
    out.append("const std::span<const std::uint8_t> kScriptRunScripts(kScriptRunScriptData);\n\n")
    out.append("// Script values, sorted by long name: {long, short, alias or empty}.\n")
    out.append("const ScriptName kScriptNameData[] = {\n")
    for v in script_names:
        alias = v[2] if len(v) > 2 else ""
        out.append(f'    {{"{v[1]}", "{v[0]}", "{alias}"}},\n')
    out.append("};\nconst std::span<const ScriptName> kScriptNames(kScriptNameData);\n\n")

    sets = sorted({s for _, _, s in script_ext})
    set_index = {s: i for i, s in enumerate(sets)}
    flat, offsets = [], []
    for s in sets:
        offsets.append(len(flat))
        flat.extend(s)
    offsets.append(len(flat))
    out.append("// Script_Extensions sets: set i is kScriptSetMembers[kScriptSetOffsets[i] ..\n"
               "// kScriptSetOffsets[i + 1]) (script indexes).\n")
    out.append("const std::uint8_t kScriptSetMemberData[] = {" + ", ".join(map(str, flat)) + "};\n")
    out.append("const std::span<const std::uint8_t> kScriptSetMembers(kScriptSetMemberData);\n")
    out.append("const std::uint16_t kScriptSetOffsetData[] = {" + ", ".join(map(str, offsets)) + "};\n")
    out.append("const std::span<const std::uint16_t> kScriptSetOffsets(kScriptSetOffsetData);\n")
    out.append("// Code points whose Script_Extensions differ from {Script}: {first, last, set}.\n")
    out.append("const ScriptExtensionRange kScriptExtensionData[] = {\n")
    for a, b, s in script_ext:
        out.append(f"    {{0x{a:X}, 0x{b:X}, {set_index[s]}}},\n")
    out.append("};\nconst std::span<const ScriptExtensionRange> "
               "kScriptExtensions(kScriptExtensionData);\n\n")

    all_cats = (1 << len(CATEGORIES)) - 1
    cn_bit = 1 << CATEGORIES.index("Cn")
    tables = {("ASCII",): [(0, 0x7F)]}  # tuple of PropList names -> merged ranges

    def table(names):
        """C name of the union of these PropList lists; emitted once, only if used."""
        key = tuple(names)
        if key not in tables:
            tables[key] = merge([r for n in names for r in plist[n]])
        return "k" + "".join(n.replace("_", "") for n in key)

    props = []  # (name, alias, category mask, plus table or None, minus table or None)
    props.append(("Any", "", all_cats, None, None))
    props.append(("ASCII", "", 0, table(["ASCII"]), None))
    props.append(("Assigned", "", all_cats & ~cn_bit, None, None))
    for name in PROPLIST_PROPERTIES:
        props.append((name, prop_alias.get(name, ""), 0, table([name]), None))
    for name, (cat_list, plus, minus) in DERIVED.items():
        mask = 0
        for c in cat_list:
            mask |= 1 << CATEGORIES.index(c)
        props.append((name, prop_alias.get(name, ""), mask, table(plus), table(minus) if minus else None))
    out.append("// Range lists used by the binary properties below (unions of PropList.txt lists).\n")
    for key in sorted(tables):
        out.append(c_ranges("k" + "".join(n.replace("_", "") for n in key), tables[key]))
    out.append("\n// Binary properties: (category mask | plus) minus `minus`. Sorted by name.\n")
    out.append("const BinaryProperty kBinaryPropertyData[] = {\n")
    for name, alias, mask, plus, minus in sorted(props):
        if name == "White_Space":
            alias = "space"
        p = plus if plus else "{}"
        m = minus if minus else "{}"
        out.append(f'    {{"{name}", "{alias}", 0x{mask:X}, {p}, {m}}},\n')
    out.append("};\nconst std::span<const BinaryProperty> kBinaryProperties(kBinaryPropertyData);\n\n")
    out.append("}  // namespace yushen::unicode::detail\n")
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
