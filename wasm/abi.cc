// The result buffer shared by every ABI call (abi.h) and the engine version.
#include "abi.h"

#include <emscripten/emscripten.h>

#include <utility>

#include "api/validator.h"
#include "util/json_write.h"

namespace {
std::string last_result;  // single-threaded: one call at a time, the wrapper copies it out at once
}

namespace yushen::wasm {
const char* give(std::string result) {
  last_result = std::move(result);
  return last_result.c_str();
}

const char* give_json(const nlohmann::json& value) {
  std::string& out = result_buffer();
  append_json(out, value);
  return out.c_str();
}

std::string& result_buffer() {
  if (last_result.capacity() > (1u << 20)) {
    std::string().swap(last_result);
  } else {
    last_result.clear();
  }
  return last_result;
}
}  // namespace yushen::wasm

extern "C" {

EMSCRIPTEN_KEEPALIVE std::uint32_t yushen_result_length() { return static_cast<std::uint32_t>(last_result.size()); }

EMSCRIPTEN_KEEPALIVE const char* yushen_result() { return last_result.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* yushen_version() { return yushen::wasm::give(std::string(yushen::engine_version())); }

}  // extern "C"
