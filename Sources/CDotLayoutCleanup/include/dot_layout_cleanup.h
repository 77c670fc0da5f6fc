#ifndef CLOUT_DOT_LAYOUT_CLEANUP_H
#define CLOUT_DOT_LAYOUT_CLEANUP_H
#include <graphviz/gvc.h>

/* Frees what Graphviz 2.42/2.43's dot layout loses track of in its cluster code, so that
 * rendering clustered graphs again and again keeps memory flat. See dot_layout_cleanup.c. */

/* Turns the collection on for this Graphviz version (gvcVersion); off for any other, whose
 * dot may free these objects itself. Returns whether it is on. Call under the Graphviz lock. */
int clout_dot_cleanup_enable(const char *graphviz_version);

/* Whether the executable exports the hooks, so that the dot plugin calls them. */
int clout_dot_cleanup_hooked(void);

/* gvFreeLayout, then frees the virtual nodes and edges dot's mincross dropped during the last
 * layout of `g` and that its cleanup does not reach. Call under the Graphviz lock. */
int clout_dot_free_layout(GVC_t *gvc, Agraph_t *g);

/* Forgets what the last layout dropped, without freeing it (for a layout left unfreed). */
void clout_dot_forget_layout(void);

/* How many objects the last clout_dot_free_layout freed, and all of them since the start. */
size_t clout_dot_cleanup_last_freed(void);
size_t clout_dot_cleanup_total_freed(void);

/* The HTML-label and markup hooks and the ordered DOT reader of the same module. Included here as
 * well as found through the umbrella directory, so that a build made before those headers existed
 * rebuilds its Clang module (a new file in an umbrella directory alone does not invalidate the
 * module cache). */
#include "html_label_cleanup.h"
#include "ordered_read.h"

#endif
