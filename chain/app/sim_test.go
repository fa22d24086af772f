package app

// The SDK simulation of the whole app (SDK v0.53 simsx, as simapp's sim_test.go): random genesis,
// weighted random messages of every simulated module (x/auth, x/bank, x/staking, x/distribution,
// x/slashing, x/gov carrying the BTT governance messages, x/emissions, x/compute, x/rwa, x/wgov),
// every registered invariant checked after every block (AssertInvariantsEveryBlock), then an
// export / import into a fresh app with a store-by-store comparison, and a determinism check
// (the same seed twice gives the same app hash).
//
// A short run is part of `go test ./...`; `make sim` runs the long one. The environment selects it:
//
//	BTT_SIM_SEEDS=1,2,3   seeds (default 7)
//	BTT_SIM_BLOCKS=500    blocks per run (default 40)
//	BTT_SIM_BLOCK_SIZE=80 operations per block (default 40)
//	BTT_SIM_VERBOSE=1     the app's and the simulator's debug logs
//
// A failing seed is rerun alone with BTT_SIM_SEEDS=<seed> and the same block count and size.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/stretchr/testify/require"

	"cosmossdk.io/log"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/baseapp"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	simtypes "github.com/cosmos/cosmos-sdk/types/simulation"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	simcli "github.com/cosmos/cosmos-sdk/x/simulation/client/cli"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/tokenomics"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	healthtypes "github.com/btt-chain/btt/chain/x/health/types"
	payfitypes "github.com/btt-chain/btt/chain/x/payfi/types"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
	wgovtypes "github.com/btt-chain/btt/chain/x/wgov/types"
)

// simGenesisTime is fixed, so that a seed replays exactly (the SDK's default is the current time).
var simGenesisTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// simAccountsBudget is at most what the simulated accounts hold at genesis (the rest of the
// 210M BTT is in the allocation pools).
var simAccountsBudget = sdkmath.NewIntWithDecimal(30_000_000, 18)

type simSettings struct {
	seeds        []int64
	blocks, size int
	verbose      bool
}

func envInt(t testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	require.NoError(t, err, name)
	return n
}

func loadSimSettings(t testing.TB) simSettings {
	s := simSettings{seeds: []int64{7}, blocks: envInt(t, "BTT_SIM_BLOCKS", 40), size: envInt(t, "BTT_SIM_BLOCK_SIZE", 40),
		verbose: os.Getenv("BTT_SIM_VERBOSE") != ""}
	if v := os.Getenv("BTT_SIM_SEEDS"); v != "" {
		s.seeds = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.ParseInt(strings.TrimSpace(f), 10, 64)
			require.NoError(t, err, "BTT_SIM_SEEDS")
			s.seeds = append(s.seeds, n)
		}
	}
	return s
}

func (s simSettings) config() simtypes.Config {
	// simsx reads these package-level flags of the SDK's simulator.
	simcli.FlagVerboseValue = s.verbose
	simcli.FlagSigverifyTxValue = true
	return simtypes.Config{
		ChainID: simsx.SimAppChainID, GenesisTime: simGenesisTime.Unix(), InitialBlockHeight: 1,
		NumBlocks: s.blocks, BlockSize: s.size, Commit: true, DBBackend: "memdb",
	}
}

// newSimApp is NewBttApp checking every invariant after every block.
func newSimApp(logger log.Logger, db dbm.DB, traceStore io.Writer, loadLatest bool, appOpts servertypes.AppOptions, opts ...func(*baseapp.BaseApp)) *BttApp {
	a := NewBttApp(logger, db, traceStore, loadLatest, appOpts, opts...)
	a.AssertInvariantsEveryBlock()
	return a
}

// simBalances hides x/rwa shares from the SDK modules' factories (bank sends, fees, deposits):
// shares move only between credentialed accounts, which those factories know nothing of. x/rwa's
// own factories trade them.
type simBalances struct{ bk simsx.BalanceSource }

func (b simBalances) SpendableCoins(ctx context.Context, addr sdk.AccAddress) sdk.Coins {
	var out sdk.Coins
	for _, c := range b.bk.SpendableCoins(ctx, addr) {
		if !strings.HasPrefix(c.Denom, rwatypes.ShareDenomPrefix) {
			out = append(out, c)
		}
	}
	return out
}

func (b simBalances) IsSendEnabledDenom(ctx context.Context, denom string) bool {
	return !strings.HasPrefix(denom, rwatypes.ShareDenomPrefix) && b.bk.IsSendEnabledDenom(ctx, denom)
}

