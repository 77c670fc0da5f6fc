/* Reading DOT text into cgraph with subgraphs in the order the text creates them (an arena
 * memory discipline), closing what was read, and keeping cgraph from handing the arena's memory
 * to free(). Everything here runs under the caller's Graphviz lock. */
#define _GNU_SOURCE
#include "ordered_read.h"
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ---- Reading DOT text with creation-ordered subgraphs ----
 * cgraph keeps subgraphs ordered by ID, and the default ID of a named object is the address of
 * its interned name. With the default allocator that order, and so the order in which dot lays
 * out clusters, depends on the state of the heap: the same text gave different drawings from run
 * to run. The arena below hands out increasing addresses from one reserved region (zeroed, as
 * cgraph expects), so IDs, and subgraph order, follow the order of creation. Memory is returned
 * when the graph is closed. Past the region (1 GiB of address space, reserved, not committed)
 * it falls back to calloc and the order is the heap's again. */
typedef struct clout_gv_arena {
  char *base;
  size_t used;
  size_t size;
  struct clout_gv_arena *next; /* the next live arena */
} clout_gv_arena_t;

/* The arenas of the graphs open now (a read, and the second graph it checks for, at most). */
static clout_gv_arena_t *live_arenas;

/* The arena opened by the last read, so that a read that fails can release it. */
static clout_gv_arena_t *last_arena;

static void *clout_gv_arena_open(Agdisc_t *disc) {
  (void)disc;
  clout_gv_arena_t *a = (clout_gv_arena_t *)calloc(1, sizeof *a);
  if (a == NULL) return NULL;
  last_arena = a;
  size_t size = (size_t)1 << 30;
  void *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base != MAP_FAILED) {
    a->base = (char *)base;
    a->size = size;
  }
  a->next = live_arenas;
  live_arenas = a;
  return a;
}

static int clout_gv_arena_owns(clout_gv_arena_t *a, void *p) {
  return a != NULL && a->base != NULL && (char *)p >= a->base && (char *)p < a->base + a->size;
}

static void *clout_gv_arena_alloc(void *state, size_t req) {
  clout_gv_arena_t *a = (clout_gv_arena_t *)state;
  size_t n = (req + 15) & ~(size_t)15;
  if (a != NULL && a->base != NULL && n >= req && n <= a->size - a->used) {
    void *p = a->base + a->used;
    a->used += n;
    return p;
  }
  return calloc(1, req > 0 ? req : 1);
}

static void *clout_gv_arena_resize(void *state, void *ptr, size_t old, size_t req) {
  clout_gv_arena_t *a = (clout_gv_arena_t *)state;
  if (ptr == NULL) return clout_gv_arena_alloc(state, req);
  if (clout_gv_arena_owns(a, ptr)) {
    if (req <= old) return ptr;
    void *p = clout_gv_arena_alloc(state, req);
    if (p != NULL) memcpy(p, ptr, old);
    return p;
  }
  void *p = realloc(ptr, req);
  if (p != NULL && req > old) memset((char *)p + old, 0, req - old);
  return p;
}

static void clout_gv_arena_free(void *state, void *ptr) {
  if (ptr != NULL && !clout_gv_arena_owns((clout_gv_arena_t *)state, ptr)) free(ptr);
}

static void clout_gv_arena_close(void *state) {
  clout_gv_arena_t *a = (clout_gv_arena_t *)state;
  if (a == NULL) return;
  for (clout_gv_arena_t **link = &live_arenas; *link != NULL; link = &(*link)->next) {
    if (*link == a) {
      *link = a->next;
      break;
    }
  }
  if (a->base != NULL) munmap(a->base, a->size);
  free(a);
}

