# Makefile -- the build driver.  Runs autoreconf and configure in a build
# directory (build/ by default) and forwards to the Automake build there;
# the real rules are in Makefile.am.
#
#   make setup       install missing packages (apt-get, as root), build, run the demo
#   make             build (build/escapelint)
#   make check       build and run the whole test suite
#   make check-valgrind  the unit tests and the command under valgrind
#   make distcheck   build the tarball and check it
#   make fuzz-smoke  run every libFuzzer target for a minute (a build configured
#                    with --enable-fuzzing: BUILD=build-fuzz CONFIGURE_FLAGS=--enable-fuzzing)
#   make install     install (PREFIX via CONFIGURE_FLAGS=--prefix=...)
#
# Variables: BUILD (build directory), CONFIGURE_FLAGS (passed to configure,
# e.g. --enable-werror or --enable-sanitizers), JOBS (how many jobs `make
# check`, `make distcheck` and `make fuzz-smoke` run at once: one per CPU
# unless make was given -j itself).

BUILD ?= build
CONFIGURE_FLAGS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 1)
TOP := $(CURDIR)
# -jJOBS for the test runs, unless a -j of the caller's already applies
PARALLEL = $(if $(filter -j%,$(MAKEFLAGS)),,-j$(JOBS))

all: $(BUILD)/Makefile
	@$(MAKE) --no-print-directory -C $(BUILD)

setup:
	@sh scripts/deps.sh install
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory demo

deps:
	@sh scripts/deps.sh install

# The demo's findings make escapelint exit 1 (as a CI job would fail):
# that is expected here, anything else is not.
demo: all
	@echo '$$ cd examples/quickstart && escapelint quickstart.m2.log'
	@cd examples/quickstart && { $(TOP)/$(BUILD)/escapelint quickstart.m2.log || [ $$? -eq 1 ]; }

configure: configure.ac Makefile.am
	@sh scripts/deps.sh check
	autoreconf -fi

# Re-run configure when the flags change.
$(BUILD)/config.flags: FORCE
	@mkdir -p $(BUILD)
	@echo '$(CONFIGURE_FLAGS)' | cmp -s - $@ || echo '$(CONFIGURE_FLAGS)' > $@

$(BUILD)/Makefile: configure $(BUILD)/config.flags
	cd $(BUILD) && $(TOP)/configure $(CONFIGURE_FLAGS)

check distcheck fuzz-smoke: $(BUILD)/Makefile
	@$(MAKE) --no-print-directory -C $(BUILD) $(PARALLEL) $@

check-valgrind install uninstall dist: $(BUILD)/Makefile
	@$(MAKE) --no-print-directory -C $(BUILD) $@

format:
	clang-format -i lib/*.[ch] cmd/*.c tests/*.[ch]

clean:
	rm -rf $(BUILD)

distclean:
	rm -rf build build-* configure config.h.in aclocal.m4 autom4te.cache build-aux \
		Makefile.in m4/*.m4

.PHONY: all setup deps demo check check-valgrind distcheck fuzz-smoke install uninstall dist format clean distclean FORCE
FORCE:
