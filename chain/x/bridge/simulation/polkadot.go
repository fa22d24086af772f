package simulation

import (
	"context"
	"crypto/sha256"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	dcrecdsa "github.com/decred/dcrd/dcrec/secp256k1/v4/ecdsa"
	"golang.org/x/crypto/blake2b"

	"github.com/cosmos/cosmos-sdk/testutil/simsx"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/keeper"
	"github.com/btt-chain/btt/chain/x/bridge/types"
)

// DotKey is the simulated Polkadot (ecdsa) key of an account (deterministic).
func DotKey(acc sdk.AccAddress) *secp256k1.PrivateKey {
	h := sha256.Sum256(append([]byte("btt-sim-dot"), acc...))
	return secp256k1.PrivKeyFromBytes(h[:])
}

// MsgSetPolkadotOrchestratorFactory has a validator operator register a Polkadot key (orchestrator: its
// Ethereum registration's, or the operator account). Once the keyed validators hold > 2/3 of the power,
// EndBlock makes the custody; Polkadot claims are not simulated (no Polkadot to watch).
func MsgSetPolkadotOrchestratorFactory(k keeper.Keeper, validators func(context.Context) []sdk.ValAddress) simsx.SimMsgFactoryFn[*types.MsgSetPolkadotOrchestrator] {
	return func(ctx context.Context, testData *simsx.ChainDataSource, reporter simsx.SimulationReporter) ([]simsx.SimAccount, *types.MsgSetPolkadotOrchestrator) {
		if _, ok := bridgeID(ctx, k); !ok {
			reporter.Skip("bridge not configured")
			return nil, nil
		}
		var candidates []sdk.ValAddress
		for _, v := range validators(ctx) {
			acc := sdk.AccAddress(v)
			if has, _ := k.Polkadot.Orchestrators.Has(ctx, v.String()); has || !testData.HasAccount(acc.String()) {
				continue
			}
			if o, used := k.OrchestratorByAccount(ctx, acc.String()); used && o.Validator != v.String() {
				continue
			}
			if o, err := k.Orchestrators.Get(ctx, v.String()); err == nil && !testData.HasAccount(o.Orchestrator) {
				continue
			}
			candidates = append(candidates, v)
		}
		if len(candidates) == 0 {
			reporter.Skip("no validator operator without a Polkadot key")
			return nil, nil
		}
		v := candidates[testData.Rand().Intn(len(candidates))]
		acc := sdk.AccAddress(v)
		op := testData.GetAccount(reporter, acc.String())
		orchestrator := acc.String()
		if o, err := k.Orchestrators.Get(ctx, v.String()); err == nil {
			orchestrator = o.Orchestrator
		}
		key := DotKey(acc)
		pub := key.PubKey().SerializeCompressed()
		digest := blake2b.Sum256([]byte(types.PolkadotProofMessage(k.GetParams(ctx).BridgeId, v.String())))
		compact := dcrecdsa.SignCompact(key, digest[:], true)
		proof := append(append([]byte{}, compact[1:]...), compact[0]-27-4)
		return []simsx.SimAccount{op}, &types.MsgSetPolkadotOrchestrator{Validator: v.String(),
			PolkadotAccount: types.AccountHex(types.EcdsaAccountID(pub)), KeyType: types.PolkadotKeyEcdsa, PublicKey: pub,
			Proof: proof, Orchestrator: orchestrator}
	}
}
