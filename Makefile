# Nintei: make run (build and open the app) · make test (build and run every test)
SWIFT ?= swift
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: run test build deps evaluate-example clean

run: build
	@"$(BIN_DIR)/nintei" $(ARGS)

test: deps
	$(SWIFT) build
	$(SWIFT) test

build: deps
	$(SWIFT) build

deps:
	@./scripts/check-deps.sh

# Evaluate the shipped example applications, as the README shows.
evaluate-example: build
	@"$(BIN_DIR)/nintei" evaluate data/examples/*.json

clean:
	rm -rf .build