func simStateFactory(a *BttApp) simsx.SimStateFactory {
	return simsx.SimStateFactory{
		Codec: a.AppCodec(), AppStateFn: simAppStateFn(a), BlockedAddr: BlockedAddresses(),
		AccountSource: a.AccountKeeper, BalanceSource: simBalances{a.BankKeeper},
	}
}

// simAppStateFn is simtestutil.AppStateFn with BTT's fixed supply: the simulated accounts get at
// most 30M BTT between them (enough for node stakes, bonds, fees and orders), and the allocation
// pools get the rest in proportion to their allocations, so that balances = 210M BTT at genesis
// as x/emissions' fixed-supply invariant requires (nothing is burned yet).
func simAppStateFn(a *BttApp) simtypes.AppStateFn {
	return func(r *rand.Rand, accs []simtypes.Account, config simtypes.Config) (json.RawMessage, []simtypes.Account, string, time.Time) {
		cdc := a.AppCodec()
		genesisTime := time.Unix(config.GenesisTime, 0).UTC()
		// Each account's stake is its balance, and again the validators' (at most all accounts).
		stake := simAccountsBudget.QuoRaw(int64(2 * len(accs))).MulRaw(int64(50 + r.Intn(51))).QuoRaw(100)
		stakeBz, err := json.Marshal(stake)
		if err != nil {
			panic(err)
		}
		// 150 to 299 genesis validators (the SDK draws 1 to 299): the simulated CometBFT reports
		// double signs often, tombstoned validators never return, and with fewer the validator set
		// empties within a few hundred blocks and the run is skipped.
		bondedBz, err := json.Marshal(int64(150 + r.Intn(150)))
		if err != nil {
			panic(err)
		}
		appParams := simtypes.AppParams{simtestutil.StakePerAccount: stakeBz, simtestutil.InitiallyBondedValidators: bondedBz}
		// Downtime jails a validator that signs less than 1-10 % of its window (the SDK draws up to
		// 100 %: with the simulated liveness, whole validator sets were jailed and the runs skipped).
		// Gov tally params under which proposals pass often (the SDK's quorum 33-50 %, threshold 45-50 %
		// and veto 25-33 % reject nearly every randomly voted proposal): the BTT governance messages
		// they carry then execute. The quorum is 0.1-1 %: x/wgov weighs the holders' class by bonded
		// stake over 150-299 validators, and a handful of random voters moves little of it.
		for _, p := range []struct {
			key      string
			permille int
		}{{"min_signed_per_window", 10 + r.Intn(90)}, {"quorum", 1 + r.Intn(10)}, {"threshold", 200 + r.Intn(150)}, {"expedited_threshold", 350 + r.Intn(150)}, {"veto", 500 + r.Intn(200)}} {
			bz, err := json.Marshal(sdkmath.LegacyNewDecWithPrec(int64(p.permille), 3))
			if err != nil {
				panic(err)
			}
			appParams[p.key] = bz
		}
		appState, simAccs := simtestutil.AppStateRandomizedFn(a.SimulationManager(), r, cdc, accs, genesisTime, appParams, a.DefaultGenesis())

		raw := map[string]json.RawMessage{}
		if err := json.Unmarshal(appState, &raw); err != nil {
			panic(err)
		}
		var staking stakingtypes.GenesisState
		cdc.MustUnmarshalJSON(raw[stakingtypes.ModuleName], &staking)
		var bank banktypes.GenesisState
		cdc.MustUnmarshalJSON(raw[banktypes.ModuleName], &bank)

		// As simtestutil.AppStateFn: the genesis validators are unbonded, their tokens in the not-bonded pool.
		notBonded := sdkmath.ZeroInt()
		for _, v := range staking.Validators {
			if v.Status == stakingtypes.Unbonded {
				notBonded = notBonded.Add(v.Tokens)
			}
		}
		bank.Balances = append(bank.Balances, banktypes.Balance{
			Address: authtypes.NewModuleAddress(stakingtypes.NotBondedPoolName).String(),
			Coins:   sdk.NewCoins(sdk.NewCoin(staking.Params.BondDenom, notBonded)),
		})
		held := sdkmath.ZeroInt()
		for _, b := range bank.Balances {
			held = held.Add(b.Coins.AmountOf(tokenomics.BaseDenom))
		}
		rest := tokenomics.TotalSupply.Sub(held)
		if !rest.IsPositive() {
			panic(fmt.Sprintf("simulated accounts hold %s abtt, more than the supply", held))
		}
		pools := tokenomics.PoolNames()
		allocated := sdkmath.ZeroInt()
		for _, p := range pools {
			al, _ := tokenomics.Lookup(p)
			allocated = allocated.Add(al.Amount())
		}
		given := sdkmath.ZeroInt()
		for i, p := range pools {
			al, _ := tokenomics.Lookup(p)
			amt := al.Amount().Mul(rest).Quo(allocated)
			if i == len(pools)-1 {
				amt = rest.Sub(given)
			}
			given = given.Add(amt)
			bank.Balances = append(bank.Balances, banktypes.Balance{
				Address: authtypes.NewModuleAddress(p).String(), Coins: sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, amt)),
			})
		}
		bank.Supply = nil // recomputed from the balances by x/bank's InitGenesis
		raw[banktypes.ModuleName] = cdc.MustMarshalJSON(&bank)
		raw[stakingtypes.ModuleName] = cdc.MustMarshalJSON(&staking)
		if appState, err = json.Marshal(raw); err != nil {
			panic(err)
		}
		return appState, simAccs, config.ChainID, genesisTime
	}
}

