#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time. Usage: run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
build="$1"
seconds="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"
export VIGIE_DATA="$root/data"
export VIGIE_GAZETTEER="$build/gazetteer/places.idx"
for target in fuzz_extractor fuzz_sentence_splitter fuzz_gazetteer_index fuzz_geoparser fuzz_event_coder \
    fuzz_warc_reader fuzz_feed_parser fuzz_api_request; do
  corpus=$(mktemp -d)
  # Seed with the sample documents so the fuzzer starts from real pages (the index fuzzer
  # starts from nothing: its input is a file header and sections). The WARC and feed
  # fuzzers start from one small input of their own format.
  if [[ $target == fuzz_warc_reader ]]; then
    page='HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>a<\r\n0\r\n\r\n'
    printf "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Length: %d\r\n\r\n$page\r\n\r\n" \
      "$(printf "$page" | wc -c)" >"$corpus/seed.warc"
  elif [[ $target == fuzz_feed_parser ]]; then
    printf '<rss version="2.0"><channel><title>t</title><item><title>a &amp; b</title><link>/a</link>
<pubDate>Tue, 17 Sep 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>x</p>]]></description></item></channel></rss>' \
      >"$corpus/seed.rss"
    printf '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/"><entry><title type="html">a</title>
<link rel="alternate" href="b"/><updated>2024-09-17T10:00:00Z</updated></entry></feed>' >"$corpus/seed.atom"
  elif [[ $target == fuzz_api_request ]]; then
    printf 'country=Mali&since=2024-01-01&bbox=-6,12,2,16&limit=20&sort=-date\n{"review": "confirmed"}' >"$corpus/seed"
    printf 'q=%%22attaque%%22&offset=10&by=week\n{"fatalities": 14, "notes": "a \\"quote\\" {[ ]}"}' >"$corpus/seed2"
  elif [[ $target != fuzz_gazetteer_index ]]; then
    find "$root/samples" -type f \( -name '*.html' -o -name '*.txt' \) -exec cp {} "$corpus/" \; 2>/dev/null || true
  fi
  echo "fuzz: $target for ${seconds}s"
  max_len=65536
  [[ $target == fuzz_gazetteer_index ]] && max_len=8192
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -print_final_stats=0 \
    "$corpus" 2>&1 | tail -n 3
  status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  if [[ $status -ne 0 ]]; then echo "fuzz: $target FAILED"; exit 1; fi
done
echo "fuzz: all targets ran clean"
