#!/usr/bin/env bash
# Regenerates src/main/resources/hanja/readings.tsv: the Korean readings of every Hanja code point.
#
# Source: the kHangul field of the Unicode Han Database (Unihan), file Unihan_Readings.txt,
#   as shipped by Debian/Ubuntu's `unicode-data` package (/usr/share/unicode/Unihan_Readings.txt[.bz2])
#   or from https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip.
# Licence of the source data: Unicode License v3 (https://www.unicode.org/license.txt),
#   which permits redistribution of derived data files with this notice.
# Output: one line per code point, "HEX<TAB>reading[ reading...]", e.g. "6881	량 양".
#   The kHangul source flags (0, E, N: KS X 1001 / educational / not in a standard) are dropped;
#   readings keep the order Unihan gives.
#
# Usage: scripts/generate-hanja-readings.sh [path/to/Unihan_Readings.txt[.bz2]]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-/usr/share/unicode/Unihan_Readings.txt.bz2}"
[ -f "$src" ] || src="/usr/share/unicode/Unihan_Readings.txt"
[ -f "$src" ] || { echo "Unihan_Readings.txt not found (apt-get install unicode-data)" >&2; exit 1; }
out="$here/src/main/resources/hanja/readings.tsv"
mkdir -p "$(dirname "$out")"
case "$src" in
  *.bz2) reader=(bzcat "$src") ;;
  *) reader=(cat "$src") ;;
esac
"${reader[@]}" | LC_ALL=C awk -F '\t' '
  $2 == "kHangul" {
    cp = substr($1, 3)
    n = split($3, parts, " ")
    line = ""
    for (i = 1; i <= n; i++) {
      r = parts[i]; sub(/:.*/, "", r)
      if (r != "" && index(" " line " ", " " r " ") == 0) line = (line == "" ? r : line " " r)
    }
    if (line != "") print cp "\t" line
  }' > "$out"
echo "wrote $(wc -l < "$out") code points to $out"