// importExport exports the simulated app's state, imports it into a fresh app and compares every
// store, as simapp's TestAppImportExport does.
func importExport(tb testing.TB, ti simsx.TestInstance[*BttApp], _ []simtypes.Account) {
	tb.Helper()
	a := ti.App
	exported, err := a.ExportAppStateAndValidators(false, nil, nil)
	require.NoError(tb, err)

	fresh := simsx.NewSimulationAppInstance(tb, ti.Cfg, newSimApp).App
	var gs GenesisState
	require.NoError(tb, json.Unmarshal(exported.AppState, &gs))
	require.NoError(tb, ValidateEpochIdentifiers(fresh.AppCodec(), gs))
	ctxB := fresh.NewContextLegacy(true, cmtproto.Header{Height: a.LastBlockHeight(), ChainID: ti.Cfg.ChainID, Time: simGenesisTime})
	if _, err := fresh.ModuleManager.InitGenesis(ctxB, fresh.AppCodec(), gs); err != nil {
		if strings.Contains(err.Error(), "validator set is empty after InitGenesis") {
			tb.Log("every validator was unbonded: nothing to import")
			return
		}
		require.NoError(tb, err)
	}
	require.NoError(tb, fresh.StoreConsensusParams(ctxB, exported.ConsensusParams))

	// Prefixes that an import rebuilds differently by design (as simapp skips them): staking's
	// queues and historical info, slashing's missed-block bitmaps.
	skip := map[string][][]byte{
		stakingtypes.StoreKey: {
			stakingtypes.UnbondingQueueKey, stakingtypes.RedelegationQueueKey, stakingtypes.ValidatorQueueKey,
			stakingtypes.HistoricalInfoKey, stakingtypes.UnbondingIDKey, stakingtypes.UnbondingIndexKey,
			stakingtypes.UnbondingTypeKey, stakingtypes.ValidatorUpdatesKey,
		},
		slashingtypes.StoreKey: {slashingtypes.ValidatorMissedBlockBitmapKeyPrefix},
	}
	ctxA := a.NewContextLegacy(true, cmtproto.Header{Height: a.LastBlockHeight(), ChainID: ti.Cfg.ChainID})
	decoders := a.SimulationManager().StoreDecoders
	compared := 0
	for _, name := range simComparedStores {
		storeA, storeB := ctxA.KVStore(a.GetKey(name)), ctxB.KVStore(fresh.GetKey(name))
		diffA, diffB := simtestutil.DiffKVStores(storeA, storeB, skip[name])
		require.Equal(tb, len(diffA), len(diffB), "store %s", name)
		require.Empty(tb, diffA, "store %s differs after import:\n%s", name, simtestutil.GetSimulationLog(name, decoders, diffA, diffB))
		compared++
	}
	tb.Logf("import/export: %d stores equal at height %d", compared, a.LastBlockHeight())
}

// simComparedStores are the stores whose state is all in the genesis export. Not compared:
// x/upgrade (the module version map is written by InitChainer, not InitGenesis), x/consensus
// (StoreConsensusParams above), x/epochs (its start heights are reset to the import's), IBC,
// authz, feegrant and evidence (not simulated, default genesis on both sides).
var simComparedStores = []string{
	authtypes.StoreKey, banktypes.StoreKey, stakingtypes.StoreKey, "distribution", slashingtypes.StoreKey, "gov",
	"emissions", "compute", "rwa", "wgov", "bridge", "health", "payfi",
}

