#!/usr/bin/env bash
# Run every benchmark and the urpeer tool's measurements on this machine, saving the outputs.
#   bench/run_all.sh BUILD_DIR OUT_DIR [cuda|sim]
# With cuda (the default where a GPU is found) the figures are next to the raw CUDA driver;
# with sim, next to memcpy on the simulated node.
set -u
build=${1:?build dir}
out=${2:?output dir}
adapter=${3:-cuda}
mkdir -p "$out"
run() { # name, command...
    local name=$1
    shift
    echo "== $name: $*" | tee -a "$out/summary.txt"
    "$@" >"$out/$name.txt" 2>"$out/$name.err"
    echo "exit $?" >>"$out/$name.err"
    cat "$out/$name.txt" >>"$out/summary.txt"
}
{ uname -a; nproc; grep -m1 'model name' /proc/cpuinfo; nvidia-smi -L 2>/dev/null; } >"$out/machine.txt"
if [ "$adapter" = sim ]; then
    run bench_api "$build/bench/bench_api" --adapter sim --sim pair
    run bench_startup "$build/bench/bench_startup" --adapter sim --runs 9
    run bench_copy "$build/bench/bench_copy" --adapter sim --max-size 268435456
    run tool_bench "$build/tools/urpeer/urpeer" bench --sim=pair -s 64K,1M,32M -r 10
    exit 0
fi
run bench_api "$build/bench/bench_api" --adapter cuda
run bench_api_json "$build/bench/bench_api" --adapter cuda --json
run bench_startup "$build/bench/bench_startup" --adapter cuda --runs 9
run bench_copy "$build/bench/bench_copy" --adapter cuda
run bench_copy_json "$build/bench/bench_copy" --adapter cuda --json
run tool_list "$build/tools/urpeer/urpeer" list
run tool_topo "$build/tools/urpeer/urpeer" topo
run tool_check "$build/tools/urpeer/urpeer" check -s 64M
run tool_bench "$build/tools/urpeer/urpeer" bench -s 64K,1M,32M,256M -r 10
run tool_bench_json "$build/tools/urpeer/urpeer" bench -s 32M,256M -r 10 --json
# The diagonal of the tool's bench against the raw driver, same run: D2D copies of the same sizes.
run diag_raw "$build/bench/bench_copy" --adapter cuda --max-size 268435456 --samples 7
