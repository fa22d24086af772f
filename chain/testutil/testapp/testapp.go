// Package testapp boots a BttApp for module keeper tests: genesis, blocks, contexts, addresses.
// (A package of its own: it imports the app, whose dependencies define an -update test flag that
// would clash with testutil's.)
package testapp

import (
	"crypto/sha256"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	simtestutil "github.com/cosmos/cosmos-sdk/testutil/sims"
	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/app"
)

// InitChain runs InitChain on a fresh test app with appState as the genesis, at genesisTime and
// initialHeight, with the SDK's default consensus params.
func InitChain(t testing.TB, a *app.BttApp, chainID string, genesisTime time.Time, appState map[string]json.RawMessage, initialHeight int64) {
	t.Helper()
	stateBz, err := json.Marshal(appState)
	require.NoError(t, err)
	_, err = a.InitChain(&abci.RequestInitChain{
		ChainId: chainID, Time: genesisTime, AppStateBytes: stateBz, InitialHeight: initialHeight,
		ConsensusParams: simtestutil.DefaultConsensusParams,
	})
	require.NoError(t, err)
}

// CommitBlock finalizes and commits block height at time tm and returns the FinalizeBlock response.
func CommitBlock(t testing.TB, a *app.BttApp, height int64, tm time.Time) *abci.ResponseFinalizeBlock {
	t.Helper()
	res, err := a.FinalizeBlock(&abci.RequestFinalizeBlock{Height: height, Time: tm})
	require.NoError(t, err)
	_, err = a.Commit()
	require.NoError(t, err)
	return res
}

// UncachedContext returns a context on the app's committed state at height and time tm.
func UncachedContext(a *app.BttApp, chainID string, height int64, tm time.Time) sdk.Context {
	return a.NewUncachedContext(false, cmtproto.Header{ChainID: chainID, Height: height, Time: tm})
}

// NewAddr returns a fresh random account address.
func NewAddr() sdk.AccAddress { return sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()) }

// AddrOf returns a deterministic account address derived from name.
func AddrOf(name string) sdk.AccAddress {
	h := sha256.Sum256([]byte(name))
	return sdk.AccAddress(h[:20])
}

// BTT returns n whole BTT in abtt (n × 10^18).
func BTT(n int64) sdkmath.Int { return sdkmath.NewIntWithDecimal(n, 18) }
