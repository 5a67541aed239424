# Nintei: make run (build and open the app on the demo office) · make test (build and run every test)
# · make test-fast (the model, store and screen layers only: no tmux, no OS users)
SWIFT ?= swift
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
DEMO_DB = .build/demo/nintei.sqlite
DEMO_DATA = data/demo/cases.json $(wildcard data/demo/applications/*.json)

.PHONY: run test test-fast build deps demo evaluate-example clean bench soak

BENCH_DB = .build/bench/bench.sqlite
BENCH_CASES ?= 100000

run: build $(DEMO_DB)
	@"$(BIN_DIR)/nintei" --db $(DEMO_DB) $(ARGS)

test: deps
	$(SWIFT) build
	$(SWIFT) test

# For the edit–test loop: the rules, the store and the screens as text snapshots; none of the
# end-to-end tests (the real binary in tmux, other OS logins, killed processes).
FAST_TESTS = NinteiCoreTests|NinteiStoreTests|NinteiServerTests|NinteiTerminalTests|NinteiAppTests
test-fast: deps
	$(SWIFT) test --filter '^($(FAST_TESTS))\.'

build: deps
	$(SWIFT) build

deps:
	@./scripts/check-deps.sh

# The demo office, built again whenever data/demo changes.
$(DEMO_DB): $(DEMO_DATA) | build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).lock
	@mkdir -p $(dir $(DEMO_DB))
	@"$(BIN_DIR)/nintei" demo --db $(DEMO_DB)

demo: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).lock
	@$(MAKE) --no-print-directory $(DEMO_DB)

# Evaluate the shipped example applications, as the README shows.
evaluate-example: build
	@"$(BIN_DIR)/nintei" evaluate data/examples/*.json

# Benchmarks on a synthetic office (release build): writes bench/RESULTS.md. See README.
bench: deps
	$(SWIFT) build -c release --product nintei-bench
	@"$$($(SWIFT) build -c release --show-bin-path)/nintei-bench" generate --db $(BENCH_DB) --cases $(BENCH_CASES)
	@"$$($(SWIFT) build -c release --show-bin-path)/nintei-bench" run --db $(BENCH_DB) --results bench/RESULTS.md

# The long fault and fuzz runs (SIGKILL 50 times, thousands of mutated documents and keys).
soak: deps
	$(SWIFT) build
	NINTEI_SOAK=1 $(SWIFT) test --filter 'Soak|Fuzz|Fault'

clean:
	rm -rf .build
