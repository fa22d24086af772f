package types_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/btt-chain/btt/chain/x/bridge/types"
)

func TestParamsValidate(t *testing.T) {
	require.NoError(t, types.DefaultParams().Validate())
	ok := types.DefaultParams()
	ok.BridgeId = "0x" + "ab"
	for i := 0; i < 31; i++ {
		ok.BridgeId += "cd"
	}
	ok.BridgeContract = "0x1111111111111111111111111111111111111111"
	ok.WrappedBttContract = "0x2222222222222222222222222222222222222222"
	require.NoError(t, ok.Validate())
	require.Equal(t, types.DefaultMinBridgeFeeAbtt, ok.MinBridgeFee("abtt"))
	require.True(t, ok.MinBridgeFee("bridge/eth/0x1111111111111111111111111111111111111111").IsZero())
	zero := ok
	zero.MinBridgeFees, zero.EthereumBlockTime = nil, 0 // no minimum, no projection: valid
	require.NoError(t, zero.Validate())
	for name, mutate := range map[string]func(*types.Params){
		"short bridge id":    func(p *types.Params) { p.BridgeId = "0x1234" },
		"non-hex bridge id":  func(p *types.Params) { p.BridgeId = "0x" + string(make([]byte, 64)) },
		"zero chain":         func(p *types.Params) { p.EthereumChainId = 0 },
		"bad contract":       func(p *types.Params) { p.BridgeContract = "0x12" },
		"zero contract":      func(p *types.Params) { p.WrappedBttContract = "0x0000000000000000000000000000000000000000" },
		"same contracts":     func(p *types.Params) { p.WrappedBttContract = p.BridgeContract },
		"threshold > 1":      func(p *types.Params) { p.ValsetChangeThreshold = sdkmath.LegacyNewDec(2) },
		"no transfers":       func(p *types.Params) { p.BatchMaxTransfers = 0 },
		"no timeout":         func(p *types.Params) { p.BatchTimeoutEthereumBlocks = 0 },
		"no window":          func(p *types.Params) { p.SignedWindowBlocks = 0 },
		"negative slash":     func(p *types.Params) { p.SlashFractionMissedConfirm = sdkmath.LegacyNewDec(-1) },
		"slash > 1":          func(p *types.Params) { p.SlashFractionConflictingClaim = sdkmath.LegacyNewDec(2) },
		"no attestations":    func(p *types.Params) { p.AttestationsKept = 0 },
		"negative jail time": func(p *types.Params) { p.JailDuration = -1 },
		"no open batches":    func(p *types.Params) { p.MaxOpenBatchesPerToken = 0 },
		"open batches > 100": func(p *types.Params) { p.MaxOpenBatchesPerToken = 101 },
		"negative min fee":   func(p *types.Params) { p.MinBridgeFees = sdk.Coins{{Denom: "abtt", Amount: sdkmath.NewInt(-1)}} },
		"bad min fee denom":  func(p *types.Params) { p.MinBridgeFees = sdk.Coins{{Denom: "!", Amount: sdkmath.NewInt(1)}} },
		"unsorted min fees": func(p *types.Params) {
			p.MinBridgeFees = sdk.Coins{{Denom: "b", Amount: sdkmath.NewInt(1)}, {Denom: "a", Amount: sdkmath.NewInt(1)}}
		},
		"no auto-batch tokens":    func(p *types.Params) { p.AutoBatchMaxTokens = 0 },
		"negative eth block time": func(p *types.Params) { p.EthereumBlockTime = -1 },
	} {
		p := ok
		mutate(&p)
		require.Error(t, p.Validate(), name)
	}
	// a zero bridge id is "unset"
	_, set, err := types.ParseBridgeID("0x0000000000000000000000000000000000000000000000000000000000000000")
	require.NoError(t, err)
	require.False(t, set)
}

func TestClaimHashAndValidate(t *testing.T) {
	d := &types.DepositClaim{EventNonce: 3, EthereumHeight: 10, TokenContract: "0x1111111111111111111111111111111111111111",
		Amount: sdkmath.NewInt(5), EthereumSender: "0x2222222222222222222222222222222222222222", BttReceiver: "btt1x"}
	c := types.Claim{Kind: &types.Claim_Deposit{Deposit: d}}
	require.NoError(t, c.Validate())
	h1, err := c.Hash()
	require.NoError(t, err)
	require.Len(t, h1, 64)
	d2 := *d
	d2.Amount = sdkmath.NewInt(6)
	h2, _ := types.Claim{Kind: &types.Claim_Deposit{Deposit: &d2}}.Hash()
	require.NotEqual(t, h1, h2)
	require.Equal(t, uint64(3), c.EventNonce())
	require.Error(t, types.Claim{}.Validate())
	bad := *d
	bad.EventNonce = 0
	require.Error(t, types.Claim{Kind: &types.Claim_Deposit{Deposit: &bad}}.Validate())
	require.Error(t, types.Claim{Kind: &types.Claim_ValsetUpdated{ValsetUpdated: &types.ValsetUpdatedClaim{EventNonce: 1, EthereumHeight: 1}}}.Validate())
	require.Error(t, types.Claim{Kind: &types.Claim_BatchExecuted{BatchExecuted: &types.BatchExecutedClaim{EventNonce: 1, EthereumHeight: 1, TokenContract: "0x1111111111111111111111111111111111111111"}}}.Validate())
}
