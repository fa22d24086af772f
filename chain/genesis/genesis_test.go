package genesis_test

import (
	"cosmossdk.io/x/feegrant"
	"encoding/json"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	sdkmath "cosmossdk.io/math"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	vestingtypes "github.com/cosmos/cosmos-sdk/x/auth/vesting/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/app"
	"github.com/btt-chain/btt/chain/genesis"
	"github.com/btt-chain/btt/chain/genesis/types"
	"github.com/btt-chain/btt/chain/tokenomics"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
)

var genesisTime = time.Date(2026, time.January, 15, 12, 0, 0, 0, time.UTC)

// btt converts whole BTT written as a decimal string into abtt.
func btt(t *testing.T, amount string) sdkmath.Int {
	t.Helper()
	d, err := sdkmath.LegacyNewDecFromStr(amount)
	require.NoError(t, err)
	return d.MulInt(sdkmath.NewIntWithDecimal(1, 18)).TruncateInt()
}

func newAddr() string {
	return sdk.AccAddress(secp256k1.GenPrivKey().PubKey().Address()).String()
}

func validConfig() *types.AllocationConfig {
	cfg := &types.AllocationConfig{
		ChainId:     "btt-test-1",
		GenesisTime: genesisTime,
		Network: types.NetworkParams{
			GovVotingPeriod:          48 * time.Hour,
			GovExpeditedVotingPeriod: 24 * time.Hour,
			GovMinDeposit:            sdkmath.NewIntWithDecimal(10_000, 18),
			UnbondingTime:            21 * 24 * time.Hour,
			MaxValidators:            100,
		},
	}
	for _, id := range []string{
		tokenomics.ChinaOralIndustryGroup, tokenomics.VisionFutureCapital, tokenomics.YueyaEraMedical,
		tokenomics.BellaSmileGroup, tokenomics.StrategicInvestors,
	} {
		cfg.Recipients = append(cfg.Recipients, types.Recipient{Allocation: id, Address: newAddr()})
	}
	return cfg
}

func TestTableIsTheSeedAllocation(t *testing.T) {
	expected := map[string]string{
		tokenomics.ChinaOralIndustryGroup:  "21000000",
		tokenomics.VisionFutureCapital:     "6300000",
		tokenomics.YueyaEraMedical:         "6300000",
		tokenomics.BellaSmileGroup:         "4200000",
		tokenomics.StrategicInvestors:      "2100000",
		tokenomics.FoundationPool:          "35700000",
		tokenomics.MiningRewardsPool:       "63000000",
		tokenomics.CommunityIncentivesPool: "25200000",
		tokenomics.EcosystemGrowthFundPool: "14700000",
		tokenomics.UnallocatedReserve:      "31500000",
	}
	require.Len(t, tokenomics.Table, len(expected))
	sum := sdkmath.ZeroInt()
	for _, a := range tokenomics.Table {
		require.Equal(t, btt(t, expected[a.ID]).String(), a.Amount().String(), a.ID)
		sum = sum.Add(a.Amount())
	}
	require.Equal(t, "210000000000000000000000000", sum.String())
	require.Equal(t, "210000000000000000000000000", tokenomics.TotalSupply.String())
}

func TestBuildSumsExactlyToTheFixedSupply(t *testing.T) {
	cfg := validConfig()
	dev := newAddr()
	cfg.CarveOuts = []types.CarveOut{{Name: "dev", Address: dev, Amount: btt(t, "1234567.000000000000000001"), From: tokenomics.EcosystemGrowthFundPool}}

	res, err := genesis.Build(cfg)
	require.NoError(t, err)

	sum := sdkmath.ZeroInt()
	for _, b := range res.Balances {
		sum = sum.Add(b.Coins.AmountOf("abtt"))
	}
	require.Equal(t, "210000000000000000000000000", sum.String())
	// The carve-out and the institutions' fee budget came out of the ecosystem fund and nowhere else.
	require.Equal(t, btt(t, "14700000").Sub(btt(t, "1234567.000000000000000001")).Sub(btt(t, "500")).String(), res.Pools[tokenomics.EcosystemGrowthFundPool].String())
	require.Equal(t, btt(t, "63000000").String(), res.Pools[tokenomics.MiningRewardsPool].String())

	var vesting, modules, liquid int
	for _, acc := range res.Accounts {
		switch a := acc.(type) {
		case *vestingtypes.PeriodicVestingAccount:
			vesting++
			require.Equal(t, genesisTime.Unix(), a.StartTime)
		case *authtypes.ModuleAccount:
			modules++
			require.Empty(t, a.Permissions, "pool %s must not mint or burn", a.Name)
		case *authtypes.BaseAccount:
			liquid++
			require.Contains(t, []string{dev, tokenomics.InstitutionFeeBudgetAddress().String()}, a.Address)
		}
	}
	require.Equal(t, []int{5, 5, 2}, []int{vesting, modules, liquid})
}