/* ---- cgraph's dictionary memory ----
 * agdictobjmem is the memory function of every cgraph dictionary (cdt calls it through the
 * dictionary's discipline). It uses the graph's memory discipline when the dictionary operation
 * in progress names the graph (cgraph's Ag_dictop_G), and malloc/free otherwise. Graphviz 2.43's
 * parser, recovering from a syntax error, closes the graph it was building through paths that
 * delete from dictionaries without naming the graph, so memory the arena gave out reached free():
 * "double free or corruption", an abort on input (found by the fuzzer, dot target). The executable
 * exports this function (linker flag --export-dynamic-symbol, Package.swift), so cdt's calls
 * arrive here: a free of memory inside a live arena is left to the arena, which is released as a
 * whole when the graph is closed; everything else goes to cgraph's own function. */
static int in_live_arena(void *p) {
  for (clout_gv_arena_t *a = live_arenas; a != NULL; a = a->next) {
    if (clout_gv_arena_owns(a, p)) return 1;
  }
  return 0;
}

void *agdictobjmem(Dict_t *dict, void *p, size_t size, Dtdisc_t *disc) {
  static void *(*original)(Dict_t *, void *, size_t, Dtdisc_t *);
  if (original == NULL) {
    void *library = dlopen("libcgraph.so.6", RTLD_NOW | RTLD_NOLOAD);
    if (library != NULL) {
      original = (void *(*)(Dict_t *, void *, size_t, Dtdisc_t *))dlsym(library, "agdictobjmem");
      dlclose(library);
    }
    if (original == NULL) {
      original = (void *(*)(Dict_t *, void *, size_t, Dtdisc_t *))dlsym(RTLD_NEXT, "agdictobjmem");
    }
    if (original == NULL) abort(); /* cdt calls this only through a cgraph dictionary */
  }
  if (p != NULL && in_live_arena(p)) return NULL;
  return original(dict, p, size, disc);
}

/* DOT text in memory, handed to the scanner a line at a time (as agmemread does). */
typedef struct {
  const char *data;
  size_t length;
  size_t next;
} clout_gv_text_t;

static int clout_gv_text_read(void *channel, char *buffer, int size) {
  clout_gv_text_t *t = (clout_gv_text_t *)channel;
  if (size <= 0 || t->next >= t->length) return 0;
  int n = 0;
  char c;
  do {
    c = t->data[t->next++];
    buffer[n++] = c;
  } while (c != '\n' && n < size && t->next < t->length);
  return n;
}

/* agclose for graphs read either way. The arena discipline has no `close`: with one, cgraph's
 * agclose of a root graph only calls it ("free the entire heap") and skips closing the graph's
 * dictionaries, whose headers cdt allocates with malloc, outside the heap: 72 bytes per
 * dictionary, about 1.2 KB per parse, leaked (found by the fuzzer). So agclose takes its full
 * path and the arena is released after it. Callers hold the Graphviz lock. */
int clout_gv_close(Agraph_t *g) {
  if (g == NULL) return 0;
  if (agparent(g) != NULL || g->clos->disc.mem == &AgMemDisc) return agclose(g);
  void *state = g->clos->state.mem;
  int result = agclose(g);
  clout_gv_arena_close(state);
  return result;
}

/* agmemread with the arena: one graph from `text`, subgraphs in the order the text creates them. */
Agraph_t *clout_gv_read_ordered(const char *text) {
  static Agmemdisc_t memory = {
    clout_gv_arena_open, clout_gv_arena_alloc, clout_gv_arena_resize, clout_gv_arena_free, NULL,
  };
  static Agiodisc_t io;
  static Agdisc_t discipline;
  io.afread = clout_gv_text_read;
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  discipline.mem = &memory;
  discipline.id = &AgIdDisc;
  discipline.io = &io;
  clout_gv_text_t text_channel = {text, strlen(text), 0};
  last_arena = NULL;
  Agraph_t *g = agread(&text_channel, &discipline);
  /* A failed read has closed what it built; its arena is released here. */
  if (g == NULL && last_arena != NULL) clout_gv_arena_close(last_arena);
  last_arena = NULL;
  return g;
}

