// SHA-256 (FIPS 180-4) for the template digest: a server compares the digest in a client's
// report with its own to tell that the client checked against a stale template.
//   sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
// Tested by tests/template/sha256_test.cc (NIST FIPS 180-4 example vectors).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace yushen::tmpl {

// The 32-byte digest of `data`.
std::array<std::uint8_t, 32> sha256(std::string_view data);

// The digest as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace yushen::tmpl
