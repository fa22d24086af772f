# BTT chain entry points. Every target does its own set-up, so a fresh clone
# needs only Go, Node.js with npm and Debian packages.
SHELL := /bin/bash
BUILD_DIR := $(CURDIR)/build
BTTD := $(BUILD_DIR)/bttd
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/cosmos/cosmos-sdk/version.Name=btt \
	-X github.com/cosmos/cosmos-sdk/version.AppName=bttd \
	-X github.com/cosmos/cosmos-sdk/version.Version=$(VERSION)

.PHONY: all build node-deps ts-build proto-gen proto-check localnet localnet-stop localnet-status \
	test test-go test-ts bench-chain clean

all: build ts-build

## build: compile the chain binary into build/bttd
build:
	@mkdir -p $(BUILD_DIR)
	cd chain && go build -mod=readonly -ldflags '$(LDFLAGS)' -o $(BTTD) ./cmd/bttd

## node-deps: install the npm workspaces exactly as locked
node-deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package-lock.json package.json $(wildcard */package.json)
	npm ci --no-audit --no-fund
	@touch $@

## ts-build: compile the TypeScript workspaces
ts-build: node-deps
	npm run build --workspaces --if-present

## proto-gen: regenerate Go and TypeScript code from proto/
proto-gen: node-deps
	bash proto/scripts/proto-gen.sh

## proto-check: fail if regenerating changes any committed file
proto-check: node-deps
	bash proto/scripts/proto-check.sh

## localnet: build everything and start the multi-validator localnet (default 4 validators)
localnet: build ts-build
	node localnet/dist/cli.js start

localnet-stop: node-deps
	@test -f localnet/dist/cli.js || $(MAKE) ts-build
	node localnet/dist/cli.js stop

localnet-status: node-deps
	@test -f localnet/dist/cli.js || $(MAKE) ts-build
	node localnet/dist/cli.js status

## test: install what is missing, build, and run every test
test: build ts-build
	$(MAKE) test-go
	$(MAKE) proto-check
	$(MAKE) test-ts

test-go:
	cd chain && go test -count=1 ./... 2>&1 | tee $(BUILD_DIR)/go-test.log; exit $${PIPESTATUS[0]}

test-ts: build ts-build
	npm test --workspaces --if-present

## bench-chain: 60 s bank-transfer load against a fresh 4-validator localnet
bench-chain: build ts-build
	node localnet/dist/bench-chain.js

clean:
	rm -rf $(BUILD_DIR) */dist
