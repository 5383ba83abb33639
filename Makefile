# bontot: `make` builds the demonstration site into output/ and the demonstration district
# (examples/huyen/, over three communes, one of them the root site) into examples/huyen/output/,
# `make test` runs the tests,
# `make bench` compares build times with Hugo, with each renderer of the templates (BENCHMARKS.md;
#   BENCH_ARGS="--sizes 5000x3 --no-hugo --write"),
# `make fuzz` runs the libFuzzer target over each reader, and over the Markdown bodies' checks and
#   rendering, for FUZZ_SECONDS (Linux; FUZZ_MODES=body for one),
# `make incremental-diff` compares incremental builds with clean builds after random edit sequences
#   of the demonstration sites, one per seed of INCREMENTAL_SEEDS (INCREMENTAL_ARGS="--only
#   bad-date,revert --keep"; scripts/incremental_diff.py); not part of `make test`.
SWIFT ?= swift
# fonts-liberation2: Liberation Serif 2, with every Vietnamese letter (fonts-liberation's 1.07 lacks
# those with two marks, ấ ộ ự…, which the bulletin's PDF then takes from another typeface).
BUILD_PACKAGES = libcmark-dev pkg-config fonts-liberation2
# util-linux: setpriv and runuser, which run bontot as another user (SharedGroupNonMemberTests,
# ServeOnTheNetworkTests): essential in Debian, named all the same for an image trimmed of it.
TEST_PACKAGES = $(BUILD_PACKAGES) util-linux weasyprint poppler-utils fonts-dejavu-core tidy chromium python3 libreoffice-writer-nogui libreoffice-calc-nogui
BENCH_PACKAGES = hugo time
BONTOT = .build/release/bontot
FUZZ_SECONDS ?= 60
INCREMENTAL_SEEDS ?= 1-10
FUZZ_MODES = front-matter yaml csv ods xlsx docx odt office-file body
FUZZ = .build-fuzz/debug/BonTotFuzz
# The longest input libFuzzer makes is set for each mode from its largest seed, rounded up to
# 4 KiB, and FUZZ_MIN_LEN at least: a seed longer than -max_len is cut there, and its end is never
# fuzzed (the last rows of the .ods seed's 15 KB content.xml; a whole Office file's zip directory).
FUZZ_MIN_LEN ?= 8192

.PHONY: all deps test-deps release site test check bench fuzz incremental-diff clean

all: site

deps:
	@scripts/install-packages.sh $(BUILD_PACKAGES)

test-deps:
	@scripts/install-packages.sh $(TEST_PACKAGES)

# Swift's runtime and Foundation are linked into the binary (--static-swift-stdlib): its calls
# into them are direct, which makes a build about 5 % faster (BENCHMARKS.md, session 13).
release: deps
	$(SWIFT) build -c release --product bontot --static-swift-stdlib

site: release
	$(BONTOT) build --site .
	$(BONTOT) build --site examples/huyen

check: release
	$(BONTOT) check --site .

test: test-deps
	$(SWIFT) test --disable-swift-testing

bench: release
	@scripts/install-packages.sh $(BENCH_PACKAGES)
	python3 scripts/bench.py --bontot $(BONTOT) $(BENCH_ARGS)

# The fuzz target is declared only with BONTOT_FUZZ set and built apart (.build-fuzz), so the
# normal build and `swift test` never see it. Each reader is fuzzed for FUZZ_SECONDS from the
# corpus kept in git (Tests/Fixtures/fuzz/<mode>/); new inputs go to .build-fuzz/corpus/<mode>/,
# and a crasher to .build-fuzz/<mode>-crash-*: copy it into Tests/Fixtures/fuzz/<mode>/ and FuzzCorpusTests replays it.
# SWIFT_BACKTRACE=enable=no: Swift's own crash handler would otherwise take the signal first, and
# libFuzzer would not write the crasher.
fuzz: deps
	BONTOT_FUZZ=1 $(SWIFT) build --build-path .build-fuzz --product BonTotFuzz
	@for mode in $(FUZZ_MODES); do \
		mkdir -p .build-fuzz/corpus/$$mode; \
		largest=$$(find Tests/Fixtures/fuzz/$$mode -type f -printf '%s\n' | sort -n | tail -n 1); \
		max_len=$$(( ($${largest:-0} > $(FUZZ_MIN_LEN) ? $${largest:-0} : $(FUZZ_MIN_LEN)) + 4095 )); \
		max_len=$$(( max_len - max_len % 4096 )); \
		echo "== fuzzing $$mode for $(FUZZ_SECONDS) s, inputs up to $$max_len bytes (largest seed $${largest:-0})"; \
		SWIFT_BACKTRACE=enable=no BONTOT_FUZZ_MODE=$$mode $(FUZZ) .build-fuzz/corpus/$$mode Tests/Fixtures/fuzz/$$mode \
			-max_total_time=$(FUZZ_SECONDS) -max_len=$$max_len -timeout=10 -rss_limit_mb=2048 \
			-artifact_prefix=.build-fuzz/$$mode- -print_final_stats=1 || exit 1; \
	done

# Each seed makes 3-8 random edits, building after each, in a work folder under
# .build/incremental-diff/ deleted at the end; a divergence prints the seed and edits to replay
# (`--seeds N`) and fails the target. Random and slow (10-30 s a seed), hence not in `swift test`.
incremental-diff: release
	python3 scripts/incremental_diff.py --bontot $(BONTOT) --seeds $(INCREMENTAL_SEEDS) $(INCREMENTAL_ARGS)

clean:
	rm -rf .build .build-fuzz output
