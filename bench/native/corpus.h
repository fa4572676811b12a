// The benchmark corpus (bench/corpus/, written by bench/corpus.mjs), loaded once.
// Entry point: corpus(). Directory: $YUSHEN_BENCH_CORPUS, else the source tree's bench/corpus.
// Used by bench_reader.cc and bench_validator.cc.
#pragma once

#include <string>
#include <vector>

namespace yushen::bench {

struct Corpus {
  std::string form50_schema;
  std::string form200_schema;
  std::vector<std::string> valid;    // form50 instances, one JSON text each
  std::vector<std::string> invalid;  // form50 instances with 2-6 mistakes each
};

// Loads on first use; exits with a message if a file is missing (run `node bench/corpus.mjs`).
const Corpus& corpus();

// corpus().valid for "valid", corpus().invalid otherwise.
const std::vector<std::string>& instances(bool valid);

// Average size in bytes of a set of texts.
double average_bytes(const std::vector<std::string>& texts);

}  // namespace yushen::bench
