#!/usr/bin/env bash
# Command-line behaviour of `vigie extract`, `vigie dict check`, `vigie places` and
# `vigie gazetteer` on good and bad inputs.
# Usage: cli_test.sh VIGIE_BINARY SOURCE_DIR
set -uo pipefail
vigie="$1"
src="$2"
export VIGIE_DATA="$src/data"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"

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
printf 'Mali\tML\n' >> "$tmp/data/lexicon/focus_countries.tsv"
printf 'siege\tviolence\t2\tviolent|loud\n' >> "$tmp/data/lexicon/frame_classes.tsv"
"$vigie" --data "$tmp/data" dict check > "$tmp/check.out" 2>&1
check "bad focus country named by file and line" grep -q "focus_countries.tsv:$(wc -l < "$tmp/data/lexicon/focus_countries.tsv"): expected an ISO" "$tmp/check.out"
check "bad frame class named by file and line" grep -q "frame_classes.tsv:$(wc -l < "$tmp/data/lexicon/frame_classes.tsv"): CLASS 'loud'" "$tmp/check.out"

# `vigie places`: resolved place mentions as JSON Lines, with byte offsets into the text
# `vigie extract` prints.
index="$(dirname "$vigie")/gazetteer/places.idx"
cat > "$tmp/sahel.txt" <<'TXT'
Des hommes armés ont attaqué un poste de gendarmerie à Ménaka dans la nuit de lundi à mardi, selon une source sécuritaire.
Les renforts venus de Gao sont arrivés à l'aube et la route vers Ansongo a été rouverte dans la journée.
TXT
"$vigie" places "$tmp/sahel.txt" > "$tmp/places.jsonl" 2> "$tmp/places.err"
check "places exits 0" test $? -eq 0
"$vigie" extract "$tmp/sahel.txt" > "$tmp/sahel.jsonl" 2>/dev/null
check "places prints the contract fields, offsets into the extracted text" python3 -c '
import json, sys
text = json.loads(open(sys.argv[2]).readline())["text"].encode("utf-8")
rows = [json.loads(l) for l in open(sys.argv[1])]
keys = {"doc", "start", "end", "text", "name", "geonameid", "feature_code", "country", "admin1", "admin2",
        "latitude", "longitude"}
assert [r["text"] for r in rows] == ["Ménaka", "Gao", "Ansongo"], rows
for r in rows:
    assert keys <= r.keys(), r
    assert text[r["start"]:r["end"]].decode("utf-8") == r["text"], r
    assert r["country"] == "Mali" and r["geonameid"] > 0, r
menaka = rows[0]
assert abs(menaka["latitude"] - 15.918) < 0.1 and abs(menaka["longitude"] - 2.402) < 0.1, menaka
' "$tmp/places.jsonl" "$tmp/sahel.jsonl"
check "places summary" grep -q "1 documents, 3 place mentions, 0 failed" "$tmp/places.err"

# A truncated index is rebuilt from its inputs, and said so.
size=$(stat -c %s "$index")
head -c $((size - 100)) "$index" > "$tmp/truncated.idx"
"$vigie" --gazetteer "$tmp/truncated.idx" places "$tmp/sahel.txt" > "$tmp/rebuilt.jsonl" 2> "$tmp/rebuilt.err"
check "places on a truncated index succeeds" test $? -eq 0
check "truncated index named" grep -qF "$tmp/truncated.idx: gazetteer index truncated" "$tmp/rebuilt.err"
check "truncated index rebuilt" grep -q "rebuilding it" "$tmp/rebuilt.err"
check "same mentions from the rebuilt index" cmp -s "$tmp/places.jsonl" "$tmp/rebuilt.jsonl"
check "rebuilt index is whole" test "$(stat -c %s "$tmp/truncated.idx")" -eq "$size"

# A bad GeoNames line is named by file and line and skipped; the index is still written.
printf '2457163\tGao\tGao\t\t16.27167\t-0.04472\tP\tPPLA\tML\t\t09\t\t\t\t87000\t\t270\tAfrica/Bamako\t2024-01-01\n' \
  > "$tmp/geonames.txt"
