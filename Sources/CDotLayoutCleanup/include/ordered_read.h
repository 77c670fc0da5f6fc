#ifndef CLOUT_ORDERED_READ_H
#define CLOUT_ORDERED_READ_H
#include <graphviz/cgraph.h>

/* Reading DOT text so that subgraphs come in the order the text creates them, and closing what
 * was read. See ordered_read.c. Callers hold the Graphviz lock. */

/* agmemread with Clout's arena: one graph from `text` (NUL-terminated), or NULL with cgraph's
 * error reported through agerr. Close the result with clout_gv_close. */
Agraph_t *clout_gv_read_ordered(const char *text);

/* agclose for graphs read either way (clout_gv_read_ordered or agmemread/agopen). */
int clout_gv_close(Agraph_t *g);

#endif
