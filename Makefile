# bontot: `make` builds the demonstration site into output/ and the demonstration district
# (examples/huyen/, over three communes, one of them the root site) into examples/huyen/output/,
# `make test` runs the tests,
# `make bench` compares build times with Hugo (BENCHMARKS.md; BENCH_ARGS="--sizes 5000x3 --write").
SWIFT ?= swift
BUILD_PACKAGES = libcmark-dev pkg-config fonts-liberation
TEST_PACKAGES = $(BUILD_PACKAGES) weasyprint poppler-utils fonts-dejavu-core chromium
BENCH_PACKAGES = hugo time
BONTOT = .build/release/bontot

.PHONY: all deps test-deps release site test check bench clean

all: site

deps:
	@scripts/install-packages.sh $(BUILD_PACKAGES)

test-deps:
	@scripts/install-packages.sh $(TEST_PACKAGES)

release: deps
	$(SWIFT) build -c release --product bontot

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

clean:
	rm -rf .build output
