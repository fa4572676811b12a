# Warnings are errors on both compilers (g++ 12 and Emscripten's clang 14).
# -Wno-restrict (GCC only): g++ 12 reports impossible overlaps inside std::string
# inlines at -O2 (GCC bug 105329, fixed in 13), on code that does nothing unusual.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(YUSHEN_WARNINGS -Wall -Wextra -Werror -Wshadow-uncaptured-local -Wnon-virtual-dtor -Wno-unused-parameter)
else()
  set(YUSHEN_WARNINGS -Wall -Wextra -Werror -Wshadow=local -Wnon-virtual-dtor -Wno-unused-parameter -Wno-restrict)
endif()
