# Fuzz targets (YUSHEN_FUZZ=ON, clang only): every core/<stage>/fuzz_<input>.cc becomes an
# executable linked with libFuzzer, ASan and UBSan against its stage library. The stage
# libraries themselves get -fsanitize=fuzzer-no-link so coverage reaches them.
function(yushen_fuzz_targets)
  file(GLOB targets CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/core/*/fuzz_*.cc")
  foreach(source IN LISTS targets)
    get_filename_component(name "${source}" NAME_WE)
    get_filename_component(stage_dir "${source}" DIRECTORY)
    get_filename_component(stage "${stage_dir}" NAME)
    add_executable(${name} "${source}")
    target_link_libraries(${name} PRIVATE yushen_${stage} yushen_api)
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
endfunction()