// logModuleStats says how far the run went in the BTT modules (what the operation counts alone
// do not show: settlements, payouts, trades, elections).
func logModuleStats(tb testing.TB, ti simsx.TestInstance[*BttApp], _ []simtypes.Account) {
	tb.Helper()
	a := ti.App
	ctx := a.NewContextLegacy(true, cmtproto.Header{Height: a.LastBlockHeight()})
	tasks := map[string]int{}
	_ = a.ComputeKeeper.Tasks.Walk(ctx, nil, func(_ uint64, t computetypes.Task) (bool, error) {
		tasks[t.Status.String()]++
		return false, nil
	})
	nodes := map[string]int{}
	_ = a.ComputeKeeper.Nodes.Walk(ctx, nil, func(_ sdk.AccAddress, n computetypes.Node) (bool, error) {
		nodes[n.Status.String()]++
		return false, nil
	})
	paid, _ := a.EmissionsKeeper.MiningPaid.Get(ctx)
	burned, _ := a.EmissionsKeeper.Burned.Get(ctx)
	assets := map[string]int{}
	_ = a.RwaKeeper.Assets.Walk(ctx, nil, func(_ uint64, x rwatypes.Asset) (bool, error) {
		assets[x.Status.String()]++
		return false, nil
	})
	nextTrade, _ := a.RwaKeeper.NextTrade.Get(ctx)
	term, _ := a.WgovKeeper.CurrentTerm(ctx)
	reps := 0
	_ = a.WgovKeeper.Representatives.Walk(ctx, nil, func(string, wgovtypes.Representative) (bool, error) {
		reps++
		return false, nil
	})
	props := map[string]int{}
	_ = a.GovKeeper.Proposals.Walk(ctx, nil, func(_ uint64, p govv1.Proposal) (bool, error) {
		props[p.Status.String()]++
		return false, nil
	})
	issued, _ := a.HealthKeeper.TotalIssued.Get(ctx)
	nextActivity, _ := a.HealthKeeper.NextActivity.Get(ctx)
	pointsPaid := sdkmath.ZeroInt()
	_ = a.HealthKeeper.Epochs.Walk(ctx, nil, func(_ uint64, e healthtypes.EpochConversion) (bool, error) {
		pointsPaid = pointsPaid.Add(e.Spent)
		return false, nil
	})
	invoices := map[string]int{}
	_ = a.PayfiKeeper.Invoices.Walk(ctx, nil, func(_ uint64, inv payfitypes.Invoice) (bool, error) {
		invoices[inv.Status.String()]++
		return false, nil
	})
	tb.Logf("seed %d at height %d: compute nodes %v, tasks kept %v; emissions mining paid %s abtt, burned %s abtt; "+
		"rwa assets %v, trades %d; wgov term %d, %d representatives; gov proposals kept %v; "+
		"health activities %d, points issued %d, pool paid for points %s abtt; payfi invoices %v",
		ti.Cfg.Seed, a.LastBlockHeight(), nodes, tasks, paid, burned, assets, max(nextTrade, 1)-1, term.Number, reps, props,
		max(nextActivity, 1)-1, issued, pointsPaid, invoices)
}

func runSim(t *testing.T, s simSettings, seed int64, post ...func(testing.TB, simsx.TestInstance[*BttApp], []simtypes.Account)) {
	start := time.Now()
	simsx.RunWithSeed(t, s.config(), newSimApp, simStateFactory, seed, nil, post...)
	t.Logf("seed %d: %d blocks of %d operations in %s", seed, s.blocks, s.size, time.Since(start).Round(time.Second))
}

// TestAppSimulation runs the simulation for each seed, with every invariant checked after every
// block, and then exports the state, imports it into a fresh app and compares the stores.
func TestAppSimulation(t *testing.T) {
	s := loadSimSettings(t)
	for _, seed := range s.seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) { runSim(t, s, seed, logModuleStats, importExport) })
	}
}

// TestAppStateDeterminism runs the first seed twice and requires the same app hash.
func TestAppStateDeterminism(t *testing.T) {
	s := loadSimSettings(t)
	seed := s.seeds[0]
	var hashes [][]byte
	capture := func(_ testing.TB, ti simsx.TestInstance[*BttApp], _ []simtypes.Account) {
		hashes = append(hashes, ti.App.LastCommitID().Hash)
	}
	for i := 0; i < 2; i++ {
		runSim(t, s, seed, capture)
	}
	require.Len(t, hashes, 2)
	require.NotEmpty(t, hashes[0])
	require.Equal(t, hashes[0], hashes[1], "seed %d: the same simulation gave two app hashes", seed)
}
