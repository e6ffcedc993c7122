#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Peer access on a machine with two or more NVIDIA GPUs, in one run: configure and build, the
# peer-access tests on the real pairs (verbose), the whole test suite, the CUDA adapter's tests,
# the generic suites on the CUDA adapter, the urpeer tool (list, topo, check, bench on every
# pair), bench/run_all.sh, and bench_copy's peer copies next to the raw driver (cuMemcpyAsync and
# cuMemcpyPeerAsync); then a summary with the peer bandwidth against the raw driver and against
# the link's peak. On a machine with one GPU everything runs, the multi-GPU test skips (exit 77)
# and there are no peer figures.
#
# Usage (from anywhere in the repository):
#   tests/multi_gpu/run.sh LOG_DIR            everything; one log per step in LOG_DIR
#   tests/multi_gpu/run.sh --summary LOG_DIR  only the summary, again, from the logs there
# Environment:
#   BUILD=build-mgpu      build directory (relative to the repository root, or absolute)
#   JOBS=$(nproc)         build and ctest parallelism
#   PEAK_GBPS=450         the link's peak per direction (NVLink 4: 18 links x 25 GB/s)
#   TARGET_RAW=0.98       target: peer bandwidth at least this fraction of the raw driver's
#   TARGET_PEAK=0.83      target: peer bandwidth of large copies at least this fraction of peak
#   TOOL_SIZES=64K,1M,32M,256M   sizes of `urpeer bench`
#   COPY_MAX=268435456    largest size of bench_copy's peer rows
#   RUN_ALL=1             0 leaves out bench/run_all.sh
#   GPUS=                 the number of GPUs, where nvidia-smi cannot tell
#   STEP_TIMEOUT=3600     seconds one step may take (exit 124 in steps.txt when it ran out)
#   DEADLINE=0            seconds the whole run may take (0: no limit): each step gets what is
#                         left, a step with no time left is not run, and the summary is written
# Exit status: 0 if every test run passed (skips included), 1 otherwise. The performance targets
# are reported in the summary, not in the exit status.
# shellcheck disable=SC2016 # the bash -c scripts expand their own arguments
set -u

summary_only=0
if [ "${1:-}" = "--summary" ]; then
    summary_only=1
    shift
fi
if [ $# -lt 1 ]; then
    sed -n '3,/^# shellcheck/p' "$0" | sed -e '/^# shellcheck/d' -e 's/^# \{0,1\}//'
    exit 2
fi
mkdir -p "$1" || exit 2
LOG=$(cd "$1" && pwd)
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build-mgpu}
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
PEAK_GBPS=${PEAK_GBPS:-450}
TARGET_RAW=${TARGET_RAW:-0.98}
TARGET_PEAK=${TARGET_PEAK:-0.83}
TOOL_SIZES=${TOOL_SIZES:-64K,1M,32M,256M}
COPY_MAX=${COPY_MAX:-268435456}
RUN_ALL=${RUN_ALL:-1}
STEP_TIMEOUT=${STEP_TIMEOUT:-3600}
DEADLINE=${DEADLINE:-0}
URPEER=$BUILD/tools/urpeer/urpeer

# step NAME COMMAND...: run it (for at most STEP_TIMEOUT seconds) with its output in
# LOG/NAME.txt; its exit status and duration go to LOG/steps.txt.
failed_tests=0
have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1
step() {
    local name=$1 t0=$SECONDS rc secs=$STEP_TIMEOUT
    local limit=()
    shift
    if [ "$DEADLINE" -gt 0 ]; then
        local left=$((DEADLINE - SECONDS - 15))
        if [ "$left" -lt 5 ]; then
            printf '%-20s not run: no time left before DEADLINE=%s\n' "$name" "$DEADLINE" |
                tee -a "$LOG/steps.txt"
            return 124
        fi
        [ "$left" -lt "$secs" ] && secs=$left
    fi
    [ $have_timeout = 1 ] && limit=(timeout -k 5 "$secs")
    printf '== %s: %s\n' "$name" "$*" >"$LOG/$name.txt"
    ${limit[@]+"${limit[@]}"} "$@" >>"$LOG/$name.txt" 2>&1
    rc=$?
    printf '%-20s exit %3d %5ds  %s\n' "$name" "$rc" $((SECONDS - t0)) "$*" >>"$LOG/steps.txt"
    printf '%-20s exit %3d %5ds\n' "$name" "$rc" $((SECONDS - t0))
    return $rc
}
# A ctest run: a failure counts against the exit status.
ctest_step() {
    local name=$1
    shift
    step "$name" bash -c 'cd "$0" && exec "$@"' "$BUILD" "$@" || failed_tests=$((failed_tests + 1))
}

gpu_count() {
    if [ -n "${GPUS:-}" ]; then
        echo "$GPUS"
    else
        nvidia-smi -L 2>/dev/null | grep -c '^GPU' || true
    fi
}

# ---- Summary --------------------------------------------------------------------------------

