/* Frees what Graphviz 2.42/2.43 loses on every HTML-like label (the drawn legend is one).
 *
 * valgrind --leak-check=full on a loop of dot layouts and SVG renders of the seed overview names
 * three losses, about 4.7 KiB per render, all from make_html_label:
 *
 * 1. sizeArray, which sizes a table of more than one row and column, builds a row graph and a
 *    column graph (makeGraphs), ranks them, and closes them; its closeGraphs frees the in and out
 *    edge lists of the column graph's nodes but not those of the row graph's (about 1.1 KiB).
 * 2. free_html_text frees each text line's strings but not the line's array of spans (`items`,
 *    72 bytes a span, 2.7 KiB for the legend).
 * 3. The pango text plugin turns each span with a font style (<B>, <I>, <FONT>) into Pango markup
 *    and parses it (pango_parse_markup); it keeps the text and attribute list this returns in
 *    the span's PangoLayout, which copies the text and takes its own reference to the list, and
 *    never frees either (about 1 KiB).
 * Later Graphviz releases free all three themselves.
 *
 * Like dot_layout_cleanup.c, the executable exports makeGraphs, sizeArray, free_html_text and
 * pango_parse_markup (linker flag --export-dynamic-symbol, Package.swift): libgvc's and the pango
 * plugin's calls to them go through their PLT and arrive here first; each forwards to the
 * library's own function. makeGraphs notes the row graph's lists, which sizeArray frees once the
 * graphs are closed (ranking never reallocates them); free_html_text frees the span arrays of the
 * text it is about to free; the markup results the pango plugin received are released by
 * clout_label_cleanup_release, after the layout that sized the labels (the PangoLayouts keep
 * what they need). Only for Graphviz 2.42/2.43 (clout_label_cleanup_enable), only markup parsed
 * for the pango plugin; otherwise every hook only forwards. Runs under the caller's Graphviz lock. */
#define _GNU_SOURCE
#include "html_label_cleanup.h"
#include <dlfcn.h>
#include <graphviz/types.h>
#include <stdlib.h>
#include <string.h>

/* Graphviz 2.42's htmltable.h (not installed): one line of spans, and a text of lines. */
typedef struct {
  textspan_t *items;
  short nitems;
  char just;
  double size;
  double lfsize;
} html_line;

typedef struct {
  html_line *spans;
  short nspans;
} html_text;

static int enabled;

/* Pointers to free later; `broken` when one could not be noted (then the notes are dropped:
 * a leak, never a wrong free). */
typedef struct {
  void **items;
  size_t count, capacity;
  int broken;
} pointer_list;

static void note(pointer_list *l, void *p) {
  if (p == NULL) return;
  if (l->count == l->capacity) {
    size_t capacity = l->capacity ? l->capacity * 2 : 64;
    void **items = realloc(l->items, capacity * sizeof *items);
    if (items == NULL) {
      l->broken = 1;
      return;
    }
    l->items = items;
    l->capacity = capacity;
  }
  l->items[l->count++] = p;
}

static size_t freed;

/* The function `name` of the already loaded library `soname`. */
static void *library_function(const char *soname, const char *name) {
  void *library = dlopen(soname, RTLD_NOW | RTLD_NOLOAD);
  if (library == NULL) return NULL;
  void *function = dlsym(library, name);
  dlclose(library);
  return function;
}

static void *gvc_function(const char *name) { return library_function("libgvc.so.6", name); }

/* ---- 1. the row graph of sizeArray ---- */

static pointer_list row_lists;

void makeGraphs(void *table, Agraph_t *rowg, Agraph_t *colg) {
  static void (*original)(void *, Agraph_t *, Agraph_t *);
  if (original == NULL) original = (void (*)(void *, Agraph_t *, Agraph_t *))gvc_function("makeGraphs");
  if (original == NULL) abort(); /* only libgvc calls makeGraphs, so it is loaded */
  original(table, rowg, colg);
  if (!enabled) return;
  for (Agnode_t *n = GD_nlist(rowg); n != NULL; n = ND_next(n)) {
    note(&row_lists, ND_in(n).list);
    note(&row_lists, ND_out(n).list);
  }
}

