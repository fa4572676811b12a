// operator new and delete of the WASM build: small blocks from SizeClassHeap
// (size_class_heap.h says why), everything else from Emscripten's malloc. The JS wrapper's
// argument block (_malloc/_free) and C code keep using malloc directly.
//
// Out of memory aborts the module (a RuntimeError in JS): without exceptions the library's
// operator new would return a null pointer that the core would then write through.
#include <cstdint>
#include <cstdlib>
#include <new>

#include "size_class_heap.h"

namespace {

struct MallocPages {
  void* pages(std::size_t bytes) {
    return std::aligned_alloc(yushen::wasm::SizeClassHeap<MallocPages>::kPageSize, bytes);
  }
  void* large(std::size_t bytes) { return std::malloc(bytes); }
  void release_large(void* p) { std::free(p); }
};

MallocPages malloc_pages;
// The whole wasm32 address space; constant-initialised, so usable before any constructor.
constinit yushen::wasm::SizeClassHeap<MallocPages> heap(malloc_pages, 0, std::uint64_t{1} << 32);

// Out of line (noinline): under LTO the heap's fast path would otherwise be inlined into
// every allocation site of the core, 40 KB more code.
[[gnu::noinline]] void* allocate(std::size_t n) {
  void* p = heap.allocate(n);
  if (!p) std::abort();
  return p;
}

[[gnu::noinline]] void release(void* p) noexcept { heap.release(p); }

}  // namespace

void* operator new(std::size_t n) { return allocate(n); }
void* operator new[](std::size_t n) { return allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return heap.allocate(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return heap.allocate(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
