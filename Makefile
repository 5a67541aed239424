# Nintei: make run (build and open the app on the demo office) · make test (build and run every test)
SWIFT ?= swift
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
DEMO_DB = .build/demo/nintei.sqlite
DEMO_DATA = data/demo/cases.json $(wildcard data/demo/applications/*.json)

.PHONY: run test build deps demo evaluate-example clean

run: build $(DEMO_DB)
	@"$(BIN_DIR)/nintei" --db $(DEMO_DB) $(ARGS)

test: deps
	$(SWIFT) build
	$(SWIFT) test

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

clean:
	rm -rf .build
