/*
 * grammar_go.c -- the Go grammar for tree-sitter, compiled into the
 * library.  parser.c is tree-sitter-go 0.23.4's generated parser, fetched
 * from npm by `make setup` (pinned with its integrity hash in
 * deps/tree-sitter-go/package-lock.json) and never committed; configure
 * finds it (--with-tree-sitter-go=DIR) and puts its src/ on the include
 * path of this file alone, which is built without the project's warnings.
 */
#include "parser.c"
