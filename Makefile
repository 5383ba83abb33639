# bontot: `make` builds the demonstration site into output/, `make test` runs the tests.
SWIFT ?= swift
BUILD_PACKAGES = libcmark-dev pkg-config
TEST_PACKAGES = $(BUILD_PACKAGES) weasyprint poppler-utils fonts-dejavu-core
BONTOT = .build/release/bontot

.PHONY: all deps test-deps release site test check clean

all: site

deps:
	@scripts/install-packages.sh $(BUILD_PACKAGES)

test-deps:
	@scripts/install-packages.sh $(TEST_PACKAGES)

release: deps
	$(SWIFT) build -c release --product bontot

site: release
	$(BONTOT) build --site .

check: release
	$(BONTOT) check --site .

test: test-deps
	$(SWIFT) test --disable-swift-testing

clean:
	rm -rf .build output
