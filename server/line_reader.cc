// Bounded JSON Lines reader.
#include "line_reader.h"

namespace yushen::cli {

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  last_length_ = 0;
  std::streambuf* buffer = in_.rdbuf();
  bool any = false;
  for (;;) {
    int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) break;
    any = true;
    if (c == '\n') break;
    ++last_length_;
    if (last_length_ > max_line_) {
      too_long = true;
      line.clear();
      continue;
    }
    if (!too_long) line.push_back(static_cast<char>(c));
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return any;
}

}  // namespace yushen::cli