void sizeArray(void *table) {
  static void (*original)(void *);
  if (original == NULL) original = (void (*)(void *))gvc_function("sizeArray");
  if (original == NULL) abort();
  size_t mark = row_lists.count; /* tables nested in this one are sized before it, not inside */
  original(table);
  if (row_lists.broken) {
    row_lists.broken = 0;
  } else {
    for (size_t i = mark; i < row_lists.count; i++) free(row_lists.items[i]);
    freed += row_lists.count - mark;
  }
  row_lists.count = mark;
}

/* ---- 2. the span arrays of an HTML text ---- */

void free_html_text(void *text) {
  static void (*original)(void *);
  if (original == NULL) original = (void (*)(void *))gvc_function("free_html_text");
  if (original == NULL) abort();
  if (!enabled || text == NULL) {
    original(text);
    return;
  }
  html_text *t = text;
  short count = t->spans != NULL && t->nspans > 0 ? t->nspans : 0;
  pointer_list arrays = {0};
  for (short i = 0; i < count; i++) note(&arrays, t->spans[i].items);
  original(text); /* frees the strings the spans point to, the lines and the text */
  if (!arrays.broken) {
    for (size_t i = 0; i < arrays.count; i++) free(arrays.items[i]);
    freed += arrays.count;
  }
  free(arrays.items);
}

/* ---- 3. the markup parsed for the pango plugin ---- */

static pointer_list markup_attributes, markup_texts;

/* pango_parse_markup (Pango ≥ 1.0); gboolean and gunichar spelled as C types, so that no Pango
 * header is needed. */
int pango_parse_markup(
  const char *markup, int length, unsigned int accel_marker, void **attributes, char **text,
  unsigned int *accel_char, void **error) {
  static int (*original)(const char *, int, unsigned int, void **, char **, unsigned int *, void **);
  if (original == NULL)
    original = (int (*)(const char *, int, unsigned int, void **, char **, unsigned int *, void **))
      library_function("libpango-1.0.so.0", "pango_parse_markup");
  if (original == NULL) original = dlsym(RTLD_NEXT, "pango_parse_markup");
  if (original == NULL) abort();
  int parsed = original(markup, length, accel_marker, attributes, text, accel_char, error);
  if (!parsed || !enabled) return parsed;
  Dl_info caller;
  if (dladdr(__builtin_return_address(0), &caller) == 0 || caller.dli_fname == NULL
      || strstr(caller.dli_fname, "libgvplugin_pango") == NULL)
    return parsed;
  if (attributes != NULL) note(&markup_attributes, *attributes);
  if (text != NULL) note(&markup_texts, *text);
  return parsed;
}

int clout_label_cleanup_enable(const char *version) {
  enabled = version != NULL && (strncmp(version, "2.42.", 5) == 0 || strncmp(version, "2.43.", 5) == 0);
  return enabled;
}

void clout_label_cleanup_release(void) {
  if (markup_attributes.count + markup_texts.count == 0) return;
  void (*unref)(void *) = (void (*)(void *))library_function("libpango-1.0.so.0", "pango_attr_list_unref");
  void (*release)(void *) = (void (*)(void *))library_function("libglib-2.0.so.0", "g_free");
  if (unref != NULL && release != NULL && !markup_attributes.broken && !markup_texts.broken) {
    for (size_t i = 0; i < markup_attributes.count; i++) unref(markup_attributes.items[i]);
    for (size_t i = 0; i < markup_texts.count; i++) release(markup_texts.items[i]);
    freed += markup_attributes.count + markup_texts.count;
  }
  markup_attributes.count = markup_texts.count = 0;
  markup_attributes.broken = markup_texts.broken = 0;
}

size_t clout_label_cleanup_total_freed(void) { return freed; }
