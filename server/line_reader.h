// Reads JSON Lines from a stream with a cap on line length: an over-long line is skipped
// to its end and reported as too large, instead of being buffered whole.
// Tested by tests/cli/validate.test.mjs.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

namespace yushen::cli {

class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line) : in_(in), max_line_(max_line) {}

  // Reads the next line (without '\n' or a trailing '\r'). Returns false at end of input.
  // `too_long` is set when the line exceeded the cap; `line` then holds nothing useful.
  bool next(std::string& line, bool& too_long);
  std::size_t last_length() const { return last_length_; }

 private:
  std::istream& in_;
  std::size_t max_line_;
  std::size_t last_length_ = 0;
};

}  // namespace yushen::cli