// vestedAt returns what the account of `id` has vested at time tm.
func vestedAt(t *testing.T, id string, tm time.Time) string {
	t.Helper()
	a, ok := tokenomics.Lookup(id)
	require.True(t, ok)
	acc, err := genesis.NewVestingAccount(a, sdk.MustAccAddressFromBech32(newAddr()), 1, genesisTime)
	require.NoError(t, err)
	require.NoError(t, acc.Validate())
	return acc.GetVestedCoins(tm).AmountOf("abtt").String()
}

func TestVestingScheduleAtCliffMidwayAndEnd(t *testing.T) {
	month := func(m int) time.Time { return genesisTime.AddDate(0, m, 0) }
	cases := []struct {
		id   string
		at   time.Time
		want string // BTT, computed by hand from the seed: total × months ÷ end after the cliff
	}{
		// China Oral Industry Group: 21M, 6-month cliff, linear to month 36.
		{tokenomics.ChinaOralIndustryGroup, genesisTime, "0"},
		{tokenomics.ChinaOralIndustryGroup, month(6).Add(-time.Second), "0"},
		{tokenomics.ChinaOralIndustryGroup, month(6), "3500000"},                                        // 21M × 6/36
		{tokenomics.ChinaOralIndustryGroup, month(21), "12250000"},                                      // 21M × 21/36, mid-way
		{tokenomics.ChinaOralIndustryGroup, month(21).Add(-time.Second), "11666666.666666666666666666"}, // still month 20: floor(21M × 20/36)
		{tokenomics.ChinaOralIndustryGroup, month(36), "21000000"},
		{tokenomics.ChinaOralIndustryGroup, month(48), "21000000"},
		// Vision Future Capital: 6.3M, 3-month cliff, linear to month 30.
		{tokenomics.VisionFutureCapital, month(3).Add(-time.Second), "0"},
		{tokenomics.VisionFutureCapital, month(3), "630000"},   // 6.3M × 3/30
		{tokenomics.VisionFutureCapital, month(15), "3150000"}, // mid-way
		{tokenomics.VisionFutureCapital, month(30), "6300000"},
		// BellaSmile Group: 4.2M, 3-month cliff, linear to month 30.
		{tokenomics.BellaSmileGroup, month(3), "420000"},
		{tokenomics.BellaSmileGroup, month(29), "4060000"},
		{tokenomics.BellaSmileGroup, month(30), "4200000"},
		// Strategic investors: 2.1M.
		{tokenomics.StrategicInvestors, month(3), "210000"},
		{tokenomics.StrategicInvestors, month(30), "2100000"},
	}
	for _, c := range cases {
		require.Equal(t, btt(t, c.want).String(), vestedAt(t, c.id, c.at), "%s at %s", c.id, c.at)
	}
}

func TestScheduleTranchesAddUpAndArePositive(t *testing.T) {
	for _, a := range tokenomics.Table {
		if a.Kind != tokenomics.Vesting {
			continue
		}
		tranches, err := a.Schedule(a.Amount(), genesisTime)
		require.NoError(t, err)
		require.Len(t, tranches, a.EndMonths-a.CliffMonths+1)
		sum := sdkmath.ZeroInt()
		for _, tr := range tranches {
			require.True(t, tr.Amount.IsPositive())
			sum = sum.Add(tr.Amount)
		}
		require.Equal(t, a.Amount().String(), sum.String(), a.ID)
		require.Equal(t, genesisTime.AddDate(0, a.CliffMonths, 0), tranches[0].Time)
		require.Equal(t, genesisTime.AddDate(0, a.EndMonths, 0), tranches[len(tranches)-1].Time)
	}
}

