#!/usr/bin/env bash
# Command-line behaviour of `vigie extract` and `vigie dict check` on good and bad inputs.
# Usage: cli_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$1"
src="$2"
export VIGIE_DATA="$src/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME CONDITION...
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

cat > "$tmp/good.html" <<'HTML'
<html lang="en"><head><title>Convoy ambushed near Gao - The Daily Test</title></head><body>
<article><p>Gunmen ambushed a supply convoy on the road south of the town on Monday, officials said, adding that
two drivers were missing.</p><p>The army sent reinforcements to the area later in the day.</p></article>
</body></html>
HTML
printf '\x00\x01\x02binary\x00' > "$tmp/junk.html"
: > "$tmp/empty.txt"
mkdir "$tmp/dir.html"
printf '{"id":"r1","text":"Des manifestants ont bloqué la route nationale samedi pour réclamer plus de sécurité."}\n{oops\n' > "$tmp/docs.jsonl"
printf 'Titre\n\nUn texte lu depuis l entrée standard, avec assez de mots pour en faire un paragraphe.\n' > "$tmp/stdin.txt"

# Good and bad inputs together: the good ones are printed, each bad one is named, exit 1.
"$vigie" extract "$tmp/good.html" "$tmp/junk.html" "$tmp/empty.txt" "$tmp/missing.html" "$tmp/docs.jsonl" \
  > "$tmp/out.jsonl" 2> "$tmp/err.txt"
rc=$?
check "exit status 1 when an input fails" test "$rc" -eq 1
check "good page printed" grep -q '"doc":"'"$tmp"'/good.html"' "$tmp/out.jsonl"
check "title cleaned" grep -q '"title":"Convoy ambushed near Gao"' "$tmp/out.jsonl"
check "jsonl record printed" grep -q '"doc":"r1"' "$tmp/out.jsonl"
check "two documents printed" test "$(wc -l < "$tmp/out.jsonl")" -eq 2
check "binary file named" grep -q "junk.html: binary data" "$tmp/err.txt"
check "empty file named" grep -q "empty.txt: empty input" "$tmp/err.txt"
check "missing file named" grep -q "missing.html: no such file or directory" "$tmp/err.txt"
check "bad JSON line named" grep -q "docs.jsonl:2: malformed JSON" "$tmp/err.txt"
check "summary line" grep -q "2 extracted, 4 failed" "$tmp/err.txt"
check "output is valid JSON" python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$tmp/out.jsonl"

# Standard input, and a directory named like a file (it holds no files).
"$vigie" extract - < "$tmp/stdin.txt" > "$tmp/stdin.out" 2>/dev/null
check "stdin read" grep -q '"doc":"-"' "$tmp/stdin.out"
"$vigie" extract "$tmp/dir.html" > /dev/null 2> "$tmp/dir.err"
check "empty directory warned" grep -q "dir.html: directory holds no files" "$tmp/dir.err"

# A 50 MB page is refused with a clear message, not read into memory whole.
head -c 50000000 /dev/zero | tr '\0' 'a' > "$tmp/huge.html"
"$vigie" extract "$tmp/huge.html" > /dev/null 2> "$tmp/huge.err"
check "huge page refused with exit 1" test $? -eq 1
check "huge page message" grep -q "huge.html: file is 47.7 MiB, over the limit" "$tmp/huge.err"

# Usage errors exit 2; --help exits 0 and documents the contract.
"$vigie" extract > /dev/null 2>&1
check "missing arguments exit 2" test $? -eq 2
"$vigie" extract --help > "$tmp/help.txt"
check "help exits 0" test $? -eq 0
check "help lists the output fields" grep -q "doc, url, title, published, language" "$tmp/help.txt"

# The data check passes on the shipped data and names file and line of a bad entry.
"$vigie" dict check > /dev/null
check "shipped data valid" test $? -eq 0
mkdir -p "$tmp/data/lexicon"
cp "$src"/data/lexicon/*.tsv "$tmp/data/lexicon/"
printf 'xx\tfoo.\n' >> "$tmp/data/lexicon/abbreviations.tsv"
lines=$(wc -l < "$tmp/data/lexicon/abbreviations.tsv")
"$vigie" --data "$tmp/data" dict check > "$tmp/check.out" 2>&1
check "bad data exits 1" test $? -eq 1
check "bad entry named by file and line" grep -q "abbreviations.tsv:$lines: language must be" "$tmp/check.out"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
