/* config.c -- .escapelint.json (placeholder: being written). */
#include "internal.h"
