#!/bin/sh
# SPDX-License-Identifier: MIT
# The test suite on a machine with an NVIDIA GPU: configure, build, run every test (simulated
# node by default), the CUDA adapter's own tests, then the generic suites on the CUDA adapter.
# Usage: tests/cuda/gpu_suite.sh [LOG_DIR]   (run from the repository root; logs go to LOG_DIR,
# default ./build-gpu/logs). Exit status: 0 if every ctest run passed.
set -u
LOG=${1:-build-gpu/logs}
JOBS=${JOBS:-$(nproc)}
mkdir -p "$LOG"
LOG=$(cd "$LOG" && pwd)
status=0

{
    echo "== machine"
    nvidia-smi --query-gpu=name,driver_version,memory.total,pci.bus_id --format=csv 2>&1
    nvidia-smi topo -m 2>&1 | head -20
    gcc --version | head -1
    cmake --version | head -1
} >"$LOG/machine.txt" 2>&1

cmake -S . -B build-gpu -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$LOG/configure.txt" 2>&1 || status=1
cmake --build build-gpu -j "$JOBS" -- -k >"$LOG/build.txt" 2>&1 || status=1

cd build-gpu || exit 1
# 1. Everything, as CI runs it (generic suites on the simulated node).
ctest -j "$JOBS" --output-on-failure >"$LOG/ctest-default.txt" 2>&1 || status=1
# 2. The CUDA adapter's own tests, verbose.
ctest -L cuda -V >"$LOG/ctest-cuda.txt" 2>&1 || status=1
# 3. The generic suites on the CUDA adapter (one at a time: they share the GPU).
URPEER_TEST_ADAPTER=cuda ctest --output-on-failure -LE cuda >"$LOG/ctest-on-cuda.txt" 2>&1 ||
    status=1
# Start-up cost, fresh processes: cuInit + enumeration alone, then urLoaderInit to device list.
for i in 1 2 3 4 5; do
    ./tests/cuda/cuda_startup raw
    ./tests/cuda/cuda_startup urpeer
done >"$LOG/startup.txt" 2>&1 || status=1
URPEER_LOG=debug ./tests/cuda/cuda_startup urpeer 2>&1 | grep -E "start-up" >>"$LOG/startup.txt"
URPEER_LOG=info ./tests/cuda/cuda_discovery >"$LOG/discovery-info.txt" 2>&1 || status=1

for f in ctest-default ctest-cuda ctest-on-cuda; do
    printf '%s: ' "$f"
    grep -E "tests passed|tests failed" "$LOG/$f.txt" || echo "no summary"
done
exit $status
