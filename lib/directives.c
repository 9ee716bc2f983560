/* directives.c -- //escapelint: comments (placeholder: being written). */
#include "directives.h"