printf 'this line is not GeoNames\n' >> "$tmp/geonames.txt"
"$vigie" gazetteer build --geonames "$tmp/geonames.txt" --out "$tmp/small.idx" > /dev/null 2> "$tmp/build.err"
check "build with a bad line exits 1" test $? -eq 1
check "bad GeoNames line named" grep -qF "$tmp/geonames.txt:2: expected 19 tab-separated" "$tmp/build.err"
check "good GeoNames line not named" test "$(grep -cF "$tmp/geonames.txt:1:" "$tmp/build.err")" -eq 0
check "index written anyway" test -s "$tmp/small.idx"
"$vigie" --gazetteer "$tmp/small.idx" gazetteer lookup Gao > "$tmp/small.out" 2>&1
check "written index knows the good line" grep -q "geonameid 2457163" "$tmp/small.out"

# The place files check passes on the shipped data and names file and line of a bad row.
"$vigie" gazetteer check > /dev/null 2>&1
check "shipped place data valid" test $? -eq 0
mkdir -p "$tmp/pdata"
cp -r "$src/data/places" "$tmp/pdata/"
printf 'Nulle-Part\tML\t95\t-3.1\tPPL\t1\tML.04\t-\n' >> "$tmp/pdata/places/places.tsv"
lines=$(wc -l < "$tmp/pdata/places/places.tsv")
"$vigie" --data "$tmp/pdata" gazetteer check > "$tmp/gcheck.out" 2>&1
check "bad place row exits 1" test $? -eq 1
check "bad place row named by file and line" grep -q "places.tsv:$lines: LATITUDE '95'" "$tmp/gcheck.out"
check "only the bad row reported" grep -q "1 bad entries" "$tmp/gcheck.out"

# Lookup finds a place under its French name; --help documents the output.
"$vigie" gazetteer lookup Tombouctou > "$tmp/lookup.out" 2>&1
check "lookup exits 0" test $? -eq 0
check "Tombouctou is Timbuktu" grep -qE "Timbuktu +PPLA +ML" "$tmp/lookup.out"
"$vigie" gazetteer lookup Xqzvbnwplk > "$tmp/lookup-missing.out" 2>&1
check "unknown name exits 1" test $? -eq 1
check "unknown name said so" grep -q "Xqzvbnwplk: not in the gazetteer" "$tmp/lookup-missing.out"
"$vigie" places --help > "$tmp/places-help.txt"
check "places help exits 0" test $? -eq 0
check "places help documents geo_precision" grep -q "geo_precision" "$tmp/places-help.txt"

# --- vigie code and vigie eval ---------------------------------------------------------
# A short report written for this test: an attack with a toll, a claim, and a denial that
# must not become an event.
cat > "$tmp/report.jsonl" <<'JSONL'
{"id": "r-djibo", "published": "2021-03-10", "text": "Des hommes armés ont attaqué mardi le village de Djibo, dans la province du Soum, tuant au moins 12 civils, selon des sources locales. L'attaque a été revendiquée par l'État islamique au Sahel. L'armée a démenti toute présence de ses soldats dans la zone."}
{"id": "r-empty", "published": "2021-03-10", "text": " "}
{"id": "r-de", "published": "2021-03-10", "text": "Bewaffnete Männer haben am Dienstag ein Dorf im Norden des Landes angegriffen und mehrere Menschen getötet, teilten lokale Behörden mit."}
{"id": "r-absurd", "published": "2021-03-10", "text": "Des hommes armés ont attaqué lundi un marché à Gao, faisant 10000000 morts selon une rumeur."}
JSONL
grep -v r-empty "$tmp/report.jsonl" > "$tmp/report-eval.jsonl"
"$vigie" code "$tmp/report.jsonl" > "$tmp/code.out" 2> "$tmp/code.err"
check "code exits 1 for the empty document" test $? -eq 1
check "one attack coded in Djibo" python3 - "$tmp/code.out" <<'PY'
import json, sys
events = [json.loads(l) for l in open(sys.argv[1])]
djibo = [e for e in events if e["sources"][0]["doc"] == "r-djibo"]
assert len(djibo) == 1, djibo
e = djibo[0]
assert e["event_type"] == "Violence against civilians" and e["sub_event_type"] == "Attack", e
assert e["event_date"] == "2021-03-09" and e["location"] == "Djibo" and e["country"] == "Burkina Faso", e
assert e["fatalities"] == 12 and e["fatalities_low"] == 12 and e["fatalities_high"] is None, e
assert "Islamic State" in e["actor1"] and e["actor2"] == "Civilians (Burkina Faso)", e
assert e["civilian_targeting"] == "Civilian targeting" and e["interaction"] == 27, e
roles = {ev["role"] for ev in e["evidence"]}
assert {"trigger", "location", "date", "fatalities", "actor2"} <= roles, roles
PY
check "evidence spans point into the extracted text" python3 - "$tmp/code.out" "$tmp/report.jsonl" "$vigie" <<'PY'
import json, subprocess, sys
texts = {json.loads(l)["doc"]: json.loads(l)["text"] for l in subprocess.run([sys.argv[3], "extract", sys.argv[2]], capture_output=True, text=True).stdout.splitlines()}
for line in open(sys.argv[1]):
    for ev in json.loads(line)["evidence"]:
        raw = texts[ev["doc"]].encode()
        assert raw[ev["start"]:ev["end"]].decode() == ev["text"], ev
