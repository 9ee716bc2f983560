/* filter.c -- path globs and package patterns (placeholder: being written). */
#include "internal.h"
