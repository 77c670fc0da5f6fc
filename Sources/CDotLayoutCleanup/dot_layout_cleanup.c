/* Frees the objects Graphviz 2.42/2.43's dot layout loses in its cluster code.
 *
 * In dot's crossing minimisation (dot_mincross), every cluster gets a "skeleton": one virtual
 * node per rank (build_skeleton) joined by virtual edges, and edges between clusters are routed
 * through chains of virtual edges (class2, interclexp/map_path). When a cluster is expanded,
 * remove_rankleaders and map_path unlink those nodes and edges from the fast graph
 * (delete_fast_node, delete_fast_edge) but never free them, and dot_cleanup frees only what is
 * still linked: about 46 KiB per layout of the seed overview clustered by affiliation (valgrind:
 * named_virtual_node < build_skeleton, new_virtual_edge < virtual_edge < class2 / interclexp).
 * Later Graphviz releases free them in place.
 *
 * With newrank=true (clustered diagrams), dot also fills empty ranks with nodes of a subgraph
 * "_new_rank" and, once placed, deletes them and the subgraph (removeFill); cgraph 2.42's
 * agdelsubg only unlinks a subgraph from its parent without closing it, so the subgraph, its
 * dictionaries and its name are lost, about 6 KiB per clustered render (valgrind: agsubg <
 * dot_mincross). The hook on agdelsubg closes that one subgraph after dot unlinked it.
 *
 * The executable exports delete_fast_edge, delete_fast_node, dot_mincross and agdelsubg (linker flag
 * --export-dynamic-symbol, Package.swift), so the dot plugin's calls to them, which go through
 * its PLT, arrive here first; each forwards to the plugin's own function. While dot_mincross
 * runs, the virtual nodes and edges unlinked are noted. clout_dot_free_layout notes what
 * dot_cleanup will free (the virtual nodes still in a fast node list, the edges it unlinks
 * itself), calls gvFreeLayout, and frees the rest. Only objects dot allocated itself are noted:
 * their record has no name, unlike the records cgraph binds to real nodes and edges.
 *
 * Only Graphviz 2.42/2.43 is known to lose these objects; for any other version, and when the
 * hooks are not exported (a binary linked without the flag), nothing is noted or freed.
 * Everything here runs under the caller's Graphviz lock. */
#define _GNU_SOURCE
#include "dot_layout_cleanup.h"
#include <dlfcn.h>
#include <graphviz/types.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { NODE_VIRTUAL = 1 }; /* VIRTUAL in Graphviz's const.h (not installed) */

typedef struct {
  void **items;
  size_t count, capacity;
} pointer_set;

/* Set when a note could not be stored: then nothing is freed (a leak, never a double free). */
static int incomplete;

static void set_add(pointer_set *s, void *p) {
  if (s->count == s->capacity) {
    size_t capacity = s->capacity ? s->capacity * 2 : 256;
    void **items = realloc(s->items, capacity * sizeof *items);
    if (items == NULL) {
      incomplete = 1;
      return;
    }
    s->items = items;
    s->capacity = capacity;
  }
  s->items[s->count++] = p;
}

static int compare(const void *a, const void *b) {
  uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
  return x < y ? -1 : x > y;
}

/* Sorts and drops duplicates, for set_has. */
static void set_seal(pointer_set *s) {
  if (s->count == 0) return;
  qsort(s->items, s->count, sizeof *s->items, compare);
  size_t k = 1;
  for (size_t i = 1; i < s->count; i++)
    if (s->items[i] != s->items[k - 1]) s->items[k++] = s->items[i];
  s->count = k;
}

static int set_has(const pointer_set *s, void *p) {
  return s->count > 0 && bsearch(&p, s->items, s->count, sizeof *s->items, compare) != NULL;
}

static int enabled;
static int phase; /* 1 while dot_mincross runs, 2 while gvFreeLayout runs */
static int hooked;
static size_t last_freed, total_freed;
static pointer_set dropped_edges, dropped_nodes, cleaned_edges, linked_nodes;

/* The dot plugin's own definition of `name`. */
static void *plugin_function(const char *name) {
  void *library = dlopen("libgvplugin_dot_layout.so.6", RTLD_NOW | RTLD_NOLOAD);
  if (library == NULL) return NULL;
  void *function = dlsym(library, name);
  dlclose(library);
  return function;
}

/* Whether dot allocated the object itself (virtual_node, new_virtual_edge): cgraph's records
 * carry their name ("Agnodeinfo_t"), dot's zeroed ones none. */
static int allocated_by_dot(void *object) {
  Agrec_t *record = ((Agobj_t *)object)->data;
  return record != NULL && record->name == NULL;
}

void delete_fast_edge(Agedge_t *e) {
  static void (*original)(Agedge_t *);
  if (original == NULL) original = (void (*)(Agedge_t *))plugin_function("delete_fast_edge");
  hooked = 1;
  if (phase == 1 && allocated_by_dot(e)) set_add(&dropped_edges, e);
  if (phase == 2) set_add(&cleaned_edges, e);
  if (original != NULL) original(e);
}