PY
check "empty document named" grep -q "r-empty: no text left" "$tmp/code.err"
check "other language skipped with a note" grep -q "r-de: skipped: language 'de' is not coded" "$tmp/code.err"
check "absurd toll not taken" python3 -c "import json,sys; assert all(json.loads(l)['fatalities'] < 100000 for l in open(sys.argv[1]))" "$tmp/code.out"
"$vigie" code --format csv "$tmp/report-eval.jsonl" > "$tmp/code.csv" 2> /dev/null
check "csv has ACLED's header" grep -q "^event_id_cnty,event_date,year,time_precision,disorder_type,event_type" "$tmp/code.csv"
check "csv rows parse with ACLED's columns" python3 -c "
import csv,sys
rows=list(csv.DictReader(open(sys.argv[1])))
assert rows and all(len(r)==31 for r in rows) and rows[0]['location']=='Djibo', rows" "$tmp/code.csv"
"$vigie" code --published 2021-13-40 "$tmp/report.jsonl" > /dev/null 2> "$tmp/code-bad.err"
check "bad --published exits 2" test $? -eq 2
check "bad --published explained" grep -q "is not a date like" "$tmp/code-bad.err"

# An analyst teaches the coder a new verb of reaction in data/, without recompiling: the mission
# that "a vilipendé" the attack is then no longer its doer.
cp -r "$src/data" "$tmp/analyst-data"
printf '{"id":"r-reaction","published":"2018-09-26","text":"La Minusma a vilipendé l%sattaque qui a tué deux civils mardi près de Douentza."}\n' "'" > "$tmp/reaction.jsonl"
doer() { "$vigie" --data "$tmp/analyst-data" --gazetteer "$tmp/analyst.idx" code -q "$tmp/reaction.jsonl" 2>/dev/null |
  python3 -c 'import json,sys; print(" ".join(json.loads(l)["actor1"] for l in sys.stdin))'; }
check "a verb the data does not know leaves the speaker the doer" test "$(doer)" = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
printf 'fr\ta vilipendé\treaction\n' >> "$tmp/analyst-data/lexicon/modality.tsv"
check "the data's new reaction verb takes the speaker out" test "$(doer)" = "Unidentified Armed Group (Mali)"

cat > "$tmp/gold.jsonl" <<'JSONL'
{"doc": "r-djibo", "published": "2021-03-10", "events": [{"event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2021-03-09", "actors": ["Islamic State"], "location": "Djibo", "latitude": 14.0994, "longitude": -1.6255, "fatalities": 12}]}
{oops
{"doc": "r-de", "published": "2021-03-10", "events": []}
JSONL
"$vigie" eval --gold "$tmp/gold.jsonl" "$tmp/report-eval.jsonl" > "$tmp/eval.out" 2> "$tmp/eval.err"
check "eval exits 0" test $? -eq 0
check "eval names the bad gold line" grep -q "gold.jsonl:2: not a JSON object" "$tmp/eval.err"
check "eval matches the attack" grep -qE "^matched +1$" "$tmp/eval.out"
check "eval scores the toll" grep -qE "^fatalities exact +1.000" "$tmp/eval.out"
"$vigie" eval --gold "$tmp/gold.jsonl" > /dev/null 2>&1
check "eval without documents exits 2" test $? -eq 2

finish
