// Package simulation holds x/bridge's part of the SDK simulation: a genesis with the bridge configured
// (bridge id, contracts, an observed Ethereum height, so batches can be made) and factories for the
// messages the BTT side originates: orchestrator registration by validator operators, valset and batch
// confirms, transfers to Ethereum, cancels and batch requests, and Polkadot key registration (polkadot.go).
// Ethereum and Polkadot claims are not simulated (no chain to watch); the keeper tests and the property
// tests cover them.
package simulation

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"time"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/btt-chain/btt/chain/x/bridge/keeper"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// Simulated contracts and Ethereum height.
var (
	SimBridgeContract = common.HexToAddress("0x00000000000000000000000000000000000b7b01").Hex()
	SimWrappedBtt     = common.HexToAddress("0x00000000000000000000000000000000000b7b02").Hex()
)

// RandomizedGenState: the bridge configured with random params; slashing is on with a signed window
// longer than a short run, or off.
func RandomizedGenState(simState *module.SimulationState) {
	r := simState.Rand
	gs := types.DefaultGenesis()
	p := gs.Params
	p.BridgeId = "0x" + hex.EncodeToString(crypto.Keccak256([]byte("btt-bridge-sim")))
	p.BridgeContract, p.WrappedBttContract = SimBridgeContract, SimWrappedBtt
	p.ValsetChangeThreshold = sdkmath.LegacyNewDecWithPrec(int64(1+r.Intn(10)), 2)
	p.BatchMaxTransfers = uint32(1 + r.Intn(20))
	p.AutoBatchBlocks = uint64(r.Intn(6))
	p.BatchTimeoutEthereumBlocks = uint64(100 + r.Intn(1000))
	p.SignedWindowBlocks = uint64(1000 + r.Intn(1000))
	p.SlashingEnabled = r.Intn(2) == 0
	p.AttestationsKept = uint64(1 + r.Intn(1000))
	p.MaxOpenBatchesPerToken = uint32(1 + r.Intn(5))
	p.MinBridgeFees = sdk.NewCoins(sdk.NewCoin(types.BttDenom, sdkmath.NewIntWithDecimal(int64(r.Intn(50)), 12)))
	p.AutoBatchMaxTokens = uint32(1 + r.Intn(20))
	p.EthereumBlockTime = time.Duration(1+r.Intn(15)) * time.Second
	gs.Params = p
	gs.LastObservedEthereumHeight = uint64(1 + r.Intn(1_000_000))
	if err := gs.Validate(); err != nil {
		panic(err)
	}
	simState.GenState[types.ModuleName] = simState.Cdc.MustMarshalJSON(gs)
}

// EthKey is the simulated Ethereum key of an account (deterministic).
func EthKey(acc sdk.AccAddress) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("btt-sim-eth"), acc))
	if err != nil {
		panic(err)
	}
	return k
}

func sign(key *ecdsa.PrivateKey, digest [32]byte) string {
	h := types.SignedMessageHash(digest)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		panic(err)
	}
	sig[64] += 27
	return "0x" + hex.EncodeToString(sig)
}

func bridgeID(ctx context.Context, k keeper.Keeper) ([32]byte, bool) {
	id, ok, err := types.ParseBridgeID(k.GetParams(ctx).BridgeId)
	return id, ok && err == nil
}

func randomEthAddress(r interface{ Intn(int) int }) string {
	b := make([]byte, 20)
	for i := range b {
		b[i] = byte(r.Intn(256))
	}
	b[0] |= 1
	return common.BytesToAddress(b).Hex()
}

// MsgSetOrchestratorFactory has a validator operator register itself as its orchestrator.
func MsgSetOrchestratorFactory(k keeper.Keeper, validators func(context.Context) []sdk.ValAddress) simsx.SimMsgFactoryFn[*types.MsgSetOrchestrator] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSetOrchestrator) {
		id, ok := bridgeID(ctx, k)
		if !ok {
			reporter.Skip("bridge not configured")
			return nil, nil
		}
		var candidates []sdk.AccAddress
		for _, v := range validators(ctx) {
			acc := sdk.AccAddress(v)
			if has, _ := k.Orchestrators.Has(ctx, v.String()); !has && testData.HasAccount(acc.String()) {
				if _, used := k.OrchestratorByAccount(ctx, acc.String()); !used {
					candidates = append(candidates, acc)
				}
			}
		}
		if len(candidates) == 0 {
			reporter.Skip("no unregistered validator operator")
			return nil, nil
		}
		acc := candidates[testData.Rand().Intn(len(candidates))]
		op := testData.GetAccount(reporter, acc.String())
		key := EthKey(acc)
		d, err := keeper.SetOrchestratorDigest(id, sdk.ValAddress(acc).String(), acc.String())
		if err != nil {
			panic(err)
		}
		return []simsx.SimAccount{op}, &types.MsgSetOrchestrator{Operator: acc.String(), Orchestrator: acc.String(),
			EthAddress: crypto.PubkeyToAddress(key.PublicKey).Hex(), EthSignature: sign(key, d)}
	}
}

// registered returns the registrations whose orchestrator is a simulated account.
func registered(ctx context.Context, k keeper.Keeper, testData *simsx.ChainDataSource) []types.Orchestrator {
	var out []types.Orchestrator
	_ = k.Orchestrators.Walk(ctx, nil, func(_ string, o types.Orchestrator) (bool, error) {
		if testData.HasAccount(o.Orchestrator) {
			out = append(out, o)
		}
		return false, nil
	})
	return out
}

