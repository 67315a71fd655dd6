#!/usr/bin/env bash
# Regenerates src/main/resources/hanja/variants.tsv: for each Han code point, the variant forms that
# have a Korean reading, so that simplified Chinese (环 → 環) and Japanese shinjitai (歴 → 歷) spellings
# are read like the traditional forms Korean readings are listed for.
#
# Source: the Unicode Han Database (Unihan), file Unihan_Variants.txt, fields kTraditionalVariant,
#   kZVariant, kSemanticVariant and kSpecializedSemanticVariant (source tags such as <kMatthews dropped),
#   as shipped by Debian/Ubuntu's `unicode-data` package (/usr/share/unicode/Unihan_Variants.txt[.bz2])
#   or in https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip.
# Licence of the source data: Unicode License v3 (https://www.unicode.org/license.txt),
#   which permits redistribution of derived data files with this notice.
# Output: one line per code point, "HEX<TAB>HEX[ HEX...]", e.g. "73AF	74B0" (环 → 環); only variants
#   that have a line in readings.tsv (run generate-hanja-readings.sh first) and differ from the
#   character itself are kept, in Unihan order (traditional first).
#
# Usage: scripts/generate-hanja-variants.sh [path/to/Unihan_Variants.txt[.bz2]]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-/usr/share/unicode/Unihan_Variants.txt.bz2}"
[ -f "$src" ] || src="/usr/share/unicode/Unihan_Variants.txt"
[ -f "$src" ] || { echo "Unihan_Variants.txt not found (apt-get install unicode-data)" >&2; exit 1; }
readings="$here/src/main/resources/hanja/readings.tsv"
out="$here/src/main/resources/hanja/variants.tsv"
case "$src" in
  *.bz2) reader=(bzcat "$src") ;;
  *) reader=(cat "$src") ;;
esac
"${reader[@]}" | LC_ALL=C awk -F '\t' -v readings="$readings" '
  BEGIN { while ((getline line < readings) > 0) { split(line, f, "\t"); known[f[1]] = 1 } }
  $2 == "kTraditionalVariant" || $2 == "kZVariant" || $2 == "kSemanticVariant" || $2 == "kSpecializedSemanticVariant" {
    cp = substr($1, 3)
    n = split($3, parts, " ")
    for (i = 1; i <= n; i++) {
      v = parts[i]; sub(/<.*/, "", v); v = substr(v, 3)
      if (v == cp || !(v in known)) continue
      if (!(cp in seen)) { order[++count] = cp; seen[cp] = "" }
      if (index(" " seen[cp] " ", " " v " ") == 0) seen[cp] = (seen[cp] == "" ? v : seen[cp] " " v)
    }
  }
  END { for (i = 1; i <= count; i++) print order[i] "\t" seen[order[i]] }' > "$out"
echo "wrote $(wc -l < "$out") code points to $out"
