# yushen_module(name DEPS ...): core/<name>/*.cc becomes the static library yushen_<name>.
# Headers are included as "<name>/<file>.h" from core/. tests/<name>/*_test.cc become
# one GoogleTest binary per stage (added by yushen_module_tests()); TEST_DEPS are stages
# a stage's tests may use to build their inputs (eval tests compile schemas into plans).
set(YUSHEN_MODULES "" CACHE INTERNAL "")

function(yushen_module name)
  cmake_parse_arguments(M "" "" "DEPS;TEST_DEPS" ${ARGN})
  set(YUSHEN_TEST_DEPS_${name} ${M_TEST_DEPS} CACHE INTERNAL "")
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/core/${name}/*.cc")
  list(FILTER srcs EXCLUDE REGEX "/fuzz_[^/]*\\.cc$")
  if(NOT srcs)
    set(srcs "${CMAKE_SOURCE_DIR}/cmake/empty.cc")
  endif()
  add_library(yushen_${name} STATIC ${srcs})
  target_include_directories(yushen_${name} PUBLIC "${CMAKE_SOURCE_DIR}/core" "${CMAKE_BINARY_DIR}/generated")
  target_include_directories(yushen_${name} SYSTEM PUBLIC "${YUSHEN_THIRD_PARTY_INCLUDE}")
  target_compile_options(yushen_${name} PRIVATE ${YUSHEN_WARNINGS})
  if(EMSCRIPTEN)
    yushen_wasm_optimize("${srcs}")
  endif()
  if(M_DEPS)
    target_link_libraries(yushen_${name} PUBLIC ${M_DEPS})
  endif()
  set(YUSHEN_MODULES ${YUSHEN_MODULES} ${name} CACHE INTERNAL "")
endfunction()

function(yushen_module_tests)
  find_package(GTest REQUIRED)
  include(GoogleTest)
  foreach(name IN LISTS YUSHEN_MODULES)
    file(GLOB tests CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/${name}/*_test.cc")
    if(tests)
      add_executable(${name}_test ${tests})
      target_link_libraries(${name}_test PRIVATE yushen_${name} ${YUSHEN_TEST_DEPS_${name}} GTest::gtest_main)
      target_include_directories(${name}_test PRIVATE "${CMAKE_SOURCE_DIR}/tests")
      target_compile_options(${name}_test PRIVATE ${YUSHEN_WARNINGS})
      target_compile_definitions(${name}_test PRIVATE
        YUSHEN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        YUSHEN_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
      gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 60 PROPERTIES LABELS ${name})
    endif()
  endforeach()
endfunction()