# The rows of a benchmark's --json output as TSV: group, case, urpeer, raw.
json_rows() {
    sed -n 's/.*"group": "\([^"]*\)", "case": "\([^"]*\)", "urpeer": \([0-9.]*\), "raw": \([0-9.]*\|null\).*/\1\t\2\t\3\t\4/p' "$@"
}

summarize() {
    echo "# Peer access on $(hostname) ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    if [ -s "$LOG/machine.txt" ]; then
        grep -E '^GPU [0-9]+:' "$LOG/machine.txt" | sed 's/^/  /'
    fi
    echo
    echo "## Steps"
    [ -f "$LOG/steps.txt" ] && awk '$2 == "exit" { printf "  %-20s exit %3s %6s\n", $1, $3, $4; next } { print "  " $0 }' "$LOG/steps.txt"
    echo
    echo "## Tests"
    local f
    for f in ctest-multigpu ctest-all ctest-cuda ctest-on-cuda; do
        [ -f "$LOG/$f.txt" ] || continue
        printf '%-15s ' "$f:"
        grep -E 'tests passed' "$LOG/$f.txt" | tail -1 || echo "no summary (did it run to the end?)"
        grep -E '^\s*[0-9]+ - .*\((Failed|Timeout|SEGFAULT|Child aborted|Exception)' "$LOG/$f.txt" |
            sed 's/^/    FAILED /'
        local skipped
        skipped=$(grep -E '^\s*[0-9]+ - .*\(Skipped\)$' "$LOG/$f.txt" | awk '{ print $3 }' | tr '\n' ' ')
        [ -n "$skipped" ] && echo "$skipped" | awk '{
            printf "    skipped %d:", NF
            for (i = 1; i <= NF && i <= 6; i++) printf " %s", $i
            if (NF > 6) printf " ... (%d more)", NF - 6
            printf "\n" }'
    done
    if [ -f "$LOG/ctest-multigpu.txt" ]; then
        echo
        echo "Multi-GPU tests (ctest -L multigpu):"
        grep -E 'Test +#[0-9]+: ' "$LOG/ctest-multigpu.txt" | sed -e 's/^ *[0-9]*\/[0-9]* //' -e 's/^/  /'
        grep -E '^[0-9]+: (SKIP|kernel|teardown|peer access|[0-9]+ ordered pairs|every pair|cuda_multi_gpu:|cuda_kernel_one_gpu:|pair [0-9]+ -> [0-9]+:)' \
            "$LOG/ctest-multigpu.txt" | sed 's/^[0-9]*: /    /'
    fi
    echo
    echo "## urpeer tool"
    for f in tool-list tool-topo tool-check tool-bench; do
        [ -f "$LOG/$f.txt" ] && printf '  %-12s exit %s\n' "$f" "$(awk -v s="$f" '$1 == s { print $3 }' "$LOG/steps.txt")"
    done
    if [ -f "$LOG/tool-check.txt" ]; then
        echo "  urpeer check:"
        tail -n 5 "$LOG/tool-check.txt" | sed 's/^/    /'
    fi

    echo
    echo "## Peer bandwidth (peak ${PEAK_GBPS} GB/s per direction; targets: >= ${TARGET_RAW} x raw, >= ${TARGET_PEAK} x peak for the largest copies)"
    local rows="$LOG/bench-copy-peer.json"
    if [ -s "$rows" ] && json_rows "$rows" | grep -qE '^peer(async)?'; then
        json_rows "$rows" | awk -F'\t' -v peak="$PEAK_GBPS" -v tr="$TARGET_RAW" -v tp="$TARGET_PEAK" '
            $1 != "peer" && $1 != "peerasync" { next }
            {
                n = split($2, w, " "); size = w[n - 1] + 0
                if (size > maxsize) maxsize = size
                g[NR] = $1; c[NR] = $2; u[NR] = $3; r[NR] = $4; s[NR] = size; rows[++k] = NR
            }
            END {
                printf "bench_copy, devices 0 and 1 (raw: group peer = cuMemcpyAsync, peerasync = cuMemcpyPeerAsync)\n"
                printf "  %-10s %-38s %10s %10s %7s %7s  %s\n", "group", "case", "urpeer", "raw", "x raw", "% peak", "target"
                bad = 0
                for (i = 1; i <= k; i++) {
                    j = rows[i]; ratio = (r[j] != "null" && r[j] > 0) ? u[j] / r[j] : 0
                    verdict = ""
                    if (c[j] ~ /access on/ && s[j] >= 1048576) {
                        ok = ratio >= tr
                        if (s[j] == maxsize) ok = ok && u[j] >= tp * peak
                        verdict = ok ? "met" : "BELOW"
                        if (!ok) bad++
                    }
                    rawtext = ratio > 0 ? sprintf("%.1f", r[j]) : "-"
                    printf "  %-10s %-38s %10.1f %10s %7.3f %6.1f%%  %s\n", g[j], c[j], u[j], rawtext, ratio, 100 * u[j] / peak, verdict
                }
                printf "peer targets (access on, >= 1 MiB; peak at the largest size): %s\n", bad ? bad " row(s) below" : "all met"
            }'
    else
        echo "bench_copy: no peer rows (fewer than two devices, or it did not run)"
    fi
    if [ -s "$LOG/tool-bench.csv" ]; then
        echo
        awk -F, -v peak="$PEAK_GBPS" '
            NR == 1 || $6 == "" { next }
            { sz = $3 + 0; if (sz > max) max = sz; line[NR] = $0 }
            END {
                printf "urpeer bench, every ordered pair, %d MiB copies, peer access enabled (GB/s, %% of peak; bidirectional: of twice the peak):\n", max / 1048576
                n = 0
                for (i in line) {
                    split(line[i], f, ",")
                    if (f[3] + 0 != max || f[2] != "enabled" || f[4] == f[5]) continue
                    p = (f[1] == "bidirectional") ? 2 * peak : peak
                    printf "  %-14s %s -> %s  %8.1f  %5.1f%%\n", f[1], f[4], f[5], f[6], 100 * f[6] / p
                    n++
                }
                if (n == 0) print "  (no pair of different devices)"
            }' "$LOG/tool-bench.csv" | { read -r head; echo "$head"; sort -k1,1 -k2n -k4n; }
    fi
}

