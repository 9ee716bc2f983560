/* baseline.c -- baselines (placeholder: being written). */
#include "internal.h"
