#ifndef CLOUT_CGRAPHVIZ_SHIM_H
#define CLOUT_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

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

#endif
