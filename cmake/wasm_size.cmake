# WASM code is compiled for size (-Oz) except the sources on the per-check hot path, which
# stay -O2. Measured on the npm package (docs/building.md "Size"): -O2 everywhere is 45 KB
# brotli larger than -Oz everywhere, but -Oz everywhere made checks 2.9-3.7x slower; this
# split keeps checks within a few per cent of -O2 and saves 12.4 KB brotli; compiles are
# 2.75x slower (a 50-field schema 0.88 -> 2.42 ms warm), once per page load.
#
# Only source-level flags work: em++ keeps size mode whenever -Oz appears anywhere on its
# command line (a later -O2 does not undo it), so -Oz is added to the cold sources only.
# Natively every source stays -O2. Paths are relative to core/.
#
# Hot = runs for every instance or submission checked: the reader (and its decimal fast
# path), the evaluator, the result writer (util/json_write, api/result_text: -Oz made an
# invalid instance's validation 13% slower), pattern
# matching (the Pike VM, the DFA search, and the DFA build, which happens on a pattern's
# third search), the formats a form asserts (date, e-mail with its host-name check), working
# days, field labels and letter digests of a report. The Chinese identifier checks (cn/) were
# hot until session 8: -Oz shrank them from 47 to 16 KB of code (page -4.4 KB brotli) for
# template checks 1.02x slower and schema validation unchanged; IDNA (formats/idna.cc) runs
# only for non-ASCII or xn-- host names. Reading a calendar's JSON (calendar/calendar_read.cc)
# runs once per calendar, its queries (calendar.cc) in every check with a deadline.
# Cold = runs once per template or schema (the schema, template, JsonLogic and pattern
# compilers, metaschemas) or rarely (URIs, IP addresses, durations), and, since session 4,
# the pre-check (check/) and JsonLogic evaluation (logic/): -17.4 KB brotli for template
# checks 1.65x slower (164 -> 273 us in Node, about what they took at the start of the
# session), schema validation unchanged. Before _LIBCPP_DISABLE_EXTERN_TEMPLATE the same split
# also slowed schema validation, through libc++'s size-optimised std::string under LTO.
set(YUSHEN_WASM_SPEED_SOURCES
  doc/document.cc
  eval/evaluator.cc eval/numbers.cc eval/values.cc eval/finding.cc
  pattern/pike_vm.cc pattern/pattern.cc pattern/dfa_search.cc pattern/dfa_build.cc
  unicode/unicode.cc unicode/range_set.cc
  util/utf8.cc util/json_text.cc util/json_pointer.cc util/decimal.cc util/json_write.cc
  api/validator.cc api/result_text.cc
  report/message.cc report/display.cc report/codes.cc
  formats/date_time.cc formats/email.cc formats/hostname.cc formats/registry.cc
  calendar/date.cc calendar/calendar.cc
  api/rules.cc api/rule_runner.cc
  template/field_labels.cc template/sha256.cc)
set(YUSHEN_WASM_SPEED_DIRS)

function(yushen_wasm_optimize srcs)
  foreach(src IN LISTS srcs)
    file(RELATIVE_PATH rel "${CMAKE_SOURCE_DIR}/core" "${src}")
    string(REGEX REPLACE "/.*" "" dir "${rel}")
    if(NOT (rel IN_LIST YUSHEN_WASM_SPEED_SOURCES OR dir IN_LIST YUSHEN_WASM_SPEED_DIRS))
      set_source_files_properties("${src}" PROPERTIES COMPILE_OPTIONS -Oz)
    endif()
  endforeach()
endfunction()