// MsgConfirmValsetFactory has an orchestrator sign a valset it has not signed.
func MsgConfirmValsetFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgConfirmValset] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgConfirmValset) {
		id, ok := bridgeID(ctx, k)
		if !ok {
			reporter.Skip("bridge not configured")
			return nil, nil
		}
		for _, o := range registered(ctx, k, testData) {
			var todo *types.Valset
			_ = k.Valsets.Walk(ctx, nil, func(n uint64, v types.Valset) (bool, error) {
				if has, _ := k.ValsetConfirms.Has(ctx, collections.Join(n, o.Validator)); !has {
					todo = &v
					return true, nil
				}
				return false, nil
			})
			if todo == nil {
				continue
			}
			ev, err := todo.ToEth()
			if err != nil {
				panic(err)
			}
			d, err := ev.Checkpoint(id)
			if err != nil {
				panic(err)
			}
			acc := sdk.MustAccAddressFromBech32(o.Orchestrator)
			return []simsx.SimAccount{testData.GetAccount(reporter, o.Orchestrator)}, &types.MsgConfirmValset{
				Orchestrator: o.Orchestrator, Nonce: todo.Nonce, EthSigner: o.EthAddress, Signature: sign(EthKey(acc), d)}
		}
		reporter.Skip("no valset to confirm")
		return nil, nil
	}
}

// MsgConfirmBatchFactory has an orchestrator sign a batch it has not signed.
func MsgConfirmBatchFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgConfirmBatch] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgConfirmBatch) {
		id, ok := bridgeID(ctx, k)
		if !ok {
			reporter.Skip("bridge not configured")
			return nil, nil
		}
		for _, o := range registered(ctx, k, testData) {
			var todo *types.OutgoingBatch
			_ = k.Batches.Walk(ctx, nil, func(key collections.Pair[string, uint64], b types.OutgoingBatch) (bool, error) {
				if has, _ := k.BatchConfirms.Has(ctx, collections.Join3(key.K1(), key.K2(), o.Validator)); !has {
					todo = &b
					return true, nil
				}
				return false, nil
			})
			if todo == nil {
				continue
			}
			eb, err := todo.ToEth()
			if err != nil {
				panic(err)
			}
			d, err := eb.Digest(id)
			if err != nil {
				panic(err)
			}
			acc := sdk.MustAccAddressFromBech32(o.Orchestrator)
			return []simsx.SimAccount{testData.GetAccount(reporter, o.Orchestrator)}, &types.MsgConfirmBatch{
				Orchestrator: o.Orchestrator, TokenContract: todo.TokenContract, Nonce: todo.Nonce, EthSigner: o.EthAddress, Signature: sign(EthKey(acc), d)}
		}
		reporter.Skip("no batch to confirm")
		return nil, nil
	}
}

// MsgSendToEthereumFactory sends some BTT to a random Ethereum address.
func MsgSendToEthereumFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgSendToEthereum] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSendToEthereum) {
		if k.GetParams(ctx).WrappedBttContract == "" {
			reporter.Skip("wBTT contract unset")
			return nil, nil
		}
		r := testData.Rand()
		sender := testData.AnyAccount(reporter)
		amt := sdk.NewCoin(types.BttDenom, sdkmath.NewIntWithDecimal(int64(1+r.Intn(1000)), 15))
		fee := sdk.NewCoin(types.BttDenom, sdkmath.NewIntWithDecimal(int64(r.Intn(100)), 12))
		fee.Amount = sdkmath.MaxInt(fee.Amount, k.GetParams(ctx).MinBridgeFee(types.BttDenom))
		if !sender.LiquidBalance().BlockAmount(sdk.NewCoin(types.BttDenom, amt.Amount.Add(fee.Amount))) {
			reporter.Skip("sender cannot afford the transfer")
			return nil, nil
		}
		return []simsx.SimAccount{sender}, &types.MsgSendToEthereum{Sender: sender.AddressBech32, EthDestination: randomEthAddress(r), Amount: amt, BridgeFee: fee}
	}
}

// MsgCancelSendToEthereumFactory cancels a pending transfer of a simulated account.
func MsgCancelSendToEthereumFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgCancelSendToEthereum] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgCancelSendToEthereum) {
		var ts []types.OutgoingTransfer
		_ = k.Pending.Walk(ctx, nil, func(_ uint64, t types.OutgoingTransfer) (bool, error) {
			if testData.HasAccount(t.Sender) {
				ts = append(ts, t)
			}
			return false, nil
		})
		if len(ts) == 0 {
			reporter.Skip("no pending transfer")
			return nil, nil
		}
		t := ts[testData.Rand().Intn(len(ts))]
		return []simsx.SimAccount{testData.GetAccount(reporter, t.Sender)}, &types.MsgCancelSendToEthereum{Sender: t.Sender, TransferId: t.Id}
	}
}

// MsgRequestBatchFactory cuts a batch of the pending BTT transfers.
func MsgRequestBatchFactory(k keeper.Keeper) simsx.SimMsgFactoryFn[*types.MsgRequestBatch] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgRequestBatch) {
		has := false
		_ = k.Pending.Walk(ctx, nil, func(_ uint64, t types.OutgoingTransfer) (bool, error) {
			has = t.Denom == types.BttDenom
			return has, nil
		})
		if !has || k.GetParams(ctx).BridgeContract == "" {
			reporter.Skip("no pending BTT transfer")
			return nil, nil
		}
		sender := testData.AnyAccount(reporter)
		msg := &types.MsgRequestBatch{Sender: sender.AddressBech32, Denom: types.BttDenom}
		// A batch the spam bounds refuse (fees not above the best open batch, too many open) is skipped.
		cache, _ := sdk.UnwrapSDKContext(ctx).CacheContext()
		if _, err := k.RequestBatch(cache, msg); err != nil {
			reporter.Skip(err.Error())
			return nil, nil
		}
		return []simsx.SimAccount{sender}, msg
	}
}