void delete_fast_node(Agraph_t *g, Agnode_t *n) {
  static void (*original)(Agraph_t *, Agnode_t *);
  if (original == NULL) original = (void (*)(Agraph_t *, Agnode_t *))plugin_function("delete_fast_node");
  hooked = 1;
  if (phase == 1 && allocated_by_dot(n) && ND_node_type(n) == NODE_VIRTUAL) set_add(&dropped_nodes, n);
  if (original != NULL) original(g, n);
}

void dot_mincross(Agraph_t *g, int balance) {
  static void (*original)(Agraph_t *, int);
  if (original == NULL) original = (void (*)(Agraph_t *, int))plugin_function("dot_mincross");
  hooked = 1;
  if (enabled) phase = 1;
  if (original != NULL) original(g, balance);
  phase = 0;
}

/* cgraph's agdelsubg; when the dot plugin unlinks its "_new_rank" subgraph, also closes it
 * (agclose of a subgraph already unlinked from its parent frees it and finds nothing more to unlink). */
long agdelsubg(Agraph_t *g, Agraph_t *subgraph) {
  static long (*original)(Agraph_t *, Agraph_t *);
  if (original == NULL) {
    void *library = dlopen("libcgraph.so.6", RTLD_NOW | RTLD_NOLOAD);
    if (library != NULL) {
      original = (long (*)(Agraph_t *, Agraph_t *))dlsym(library, "agdelsubg");
      dlclose(library);
    }
    if (original == NULL) original = (long (*)(Agraph_t *, Agraph_t *))dlsym(RTLD_NEXT, "agdelsubg");
    if (original == NULL) abort(); /* callers of agdelsubg have libcgraph loaded */
  }
  static int closing; /* agclose calls agdelsubg again, on a subgraph being freed */
  long result = original(g, subgraph);
  if (!enabled || closing || g == NULL || subgraph == NULL) return result;
  /* The caller first: agclose calls agdelsubg on subgraphs whose name it has already freed. */
  Dl_info caller;
  if (dladdr(__builtin_return_address(0), &caller) == 0 || caller.dli_fname == NULL
      || strstr(caller.dli_fname, "libgvplugin_dot_layout") == NULL)
    return result;
  const char *name = agnameof(subgraph);
  if (name == NULL || strcmp(name, "_new_rank") != 0) return result;
  if (agsubg(g, (char *)name, 0) == subgraph) return result; /* still linked: nothing lost */
  closing = 1;
  agclose(subgraph);
  closing = 0;
  total_freed++;
  return result;
}

int clout_dot_cleanup_enable(const char *version) {
  enabled = version != NULL && (strncmp(version, "2.42.", 5) == 0 || strncmp(version, "2.43.", 5) == 0);
  return enabled;
}

int clout_dot_cleanup_hooked(void) { return hooked; }

size_t clout_dot_cleanup_last_freed(void) { return last_freed; }

size_t clout_dot_cleanup_total_freed(void) { return total_freed; }

void clout_dot_forget_layout(void) {
  dropped_edges.count = dropped_nodes.count = 0;
  incomplete = 0;
}

/* The nodes in the fast node lists of `g` and its clusters: dot_cleanup frees the virtual ones
 * and every edge still in their lists. */
static void note_linked_nodes(Agraph_t *g) {
  if (agbindrec(g, "Agraphinfo_t", 0, 0) == NULL) return;
  for (Agnode_t *n = GD_nlist(g); n != NULL; n = ND_next(n)) set_add(&linked_nodes, n);
  for (int c = 1; c <= GD_n_cluster(g); c++) note_linked_nodes(GD_clust(g)[c]);
}

int clout_dot_free_layout(GVC_t *gvc, Agraph_t *g) {
  last_freed = 0;
  if (dropped_edges.count + dropped_nodes.count == 0) return gvFreeLayout(gvc, g);
  linked_nodes.count = cleaned_edges.count = 0;
  note_linked_nodes(g);
  phase = 2;
  int result = gvFreeLayout(gvc, g);
  phase = 0;
  if (incomplete) {
    clout_dot_forget_layout();
    return result;
  }
  set_seal(&linked_nodes);
  set_seal(&cleaned_edges);
  set_seal(&dropped_edges);
  set_seal(&dropped_nodes);
  for (size_t i = 0; i < dropped_edges.count; i++) {
    Agedge_t *e = dropped_edges.items[i];
    if (set_has(&cleaned_edges, e)) continue;
    free(e->base.data);
    free(e); /* the Agedgepair_t new_virtual_edge allocated; `out` is its first member */
    last_freed++;
  }
  for (size_t i = 0; i < dropped_nodes.count; i++) {
    Agnode_t *n = dropped_nodes.items[i];
    if (set_has(&linked_nodes, n)) continue;
    free(ND_in(n).list);
    free(ND_out(n).list);
    free(ND_flat_in(n).list);
    free(ND_flat_out(n).list);
    free(ND_other(n).list);
    free(n->base.data);
    free(n);
    last_freed++;
  }
  total_freed += last_freed;
  clout_dot_forget_layout();
  linked_nodes.count = cleaned_edges.count = 0;
  return result;
}
