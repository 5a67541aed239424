# Nintei: make run (build and open the app on the demo office) · make test (build and run every test)
# · make test-fast (the model, store and screen layers only: no tmux, no OS users)
SWIFT ?= swift
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
DEMO_DB = .build/demo/nintei.sqlite
DEMO_DATA = data/demo/cases.json $(wildcard data/demo/applications/*.json)

.PHONY: run test test-fast build deps docs demo evaluate-example clean bench soak install uninstall

# make install PREFIX=/usr/local [DESTDIR=/tmp/stage]: the program, its data folder (with COMMIT,
# the commit it was built from, for nintei --version), the example configuration file, the man
# page (generated from the command definitions), bash/zsh/fish completions and the systemd units
# of the office server. INSTALL_CONFIG=debug installs the debug build; MANUAL=no skips the man
# page (its generator builds the package in release mode). Nothing goes to /etc: the office's
# configuration is copied from share/nintei/nintei.toml.example by hand (docs/DEPLOYMENT.md).
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_CONFIG ?= release
MANUAL ?= yes
INSTALL_BIN = $(DESTDIR)$(PREFIX)/bin/nintei
INSTALL_DATA = $(DESTDIR)$(PREFIX)/share/nintei
INSTALL_MAN = $(DESTDIR)$(PREFIX)/share/man/man1/nintei.1
INSTALL_BASH = $(DESTDIR)$(PREFIX)/share/bash-completion/completions/nintei
INSTALL_ZSH = $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_nintei
INSTALL_FISH = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/nintei.fish
INSTALL_UNITS = $(DESTDIR)$(PREFIX)/lib/systemd/system
UNITS = nintei.service nintei-backup.service nintei-backup.timer

# The office sizes `make bench` measures, each on its own store (.build/bench/bench-N.sqlite);
# BENCH_CASES is the size of RESULTS.md's main table, the largest unless given.
BENCH_SIZES ?= 1000 10000 100000
BENCH_CASES ?= $(lastword $(shell printf '%s\n' $(BENCH_SIZES) | sort -n))
BENCH_DIR = .build/bench
BENCH_OTHER_SIZES = $(filter-out $(BENCH_CASES),$(BENCH_SIZES))

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

# The README's key tables, rendered again from the screens' bindings (the same test fails
# while they differ).
docs: deps
	NINTEI_WRITE_DOCS=1 $(SWIFT) test --filter 'ReadmeKeyTablesTests'

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
# Each size: its store generated unless it already holds that many cases, then measured on a
# copy (the import adds 30 000 cases to it); the main size last, with the others' figures.
bench: deps
	$(SWIFT) build -c release --product nintei-bench
	$(SWIFT) build -c release --product nintei
	@bench="$$($(SWIFT) build -c release --show-bin-path)/nintei-bench"; \
	for cases in $(BENCH_OTHER_SIZES) $(BENCH_CASES); do \
		store=$(BENCH_DIR)/bench-$$cases.sqlite; copy=$(BENCH_DIR)/measured-$$cases.sqlite; \
		"$$bench" generate --db $$store --cases $$cases --unless-made || exit 1; \
		rm -f $$copy $$copy-wal $$copy-shm $$copy.lock; cp $$store $$copy || exit 1; \
		if [ -e $$store-wal ]; then cp $$store-wal $$copy-wal || exit 1; fi; \
		if [ $$cases = $(BENCH_CASES) ]; then \
			"$$bench" run --db $$copy --results bench/RESULTS.md --figures $(BENCH_DIR)/figures-$$cases.tsv \
				$(foreach size,$(BENCH_OTHER_SIZES),--other-size $(BENCH_DIR)/figures-$(size).tsv) || exit 1; \
		else \
			"$$bench" run --db $$copy --results $(BENCH_DIR)/results-$$cases.md --figures $(BENCH_DIR)/figures-$$cases.tsv || exit 1; \
		fi; \
		rm -f $$copy $$copy-wal $$copy-shm $$copy.lock; \
	done

# The long fault and fuzz runs (SIGKILL 50 times, thousands of mutated documents and keys).
soak: deps
	$(SWIFT) build
	NINTEI_SOAK=1 $(SWIFT) test --filter 'Soak|Fuzz|Fault'

install: deps
	$(SWIFT) build -c $(INSTALL_CONFIG) --product nintei
	install -d $(dir $(INSTALL_BIN)) $(INSTALL_DATA) $(dir $(INSTALL_BASH)) $(dir $(INSTALL_ZSH)) $(dir $(INSTALL_FISH)) $(INSTALL_UNITS)
	install -m 755 "$$($(SWIFT) build -c $(INSTALL_CONFIG) --show-bin-path)/nintei" $(INSTALL_BIN)
	cp -R data/. $(INSTALL_DATA)/
	git rev-parse --short HEAD > $(INSTALL_DATA)/COMMIT 2>/dev/null || rm -f $(INSTALL_DATA)/COMMIT
	install -m 644 dist/nintei.toml.example $(INSTALL_DATA)/nintei.toml.example
	find $(INSTALL_DATA) -type d -exec chmod 755 {} + && find $(INSTALL_DATA) -type f -exec chmod 644 {} +
	$(INSTALL_BIN) --generate-completion-script bash > $(INSTALL_BASH)
	$(INSTALL_BIN) --generate-completion-script zsh > $(INSTALL_ZSH)
	$(INSTALL_BIN) --generate-completion-script fish > $(INSTALL_FISH)
	for unit in $(UNITS); do sed 's|/usr/local|$(PREFIX)|g' dist/systemd/$$unit > $(INSTALL_UNITS)/$$unit; chmod 644 $(INSTALL_UNITS)/$$unit; done
	@if [ "$(MANUAL)" = yes ]; then \
		$(SWIFT) package generate-manual && install -d $(dir $(INSTALL_MAN)) && \
		install -m 644 .build/plugins/GenerateManual/outputs/nintei/nintei.1 $(INSTALL_MAN); \
	fi
	@echo "Installed nintei in $(DESTDIR)$(PREFIX) (an office server: docs/DEPLOYMENT.md)"

uninstall:
	rm -f $(INSTALL_BIN) $(INSTALL_MAN) $(INSTALL_BASH) $(INSTALL_ZSH) $(INSTALL_FISH)
	for unit in $(UNITS); do rm -f $(INSTALL_UNITS)/$$unit; done
	rm -rf $(INSTALL_DATA)

clean:
	rm -rf .build
