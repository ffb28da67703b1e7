#!/usr/bin/env bash
# Measures a streaming `x12` command (inspect by default, or validate) on a generated ~100 MB
# 835 (or 837P) against the floor (reading the file and counting segment terminators with memchr): best
# wall time of a few runs, throughput, the ratio of the two, and peak resident memory.
#
#   scripts/measure-streaming.sh                  # x12 inspect, 100 MB, 3 runs each
#   scripts/measure-streaming.sh validate         # x12 validate
#   SIZE=20000000 RUNS=5 scripts/measure-streaming.sh
#   KIND=837p scripts/measure-streaming.sh validate   # an 837P: the claim rules
#
# The input is written once to target/measure/ and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

command="${1:-inspect}"
size="${SIZE:-100000000}"
runs="${RUNS:-3}"
kind="${KIND:-835}"
dir="target/measure"
input="$dir/generated-$size.$kind"

cargo build --quiet --release -p x12-claims-cli
cargo build --quiet --release -p x12-claims --example generate --example count_terminators
mkdir -p "$dir"
if [ ! -f "$input" ]; then
    target/release/examples/generate "$kind" "$size" "$input"
fi
bytes=$(wc -c < "$input")
cat "$input" > /dev/null # into the page cache, so that every run reads from memory

# Peak resident set size in KiB of one run of "$@": GNU time when present, else the highest
# VmHWM seen while polling /proc.
peak_rss() {
    if [ -x /usr/bin/time ] && /usr/bin/time -v true > /dev/null 2>&1; then
        /usr/bin/time -v "$@" 2>&1 > /dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'
    else
        "$@" > /dev/null &
        local pid=$! hwm=0 now
        while kill -0 "$pid" 2> /dev/null; do
            now=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
            [ -n "$now" ] && hwm=$now
            sleep 0.005
        done
        wait "$pid"
        echo "$hwm"
    fi
}

# Best wall time in seconds of $runs runs of "$@", output discarded.
best_time() {
    local best="" start end t
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        t=$(( end - start ))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }'
}

inspect=(target/release/x12 "$command" "$input")
floor=(target/release/examples/count_terminators "$input")

inspect_s=$(best_time "${inspect[@]}")
floor_s=$(best_time "${floor[@]}")
inspect_kb=$(peak_rss "${inspect[@]}")
floor_kb=$(peak_rss "${floor[@]}")

awk -v bytes="$bytes" -v runs="$runs" -v is="$inspect_s" -v fs="$floor_s" \
    -v ikb="$inspect_kb" -v fkb="$floor_kb" -v cmd="$command" 'BEGIN {
    mb = bytes / 1e6
    printf "input: %s bytes (%.1f MB), best of %d runs each\n", bytes, mb, runs
    printf "floor   (read + memchr ~): %7.3f s  %8.1f MB/s  peak RSS %6.1f MB\n", fs, mb / fs, fkb / 1024
    printf "x12 %-8s > /dev/null: %7.3f s  %8.1f MB/s  peak RSS %6.1f MB\n", cmd, is, mb / is, ikb / 1024
    printf "%s throughput / floor throughput: %.1f%%\n", cmd, 100 * fs / is
}'
