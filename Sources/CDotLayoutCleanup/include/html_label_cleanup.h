#ifndef CLOUT_HTML_LABEL_CLEANUP_H
#define CLOUT_HTML_LABEL_CLEANUP_H
#include <stddef.h>

/* Frees what Graphviz 2.42/2.43 loses on every HTML-like label (the row graph's edge lists in
 * sizeArray, the span arrays of free_html_text, the pango plugin's parsed markup), so that
 * rendering a diagram with a legend again and again keeps memory flat. See html_label_cleanup.c. */

/* Turns the cleanup on for this Graphviz version (gvcVersion); off for any other, which frees
 * these itself. Returns whether it is on. Call under the Graphviz lock. */
int clout_label_cleanup_enable(const char *graphviz_version);

/* Releases the markup the pango plugin parsed since the last call: call after each layout has
 * been rendered (or left unfreed), under the Graphviz lock. */
void clout_label_cleanup_release(void);

/* How many lost blocks have been freed since the start. */
size_t clout_label_cleanup_total_freed(void);

#endif
