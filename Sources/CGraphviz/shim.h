#ifndef CLOUT_CGRAPHVIZ_SHIM_H
#define CLOUT_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Small const-correct wrappers for the Swift side (cgraph copies every string it is given),
 * and functions for what Swift cannot import: macros with casts and global descriptor
 * variables (which Swift 6 reports as not concurrency-safe). Callers hold the Graphviz lock. */

/* Object kinds for agnxtattr and agattr. */
static inline int clout_gv_kind_graph(void) { return AGRAPH; }
static inline int clout_gv_kind_node(void) { return AGNODE; }
static inline int clout_gv_kind_edge(void) { return AGEDGE; }

/* Error levels for agseterr. */
static inline agerrlevel_t clout_gv_level_warning(void) { return AGWARN; }

/* The tail and head of an edge (macros in cgraph.h). */
static inline Agnode_t *clout_gv_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *clout_gv_head(Agedge_t *e) { return aghead(e); }

/* The creation sequence number of a node or edge (a bit field in cgraph.h). */
static inline unsigned long clout_gv_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

/* The name of a graph, node or edge; NULL for an edge without a key. */
static inline const char *clout_gv_name(void *obj) { return agnameof(obj); }

/* Whether a string held by cgraph is an HTML-like label (<...> in DOT). */
static inline int clout_gv_is_html(const char *s) { return aghtmlstr((char *)s); }

/* An attribute value of an object, by symbol. Never NULL for a symbol of the object's kind. */
static inline const char *clout_gv_value(void *obj, Agsym_t *sym) { return agxget(obj, sym); }

/* An attribute of an object by name (graph, node or edge), or NULL if undeclared. */
static inline const char *clout_gv_get(void *obj, const char *name) { return agget(obj, (char *)name); }

/* The declared attribute `name` of `kind` in the root graph `g`, or NULL. */
static inline Agsym_t *clout_gv_symbol(Agraph_t *g, int kind, const char *name) {
  return agattr(g, kind, (char *)name, NULL);
}

/* Sets an attribute of an object, declaring it with default "" if needed. */
static inline int clout_gv_set(void *obj, const char *name, const char *value) {
  return agsafeset(obj, (char *)name, (char *)value, "");
}

/* Sets an attribute of the root graph `g` (kind AGRAPH) or of all its nodes or edges to "", and
 * makes "" the default: used to strip file-reading attributes from untrusted input.
 * Returns how many non-empty values were cleared. */
static inline int clout_gv_clear_attribute(Agraph_t *g, int kind, const char *name) {
  Agsym_t *sym = agattr(g, kind, (char *)name, NULL);
  if (sym == NULL) return 0;
  int cleared = 0;
  if (kind == AGRAPH) {
    cleared += agxget(g, sym)[0] != 0;
    agxset(g, sym, "");
  } else {
    for (Agnode_t *n = agfstnode(g); n != NULL; n = agnxtnode(g, n)) {
      if (kind == AGNODE) {
        cleared += agxget(n, sym)[0] != 0;
        agxset(n, sym, "");
      } else {
        for (Agedge_t *e = agfstout(g, n); e != NULL; e = agnxtout(g, e)) {
          cleared += agxget(e, sym)[0] != 0;
          agxset(e, sym, "");
        }
      }
    }
  }
  agattr(g, kind, (char *)name, "");
  return cleared;
}

/* Moves every edge's non-empty `label` to its `xlabel` (when that is empty; HTML labels stay
 * HTML) and clears the `label`: a clustered graph without edge labels is one whose dot layout
 * Graphviz 2.43 can free (see DotCleanupHazard.swift). Returns how many edges were changed. */
