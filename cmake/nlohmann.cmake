# nlohmann/json comes from Debian's nlohmann-json3-dev. We never put /usr/include on the
# include path (emcc would then pick up glibc headers), so we make a directory that holds
# only a `nlohmann` link and add that instead.
set(YUSHEN_NLOHMANN_SOURCE "/usr/include/nlohmann" CACHE PATH "nlohmann/json headers")
if(NOT EXISTS "${YUSHEN_NLOHMANN_SOURCE}/json.hpp")
  message(FATAL_ERROR "nlohmann/json not found at ${YUSHEN_NLOHMANN_SOURCE}; install nlohmann-json3-dev")
endif()
set(YUSHEN_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${YUSHEN_THIRD_PARTY_INCLUDE}")
file(CREATE_LINK "${YUSHEN_NLOHMANN_SOURCE}" "${YUSHEN_THIRD_PARTY_INCLUDE}/nlohmann" SYMBOLIC)
