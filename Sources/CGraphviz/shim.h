#ifndef CLOUT_CGRAPHVIZ_SHIM_H
#define CLOUT_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
