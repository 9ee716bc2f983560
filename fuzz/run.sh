#!/bin/sh
# fuzz/run.sh TARGET -- run one libFuzzer target for `make fuzz-smoke`, in
# the build directory: FUZZ_TIME seconds (in FUZZ_FLAGS) over its corpus
# fuzz/corpus/TARGET and the seeds FUZZ_SEEDS/TARGET, with the dictionary
# of its input format from FUZZ_SRCDIR/fuzz/.  Prints the run's figures,
# or on a crash what the sanitizer said; exits 1 on a crash (the input is
# kept as fuzz/artifacts/TARGET-*).  `make fuzz-smoke` runs FUZZ_JOBS of
# these at once.
set -u -f # -f: FUZZ_FLAGS is split into words, never globbed
t=$1
case $t in
fuzz_directives) dict=go.dict ;;
fuzz_rules) dict=rules.dict ;;
fuzz_config | fuzz_baseline | fuzz_logopt) dict=json.dict ;;
*) dict=log.dict ;;
esac
mkdir -p fuzz/corpus/"$t" fuzz/artifacts
# each target's lines are printed at once, in one write, so that the
# lines of targets run side by side do not mix
if fuzz/"$t" $FUZZ_FLAGS -dict="$FUZZ_SRCDIR/fuzz/$dict" -artifact_prefix=fuzz/artifacts/"$t"- \
	fuzz/corpus/"$t" "$FUZZ_SEEDS/$t" >fuzz/"$t".log 2>&1; then
	out=$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added):' \
		fuzz/"$t".log | sed 's/^/           /')
	printf '  FUZZ     %s (log fuzz/%s.log)\n%s\n' "$t" "$t" "$out"
else
	out=$(sed -n '/runtime error\|assertion failed\|==ERROR\|ERROR: libFuzzer/,$p' fuzz/"$t".log | head -n 50)
	printf '  FUZZ     %s crashed (log fuzz/%s.log):\n%s\n' "$t" "$t" "$out"
	exit 1
fi