func TestValidateRejectsBadConfigs(t *testing.T) {
	cases := map[string]struct {
		mutate func(*types.AllocationConfig)
		errMsg string
	}{
		"missing recipient": {func(c *types.AllocationConfig) { c.Recipients = c.Recipients[1:] }, "has no recipient"},
		"unknown allocation": {func(c *types.AllocationConfig) {
			c.Recipients = append(c.Recipients, types.Recipient{Allocation: "moon_fund", Address: newAddr()})
		}, "unknown institutional allocation"},
		"pool as recipient": {func(c *types.AllocationConfig) {
			c.Recipients[0].Allocation = tokenomics.MiningRewardsPool
		}, "unknown institutional allocation"},
		"bad address":       {func(c *types.AllocationConfig) { c.Recipients[0].Address = "cosmos1xyz" }, "invalid address"},
		"duplicate address": {func(c *types.AllocationConfig) { c.Recipients[1].Address = c.Recipients[0].Address }, "already receives"},
		"missing chain id":  {func(c *types.AllocationConfig) { c.ChainId = "" }, "chain_id"},
		"missing time":      {func(c *types.AllocationConfig) { c.GenesisTime = time.Time{} }, "genesis_time"},
		"carve from mining": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: newAddr(), Amount: sdkmath.OneInt(), From: tokenomics.MiningRewardsPool}}
		}, "cannot be carved out"},
		"carve from reserve": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: newAddr(), Amount: sdkmath.OneInt(), From: tokenomics.UnallocatedReserve}}
		}, "cannot be carved out"},
		"carve from foundation": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: newAddr(), Amount: sdkmath.OneInt(), From: tokenomics.FoundationPool}}
		}, "cannot be carved out"},
		"carve too much": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{
				{Name: "a", Address: newAddr(), Amount: sdkmath.NewIntWithDecimal(14_000_000, 18), From: tokenomics.EcosystemGrowthFundPool},
				{Name: "b", Address: newAddr(), Amount: sdkmath.NewIntWithDecimal(700_001, 18), From: tokenomics.EcosystemGrowthFundPool},
			}
		}, "exceed its allocation"},
		"carve zero": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: newAddr(), Amount: sdkmath.ZeroInt(), From: tokenomics.EcosystemGrowthFundPool}}
		}, "must be positive"},
		"carve to recipient": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: c.Recipients[0].Address, Amount: sdkmath.OneInt(), From: tokenomics.EcosystemGrowthFundPool}}
		}, "already receives"},
		"carve to module account": {func(c *types.AllocationConfig) {
			c.CarveOuts = []types.CarveOut{{Name: "x", Address: authtypes.NewModuleAddress(tokenomics.FoundationPool).String(), Amount: sdkmath.OneInt(), From: tokenomics.EcosystemGrowthFundPool}}
		}, "module account"},
		"expedited not shorter": {func(c *types.AllocationConfig) { c.Network.GovExpeditedVotingPeriod = c.Network.GovVotingPeriod }, "shorter"},
		"zero deposit":          {func(c *types.AllocationConfig) { c.Network.GovMinDeposit = sdkmath.ZeroInt() }, "gov_min_deposit"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			cfg := validConfig()
			tc.mutate(cfg)
			_, err := genesis.Build(cfg)
			require.Error(t, err)
			require.Contains(t, err.Error(), tc.errMsg)
		})
	}
}

// TestSupplyInvariantUnderRandomCarveOuts is a property test: whatever valid
// carve-outs a network config asks for, the genesis holds exactly 2.1e26 abtt.
func TestSupplyInvariantUnderRandomCarveOuts(t *testing.T) {
	rng := rand.New(rand.NewSource(42))
	for i := 0; i < 200; i++ {
		cfg := validConfig()
		for j := 0; j < rng.Intn(6); j++ {
			from := tokenomics.EcosystemGrowthFundPool
			if rng.Intn(2) == 0 {
				from = tokenomics.CommunityIncentivesPool
			}
			amt := sdkmath.NewInt(rng.Int63n(1_000_000) + 1).Mul(sdkmath.NewIntWithDecimal(1, 18)).AddRaw(rng.Int63())
			cfg.CarveOuts = append(cfg.CarveOuts, types.CarveOut{Name: "c", Address: newAddr(), Amount: amt, From: from})
		}
		res, err := genesis.Build(cfg)
		require.NoError(t, err)
		sum := sdkmath.ZeroInt()
		for _, b := range res.Balances {
			sum = sum.Add(b.Coins.AmountOf("abtt"))
		}
		require.True(t, sum.Equal(tokenomics.TotalSupply), "iteration %d: %s", i, sum)
	}
}

func TestApplyToGenesisProducesAValidGenesis(t *testing.T) {
	bttApp := app.NewTestApp(t)
	cdc := bttApp.AppCodec()
	appState := bttApp.DefaultGenesis()
	cfg := validConfig()
	require.NoError(t, genesis.ApplyToGenesis(cdc, appState, cfg))
	require.NoError(t, bttApp.BasicModuleManager.ValidateGenesis(cdc, bttApp.TxConfig(), appState))

	var bankGen banktypes.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[banktypes.ModuleName], &bankGen))
	require.Equal(t, "210000000000000000000000000abtt", bankGen.Supply.String())
	require.Len(t, bankGen.DenomMetadata, 1)
	require.Equal(t, "btt", bankGen.DenomMetadata[0].Display)
	require.Equal(t, uint32(18), bankGen.DenomMetadata[0].DenomUnits[1].Exponent)

	var stakingGen stakingtypes.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[stakingtypes.ModuleName], &stakingGen))
	require.Equal(t, "abtt", stakingGen.Params.BondDenom)

	var govGen govv1.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState["gov"], &govGen))
	require.Equal(t, "10000000000000000000000abtt", sdk.Coins(govGen.Params.MinDeposit).String())
	require.Equal(t, 48*time.Hour, *govGen.Params.VotingPeriod)

	// Nothing in the genesis mentions the SDK's default denom.
	raw, err := json.Marshal(appState)
	require.NoError(t, err)
	require.False(t, strings.Contains(string(raw), `"stake"`), "genesis still uses the default 'stake' denom")
}

