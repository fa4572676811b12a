// The small-object heap behind operator new/delete in the WASM build (small_alloc.cc).
//
// Why: the core allocates many small blocks (nlohmann nodes, strings) while compiling a
// schema or template and while checking a submission. Through Emscripten's dlmalloc every
// one of them ran a 6 KB function, which V8 tiered up to TurboFan within the first compile of
// a page load: a 5 ms background job that, on a two-core phone or CI machine, took CPU from
// the main thread exactly when the applicant waits for the first verdict. A free list per
// size class is a few instructions: it never gets hot enough to matter to V8, and a template
// check allocates faster (docs/performance.md, "Session 9: a small-object heap").
//
// How: blocks of up to kLargest bytes come from 64 KiB pages, each page holding one size
// class (a multiple of 8 bytes); a freed block goes onto its class's free list and is reused
// by the next allocation of that class. The class of a pointer is found from its page in a
// byte map, so a block carries no header. Larger requests, and pointers not in a page of
// ours, go to the fallback allocator.
//
// Alignment: a block of class size s sits at a multiple of s from a 64 KiB boundary, so it is
// aligned to the largest power of two dividing s (at least 8). A type's size is a multiple of
// its alignment, so a type aligned to 16 (wasm32's __STDCPP_DEFAULT_NEW_ALIGNMENT__) always
// gets a class whose size is a multiple of 16, hence a 16-aligned block.
//
// Limits: pages are never returned (WASM memory never shrinks anyway); memory freed in one
// class is reused by that class only, so the small-object memory held is the peak of each
// class over the module's life. Single-threaded, like the WASM build.
//
// The class is independent of where pages come from, so it is tested natively against an
// arena (tests/wasm/size_class_heap_test.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace yushen::wasm {

// Source: `void* pages(std::size_t bytes)` returns `bytes` (a multiple of kPageSize) aligned
// to kPageSize inside the span, or nullptr; `void* large(std::size_t)` and `void
// release_large(void*)` serve what the heap does not.
template <class Source>
class SizeClassHeap {
 public:
  static constexpr std::size_t kPageBits = 16;
  static constexpr std::size_t kPageSize = std::size_t{1} << kPageBits;
  static constexpr std::size_t kGranule = 8;
  static constexpr std::size_t kLargest = 256;
  static constexpr std::size_t kClasses = kLargest / kGranule;

  // Pages are looked up by their offset from `base` in a span of `span` bytes (the whole
  // 4 GiB of wasm32 memory: base 0, a 64 KiB map). The map is taken from the source on the
  // first small allocation.
  constexpr SizeClassHeap(Source& source, std::uintptr_t base, std::uint64_t span)
      : source_(source), base_(base), span_(span) {}

  void* allocate(std::size_t n) {
    if (n > kLargest) return source_.large(n);
    const std::size_t c = n == 0 ? 0 : (n - 1) / kGranule;
    if (Block* block = free_[c]) {
      free_[c] = block->next;
      return block;
    }
    const std::size_t size = (c + 1) * kGranule;
    if (static_cast<std::size_t>(limit_[c] - cursor_[c]) < size && !new_page(c)) return nullptr;
    void* block = cursor_[c];
    cursor_[c] += size;
    return block;
  }

  void release(void* p) {
    if (!p) return;
    const std::uint8_t owner = class_of(p);
    if (owner == 0) {
      source_.release_large(p);
      return;
    }
    auto* block = static_cast<Block*>(p);
    block->next = free_[owner - 1];
    free_[owner - 1] = block;
  }

  // 0 if `p` is not in one of the heap's pages, else its size class + 1.
  std::uint8_t class_of(const void* p) const {
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    if (!map_ || address < base_ || std::uint64_t{address - base_} >= span_) return 0;
    return map_[(address - base_) >> kPageBits];
  }

  // Pages taken from the source so far (the map's pages included).
  std::size_t pages() const { return pages_; }

 private:
  struct Block {
    Block* next;
  };

  bool new_page(std::size_t c) {
    if (!map_) {
      const auto entries = static_cast<std::size_t>(span_ >> kPageBits);
      const std::size_t bytes = (entries + kPageSize - 1) / kPageSize * kPageSize;
      map_ = static_cast<std::uint8_t*>(source_.pages(bytes));
      if (!map_) return false;
      pages_ += bytes / kPageSize;
      std::memset(map_, 0, entries);
    }
    auto* page = static_cast<char*>(source_.pages(kPageSize));
    if (!page) return false;
    ++pages_;
    map_[(reinterpret_cast<std::uintptr_t>(page) - base_) >> kPageBits] = static_cast<std::uint8_t>(c + 1);
    cursor_[c] = page;
    limit_[c] = page + kPageSize;
    return true;
  }

  Source& source_;
  std::uintptr_t base_;
  std::uint64_t span_;
  std::uint8_t* map_ = nullptr;
  std::size_t pages_ = 0;
  Block* free_[kClasses] = {};
  char* cursor_[kClasses] = {};
  char* limit_[kClasses] = {};
};

}  // namespace yushen::wasm
