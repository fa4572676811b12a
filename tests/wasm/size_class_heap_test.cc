// The WASM build's small-object heap (wasm/size_class_heap.h), on an arena of 64 KiB pages.
#include "wasm/size_class_heap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>
#include <vector>

namespace yushen::wasm {
namespace {

// Pages from one aligned arena, handed out in order; large blocks from malloc, counted.
struct Arena {
  static constexpr std::size_t kPage = std::size_t{1} << 16;
  explicit Arena(std::size_t pages)
      : size(pages * kPage), memory(static_cast<char*>(std::aligned_alloc(kPage, pages * kPage))) {}
  ~Arena() { std::free(memory); }
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* pages(std::size_t bytes) {
    if (used + bytes > size) return nullptr;
    void* p = memory + used;
    used += bytes;
    return p;
  }
  void* large(std::size_t bytes) {
    ++large_allocations;
    return std::malloc(bytes);
  }
  void release_large(void* p) {
    ++large_releases;
    std::free(p);
  }

  std::size_t size;
  char* memory;
  std::size_t used = 0;
  int large_allocations = 0;
  int large_releases = 0;
};

using Heap = SizeClassHeap<Arena>;

struct HeapTest : ::testing::Test {
  Arena arena{64};
  Heap heap{arena, reinterpret_cast<std::uintptr_t>(arena.memory), arena.size};
};

TEST_F(HeapTest, SizesRoundUpToEightByteClasses) {
  EXPECT_EQ(heap.class_of(heap.allocate(0)), 1);
  EXPECT_EQ(heap.class_of(heap.allocate(1)), 1);
  EXPECT_EQ(heap.class_of(heap.allocate(8)), 1);
  EXPECT_EQ(heap.class_of(heap.allocate(9)), 2);
  EXPECT_EQ(heap.class_of(heap.allocate(48)), 6);
  EXPECT_EQ(heap.class_of(heap.allocate(256)), 32);
  EXPECT_EQ(arena.large_allocations, 0);
}

TEST_F(HeapTest, BlocksAreAlignedAndDistinct) {
  std::vector<char*> blocks;
  for (int i = 0; i < 100; ++i) blocks.push_back(static_cast<char*>(heap.allocate(24)));
  for (char* b : blocks) EXPECT_EQ(reinterpret_cast<std::uintptr_t>(b) % 8, 0u);
  std::sort(blocks.begin(), blocks.end());
  for (std::size_t i = 1; i < blocks.size(); ++i) EXPECT_GE(blocks[i] - blocks[i - 1], 24);
}

// Sizes that are multiples of 16 (every type aligned to 16 has one) get 16-aligned blocks,
// also after blocks of other sizes were taken.
TEST_F(HeapTest, MultiplesOfSixteenAreSixteenAligned) {
  for (std::size_t n = 8; n <= Heap::kLargest; n += 8) {
    for (int i = 0; i < 3; ++i) {
      void* p = heap.allocate(n);
      if (n % 16 == 0) {
        EXPECT_EQ(reinterpret_cast<std::uintptr_t>(p) % 16, 0u) << n;
      }
    }
  }
}

TEST_F(HeapTest, FreedBlockIsReusedByItsOwnClassOnly) {
  void* a = heap.allocate(40);
  heap.release(a);
  void* other = heap.allocate(16);  // another class: a fresh block
  EXPECT_NE(other, a);
  EXPECT_EQ(heap.allocate(33), a);  // 33..40 share the class
  EXPECT_NE(heap.allocate(40), a);  // the list is empty again
}

TEST_F(HeapTest, LargeBlocksGoToTheFallback) {
  void* big = heap.allocate(257);
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(heap.class_of(big), 0);
  EXPECT_EQ(arena.large_allocations, 1);
  heap.release(big);
  EXPECT_EQ(arena.large_releases, 1);
  heap.release(nullptr);
  EXPECT_EQ(arena.large_releases, 1);
}

TEST_F(HeapTest, PointersOutsideTheSpanAreNotOwned) {
  int local = 0;
  EXPECT_EQ(heap.class_of(&local), 0);
  heap.allocate(8);  // the map exists now
  EXPECT_EQ(heap.class_of(&local), 0);
  EXPECT_EQ(heap.class_of(arena.memory + arena.size), 0);
}

TEST_F(HeapTest, AFullPageStartsAnother) {
  const std::size_t per_page = Heap::kPageSize / 8;
  std::set<void*> seen;
  for (std::size_t i = 0; i < per_page + 1; ++i) seen.insert(heap.allocate(8));
  EXPECT_EQ(seen.size(), per_page + 1);
  EXPECT_EQ(heap.pages(), 3u);  // the map, two pages of 8-byte blocks
}

TEST_F(HeapTest, RunningOutOfPagesReturnsNull) {
  Arena tiny(2);  // the map and one page
  Heap small(tiny, reinterpret_cast<std::uintptr_t>(tiny.memory), tiny.size);
  void* first = small.allocate(64);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(small.allocate(128), nullptr);  // a second class needs a second page
  small.release(first);
  EXPECT_EQ(small.allocate(64), first);  // still usable
}

// Random sizes and lifetimes against a model: every live block keeps the bytes written into
// it, whatever is allocated and freed around it.
TEST_F(HeapTest, LiveBlocksKeepTheirContents) {
  std::mt19937 random(20261125);
  struct Live {
    unsigned char* p;
    std::size_t n;
    unsigned char fill;
  };
  std::vector<Live> live;
  for (int step = 0; step < 20000; ++step) {
    if (live.empty() || random() % 3 != 0) {
      const std::size_t n = random() % 300;
      auto* p = static_cast<unsigned char*>(heap.allocate(n));
      ASSERT_NE(p, nullptr);
      const auto fill = static_cast<unsigned char>(random());
      std::fill(p, p + n, fill);
      live.push_back({p, n, fill});
    } else {
      const std::size_t i = random() % live.size();
      const Live& gone = live[i];
      for (std::size_t k = 0; k < gone.n; ++k) ASSERT_EQ(gone.p[k], gone.fill) << "step " << step;
      heap.release(gone.p);
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  for (const Live& block : live) {
    for (std::size_t k = 0; k < block.n; ++k) ASSERT_EQ(block.p[k], block.fill);
    heap.release(block.p);
  }
  EXPECT_EQ(arena.large_allocations, arena.large_releases);
}

}  // namespace
}  // namespace yushen::wasm