func TestApplyToGenesisSetsTheEmissionsEpoch(t *testing.T) {
	bttApp := app.NewTestApp(t)
	cdc := bttApp.AppCodec()
	for _, tc := range []struct {
		length, want time.Duration
	}{{0, 24 * time.Hour}, {5 * time.Second, 5 * time.Second}} {
		appState := bttApp.DefaultGenesis()
		cfg := validConfig()
		cfg.Network.EmissionsEpoch = tc.length
		require.NoError(t, genesis.ApplyToGenesis(cdc, appState, cfg))
		require.NoError(t, bttApp.BasicModuleManager.ValidateGenesis(cdc, bttApp.TxConfig(), appState))
		var epochsGen epochstypes.GenesisState
		require.NoError(t, cdc.UnmarshalJSON(appState[epochstypes.ModuleName], &epochsGen))
		found := 0
		for _, e := range epochsGen.Epochs {
			if e.Identifier == genesis.EmissionsEpochIdentifier {
				found++
				require.Equal(t, tc.want, e.Duration)
			}
		}
		require.Equal(t, 1, found)
		require.Len(t, epochsGen.Epochs, 5) // day, emissions, hour, minute, week
		var emissionsGen emissionstypes.GenesisState
		require.NoError(t, cdc.UnmarshalJSON(appState[emissionstypes.ModuleName], &emissionsGen))
		require.Equal(t, genesis.EmissionsEpochIdentifier, emissionsGen.Params.EpochIdentifier)
		var computeGen computetypes.GenesisState
		require.NoError(t, cdc.UnmarshalJSON(appState[computetypes.ModuleName], &computeGen))
		require.Equal(t, genesis.EmissionsEpochIdentifier, computeGen.Params.EpochIdentifier)
	}
	cfg := validConfig()
	cfg.Network.EmissionsEpoch = -time.Second
	require.Error(t, genesis.ApplyToGenesis(cdc, bttApp.DefaultGenesis(), cfg))
}

func TestApplyToGenesisGrantsInstitutionsFeeAllowances(t *testing.T) {
	bttApp := app.NewTestApp(t)
	cdc := bttApp.AppCodec()
	appState := bttApp.DefaultGenesis()
	cfg := validConfig()
	require.NoError(t, genesis.ApplyToGenesis(cdc, appState, cfg))
	require.NoError(t, bttApp.BasicModuleManager.ValidateGenesis(cdc, bttApp.TxConfig(), appState))

	var fg feegrant.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[feegrant.ModuleName], &fg))
	require.Len(t, fg.Allowances, len(cfg.Recipients))
	grantees := map[string]bool{}
	for _, g := range fg.Allowances {
		require.Equal(t, tokenomics.InstitutionFeeBudgetAddress().String(), g.Granter)
		grantees[g.Grantee] = true
		a, err := g.GetGrant()
		require.NoError(t, err)
		allowed, ok := a.(*feegrant.AllowedMsgAllowance)
		require.True(t, ok, "allowance %T", a)
		require.Contains(t, allowed.AllowedMessages, "/cosmos.gov.v1.MsgVote")
		require.NotContains(t, allowed.AllowedMessages, "/cosmos.bank.v1beta1.MsgSend")
		inner, err := allowed.GetAllowance()
		require.NoError(t, err)
		require.Equal(t, "100000000000000000000abtt", inner.(*feegrant.BasicAllowance).SpendLimit.String())
	}
	for _, r := range cfg.Recipients {
		require.True(t, grantees[r.Address], r.Allocation)
	}

	// The budget account holds exactly the sum of the spend limits, carved from the ecosystem fund.
	var bankGen banktypes.GenesisState
	require.NoError(t, cdc.UnmarshalJSON(appState[banktypes.ModuleName], &bankGen))
	bal := map[string]sdkmath.Int{}
	for _, b := range bankGen.Balances {
		bal[b.Address] = b.Coins.AmountOf("abtt")
	}
	require.Equal(t, btt(t, "500").String(), bal[tokenomics.InstitutionFeeBudgetAddress().String()].String())
	require.Equal(t, btt(t, "14699500").String(), bal[authtypes.NewModuleAddress(tokenomics.EcosystemGrowthFundPool).String()].String())
}