if [ $summary_only = 1 ]; then
    summarize | tee "$LOG/summary.txt"
    exit 0
fi

# ---- The run --------------------------------------------------------------------------------

: >"$LOG/steps.txt"
{
    echo "== nvidia-smi -L"
    nvidia-smi -L 2>&1
    echo "== GPUs"
    nvidia-smi --query-gpu=index,name,driver_version,memory.total,pci.bus_id --format=csv 2>&1
    echo "== nvidia-smi topo -m"
    nvidia-smi topo -m 2>&1
    echo "== nvidia-smi topo -p2p r (peer reads)"
    nvidia-smi topo -p2p r 2>&1
    echo "== nvidia-smi nvlink -s"
    nvidia-smi nvlink -s 2>&1 | head -200
    echo "== host"
    uname -a
    nproc
    grep -m1 'model name' /proc/cpuinfo
    gcc --version 2>&1 | head -1
    cmake --version 2>&1 | head -1
    echo "CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES-(unset)}"
} >"$LOG/machine.txt" 2>&1
ngpu=$(gpu_count)
echo "$ngpu NVIDIA GPU(s); build in $BUILD with $JOBS jobs; logs in $LOG"

if ! step configure cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo ||
    ! step build cmake --build "$BUILD" -j "$JOBS"; then
    summarize | tee "$LOG/summary.txt"
    exit 1
fi

# 1. The peer-access tests first, verbose: cuda_multi_gpu (every pair, skipped with fewer than
#    two GPUs), cuda_kernel_one_gpu (the test's kernel on one GPU).
ctest_step ctest-multigpu ctest -L multigpu -V
# 2. Everything, as CI runs it (generic suites on the simulated node, CUDA tests on the GPUs).
ctest_step ctest-all ctest -j "$JOBS" --output-on-failure
# 3. The CUDA adapter's own tests, verbose, one at a time.
ctest_step ctest-cuda ctest -L cuda -V
# 4. The generic suites on the CUDA adapter (one at a time: they share the GPUs).
ctest_step ctest-on-cuda env URPEER_TEST_ADAPTER=cuda ctest --output-on-failure -LE cuda

# 5. The tool on the real devices: every pair.
step tool-list "$URPEER" list
step tool-topo "$URPEER" topo
step tool-topo-json "$URPEER" topo --json
step tool-check "$URPEER" check -s 64M
step tool-bench "$URPEER" bench -s "$TOOL_SIZES" -r 10
step tool-bench-csv bash -c '"$0" bench -s "$1" -r 10 --csv >"$2"' "$URPEER" "$TOOL_SIZES" \
    "$LOG/tool-bench.csv"

# 6. bench_copy's peer copies, devices 0 and 1, next to cuMemcpyAsync and cuMemcpyPeerAsync.
if [ "$ngpu" -ge 2 ]; then
    step bench-copy-peer-run bash -c '"$0" --adapter cuda --json --max-size "$1" >"$2"' \
        "$BUILD/bench/bench_copy" "$COPY_MAX" "$LOG/bench-copy-peer.json"
else
    echo "bench-copy-peer      not run: fewer than two GPUs" >>"$LOG/steps.txt"
fi

# 7. Every benchmark (bench_api, bench_startup, bench_copy, the tool's measurements).
if [ "$RUN_ALL" = 1 ]; then
    step bench-run-all "$ROOT/bench/run_all.sh" "$BUILD" "$LOG/bench-all" cuda
fi

summarize | tee "$LOG/summary.txt"
[ "$failed_tests" -eq 0 ]
