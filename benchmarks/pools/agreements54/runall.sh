#!/bin/sh
# $1 before|after: agreements48's runner (every agreements pool with committed texts, both
# halves) with this round's folder, /tmp/agreements54 (main's code unpacked in its mainsrc).
OUT=/tmp/agreements54 exec sh "$(dirname "$0")/../agreements48/runall.sh" "$1"