static inline int clout_gv_edge_labels_to_xlabels(Agraph_t *g) {
  Agsym_t *label = agattr(g, AGEDGE, "label", NULL);
  if (label == NULL) return 0;
  Agsym_t *xlabel = agattr(g, AGEDGE, "xlabel", NULL);
  if (xlabel == NULL) xlabel = agattr(g, AGEDGE, "xlabel", "");
  int moved = 0;
  for (Agnode_t *n = agfstnode(g); n != NULL; n = agnxtnode(g, n)) {
    for (Agedge_t *e = agfstout(g, n); e != NULL; e = agnxtout(g, e)) {
      char *value = agxget(e, label);
      if (value == NULL || value[0] == 0) continue;
      char *current = agxget(e, xlabel);
      if (current == NULL || current[0] == 0) {
        if (aghtmlstr(value)) {
          char *html = agstrdup_html(g, value);
          agxset(e, xlabel, html);
          agstrfree(g, html);
        } else {
          agxset(e, xlabel, value);
        }
      }
      agxset(e, label, "");
      moved++;
    }
  }
  return moved;
}

/* ---- Reading DOT text with creation-ordered subgraphs ----
 * cgraph keeps subgraphs ordered by ID, and the default ID of a named object is the address of
 * its interned name. With the default allocator that order, and so the order in which dot lays
 * out clusters, depends on the state of the heap: the same text gave different drawings from run
 * to run. The arena below hands out increasing addresses from one reserved region (zeroed, as
 * cgraph expects), so IDs, and subgraph order, follow the order of creation. Memory is returned
 * when the graph is closed. Past the region (1 GiB of address space, reserved, not committed)
 * it falls back to calloc and the order is the heap's again. */
typedef struct {
  char *base;
  size_t used;
  size_t size;
} clout_gv_arena_t;

/* The arena opened by the last read, so that a read that fails can release it. */
static inline clout_gv_arena_t **clout_gv_last_arena(void) {
  static clout_gv_arena_t *last;
  return &last;
}

static inline void *clout_gv_arena_open(Agdisc_t *disc) {
  (void)disc;
  clout_gv_arena_t *a = (clout_gv_arena_t *)calloc(1, sizeof *a);
  if (a == NULL) return NULL;
  *clout_gv_last_arena() = a;
  size_t size = (size_t)1 << 30;
  void *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base != MAP_FAILED) {
    a->base = (char *)base;
    a->size = size;
  }
  return a;
}

static inline int clout_gv_arena_owns(clout_gv_arena_t *a, void *p) {
  return a != NULL && a->base != NULL && (char *)p >= a->base && (char *)p < a->base + a->size;
}

static inline void *clout_gv_arena_alloc(void *state, size_t req) {
  clout_gv_arena_t *a = (clout_gv_arena_t *)state;
  size_t n = (req + 15) & ~(size_t)15;
  if (a != NULL && a->base != NULL && n >= req && n <= a->size - a->used) {
    void *p = a->base + a->used;
    a->used += n;
    return p;
  }
  return calloc(1, req > 0 ? req : 1);
}

static inline void *clout_gv_arena_resize(void *state, void *ptr, size_t old, size_t req) {
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

static inline void clout_gv_arena_free(void *state, void *ptr) {
  if (ptr != NULL && !clout_gv_arena_owns((clout_gv_arena_t *)state, ptr)) free(ptr);
}

static inline void clout_gv_arena_close(void *state) {
  clout_gv_arena_t *a = (clout_gv_arena_t *)state;
  if (a == NULL) return;
  if (a->base != NULL) munmap(a->base, a->size);
  free(a);
}

/* DOT text in memory, handed to the scanner a line at a time (as agmemread does). */
typedef struct {
  const char *data;
  size_t length;
  size_t next;
} clout_gv_text_t;

static inline int clout_gv_text_read(void *channel, char *buffer, int size) {
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
static inline int clout_gv_close(Agraph_t *g) {
  if (g == NULL) return 0;
  if (agparent(g) != NULL || g->clos->disc.mem == &AgMemDisc) return agclose(g);
  void *state = g->clos->state.mem;
  int result = agclose(g);
  clout_gv_arena_close(state);
  return result;
}

/* agmemread with the arena: one graph from `text`, subgraphs in the order the text creates them. */
static inline Agraph_t *clout_gv_read_ordered(const char *text) {
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
  *clout_gv_last_arena() = NULL;
  Agraph_t *g = agread(&text_channel, &discipline);
  /* A failed read has closed what it built; its arena is released here. */
  if (g == NULL && *clout_gv_last_arena() != NULL) clout_gv_arena_close(*clout_gv_last_arena());
  *clout_gv_last_arena() = NULL;
  return g;
}

#endif
