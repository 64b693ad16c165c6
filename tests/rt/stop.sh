#!/bin/sh
# Stop the instance started by start.sh (by its PID only) and delete its directory.
#   RT_HOME=/tmp/webcare-rt5.XXXXXX sh tests/rt/stop.sh
set -eu
: "${RT_HOME:?RT_HOME is not set}"
RT_PID=$(cat "$RT_HOME/rt.pid")
WORKERS=$(pgrep -P "$RT_PID" || true)
kill -TERM "$RT_PID" 2>/dev/null || true      # the Starlet master stops its workers, then exits
i=0; while kill -0 "$RT_PID" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
for p in $RT_PID $WORKERS; do kill -KILL "$p" 2>/dev/null || true; done
case "$RT_HOME" in /tmp/webcare-rt5.*) rm -rf "$RT_HOME" ;; esac
