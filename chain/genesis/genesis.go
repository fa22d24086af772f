package genesis

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	sdkmath "cosmossdk.io/math"
	"cosmossdk.io/x/feegrant"

	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	vestingtypes "github.com/cosmos/cosmos-sdk/x/auth/vesting/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/btt-chain/btt/chain/genesis/types"
	"github.com/btt-chain/btt/chain/tokenomics"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	wgovtypes "github.com/btt-chain/btt/chain/x/wgov/types"
)

// Result is the genesis accounts and balances that carry out one AllocationConfig.
type Result struct {
	Accounts authtypes.GenesisAccounts
	Balances []banktypes.Balance
	// Pools is what each pool module account holds after carve-outs.
	Pools map[string]sdkmath.Int
	// FeeGrants are the institutions' genesis fee allowances from tokenomics.InstitutionFeeBudget.
	FeeGrants []feegrant.Grant
}

// Build validates cfg and computes the genesis accounts and balances. The sum of
// all balances is exactly tokenomics.TotalSupply; anything else is an error.
func Build(cfg *types.AllocationConfig) (*Result, error) {
	if err := Validate(cfg); err != nil {
		return nil, err
	}
	recipients := make(map[string]string, len(cfg.Recipients))
	for _, r := range cfg.Recipients {
		recipients[r.Allocation] = r.Address
	}

	pools := make(map[string]sdkmath.Int)
	for _, a := range tokenomics.Table {
		if a.Kind == tokenomics.Pool {
			pools[a.ID] = a.Amount()
		}
	}
	for _, c := range cfg.CarveOuts {
		pools[c.From] = pools[c.From].Sub(c.Amount)
	}
	// The institutions' fee budget (feegrant.go) is carved out of the ecosystem fund.
	pools[tokenomics.InstitutionFeeBudgetFrom] = pools[tokenomics.InstitutionFeeBudgetFrom].Sub(tokenomics.InstitutionFeeBudgetTotal())

	res := &Result{Pools: pools}
	var accountNumber uint64
	nextNumber := func() uint64 { n := accountNumber; accountNumber++; return n }

	for _, a := range tokenomics.Table {
		switch a.Kind {
		case tokenomics.Vesting:
			addr := sdk.MustAccAddressFromBech32(recipients[a.ID])
			acc, err := NewVestingAccount(a, addr, nextNumber(), cfg.GenesisTime)
			if err != nil {
				return nil, err
			}
			res.Accounts = append(res.Accounts, acc)
			res.Balances = append(res.Balances, banktypes.Balance{Address: addr.String(), Coins: coins(a.Amount())})
		case tokenomics.Pool:
			macc := authtypes.NewEmptyModuleAccount(a.ID)
			macc.AccountNumber = nextNumber()
			res.Accounts = append(res.Accounts, macc)
			res.Balances = append(res.Balances, banktypes.Balance{Address: macc.GetAddress().String(), Coins: coins(pools[a.ID])})
		}
	}
	for _, c := range cfg.CarveOuts {
		addr := sdk.MustAccAddressFromBech32(c.Address)
		res.Accounts = append(res.Accounts, authtypes.NewBaseAccount(addr, nil, nextNumber(), 0))
		res.Balances = append(res.Balances, banktypes.Balance{Address: addr.String(), Coins: coins(c.Amount)})
	}
	budget := tokenomics.InstitutionFeeBudgetAddress()
	res.Accounts = append(res.Accounts, authtypes.NewBaseAccount(budget, nil, nextNumber(), 0))
	res.Balances = append(res.Balances, banktypes.Balance{Address: budget.String(), Coins: coins(tokenomics.InstitutionFeeBudgetTotal())})
	var grantees []sdk.AccAddress
	for _, a := range tokenomics.Table {
		if a.Kind == tokenomics.Vesting {
			grantees = append(grantees, sdk.MustAccAddressFromBech32(recipients[a.ID]))
		}
	}
	grants, err := InstitutionFeeGrants(grantees)
	if err != nil {
		return nil, err
	}
	res.FeeGrants = grants

	total := sdkmath.ZeroInt()
	for _, b := range res.Balances {
		total = total.Add(b.Coins.AmountOf(tokenomics.BaseDenom))
	}
	if !total.Equal(tokenomics.TotalSupply) {
		return nil, fmt.Errorf("allocation total %s abtt differs from the fixed supply %s abtt", total, tokenomics.TotalSupply)
	}
	return res, nil
}

// NewVestingAccount builds the PeriodicVestingAccount of a vesting allocation
// whose schedule starts at `start`.
func NewVestingAccount(a tokenomics.Allocation, addr sdk.AccAddress, accountNumber uint64, start time.Time) (*vestingtypes.PeriodicVestingAccount, error) {
	total := a.Amount()
	tranches, err := a.Schedule(total, start)
	if err != nil {
		return nil, err
	}
	periods := make(vestingtypes.Periods, len(tranches))
	prev := start.UTC()
	for i, t := range tranches {
		periods[i] = vestingtypes.Period{Length: int64(t.Time.Sub(prev) / time.Second), Amount: coins(t.Amount)}
		prev = t.Time
	}
	base := authtypes.NewBaseAccount(addr, nil, accountNumber, 0)
	return vestingtypes.NewPeriodicVestingAccount(base, coins(total), start.Unix(), periods)
}

// Validate checks a config: every institutional allocation has exactly one valid
// recipient, carve-outs come from pools that allow them and do not exceed them,
// no address receives twice, and network params are sane.
func Validate(cfg *types.AllocationConfig) error {
	if cfg == nil {
		return fmt.Errorf("allocation config is empty")
	}
	if cfg.ChainId == "" {
		return fmt.Errorf("chain_id is required")
	}
	if cfg.GenesisTime.IsZero() {
		return fmt.Errorf("genesis_time is required")
	}
	seen := make(map[string]string)
	claim := func(addr, who string) error {
		acc, err := sdk.AccAddressFromBech32(addr)
		if err != nil {
			return fmt.Errorf("%s: invalid address %q: %w", who, addr, err)
		}
		if prev, dup := seen[acc.String()]; dup {
			return fmt.Errorf("%s: address %s already receives %s", who, acc, prev)
		}
		for _, pool := range tokenomics.PoolNames() {
			if acc.Equals(authtypes.NewModuleAddress(pool)) {
				return fmt.Errorf("%s: address %s is the %s module account", who, acc, pool)
			}
		}
		if acc.Equals(tokenomics.InstitutionFeeBudgetAddress()) {
			return fmt.Errorf("%s: address %s is the %s account", who, acc, tokenomics.InstitutionFeeBudget)
		}
		seen[acc.String()] = who
		return nil
	}

	got := make(map[string]bool)
	for _, r := range cfg.Recipients {
		a, ok := tokenomics.Lookup(r.Allocation)
		if !ok || a.Kind != tokenomics.Vesting {
			return fmt.Errorf("recipient for unknown institutional allocation %q", r.Allocation)
		}
		if got[r.Allocation] {
			return fmt.Errorf("allocation %q has more than one recipient", r.Allocation)
		}
		got[r.Allocation] = true
		if err := claim(r.Address, r.Allocation); err != nil {
			return err
		}
	}
	for _, a := range tokenomics.Table {
		if a.Kind == tokenomics.Vesting && !got[a.ID] {
			return fmt.Errorf("allocation %q has no recipient", a.ID)
		}
	}

	carved := make(map[string]sdkmath.Int)
	for _, c := range cfg.CarveOuts {
		who := fmt.Sprintf("carve-out %q", c.Name)
		if c.Name == "" {
			return fmt.Errorf("carve-out without a name")
		}
		a, ok := tokenomics.Lookup(c.From)
		if !ok || a.Kind != tokenomics.Pool {
			return fmt.Errorf("%s: %q is not a pool allocation", who, c.From)
		}
		if !a.CarveOutAllowed {
			return fmt.Errorf("%s: pool %q releases only by its own rules and cannot be carved out", who, c.From)
		}
		if c.Amount.IsNil() || !c.Amount.IsPositive() {
			return fmt.Errorf("%s: amount must be positive", who)
		}
		if err := claim(c.Address, who); err != nil {
			return err
		}
		sum, ok := carved[c.From]
		if !ok {
			sum = sdkmath.ZeroInt()
		}
		carved[c.From] = sum.Add(c.Amount)
		avail := a.Amount()
		if c.From == tokenomics.InstitutionFeeBudgetFrom {
			avail = avail.Sub(tokenomics.InstitutionFeeBudgetTotal())
		}
		if carved[c.From].GT(avail) {
			return fmt.Errorf("carve-outs from %q (%s abtt) exceed its allocation (%s abtt, after the institutions' fee budget where it comes from this pool)", c.From, carved[c.From], avail)
		}
	}

	n := cfg.Network
	if n.GovVotingPeriod <= 0 || n.GovExpeditedVotingPeriod <= 0 || n.UnbondingTime <= 0 {
		return fmt.Errorf("network: gov_voting_period, gov_expedited_voting_period and unbonding_time must be positive")
	}
	if n.GovExpeditedVotingPeriod >= n.GovVotingPeriod {
		return fmt.Errorf("network: gov_expedited_voting_period must be shorter than gov_voting_period")
	}
	if n.GovMinDeposit.IsNil() || !n.GovMinDeposit.IsPositive() {
		return fmt.Errorf("network: gov_min_deposit must be positive")
	}
	if n.MaxValidators == 0 {
		return fmt.Errorf("network: max_validators must be positive")
	}
	return nil
}

// ApplyToGenesis replaces the accounts, balances and supply of appState with the
// allocation, adds the BTT denom metadata, and sets every denom and network
// parameter that the Cosmos SDK defaults would otherwise get wrong.
func ApplyToGenesis(cdc codec.JSONCodec, appState map[string]json.RawMessage, cfg *types.AllocationConfig) error {
	res, err := Build(cfg)
	if err != nil {
		return err
	}

	// auth: the allocation accounts only.
	var authGen authtypes.GenesisState
	if err := cdc.UnmarshalJSON(appState[authtypes.ModuleName], &authGen); err != nil {
		return fmt.Errorf("auth genesis: %w", err)
	}
	packed, err := authtypes.PackAccounts(res.Accounts)
	if err != nil {
		return err
	}
	authGen.Accounts = packed
	if appState[authtypes.ModuleName], err = cdc.MarshalJSON(&authGen); err != nil {
		return err
	}

	// bank: balances, the fixed supply, denom metadata.
	var bankGen banktypes.GenesisState
	if err := cdc.UnmarshalJSON(appState[banktypes.ModuleName], &bankGen); err != nil {
		return fmt.Errorf("bank genesis: %w", err)
	}
	bankGen.Balances = banktypes.SanitizeGenesisBalances(res.Balances)
	bankGen.Supply = coins(tokenomics.TotalSupply)
	bankGen.DenomMetadata = upsertMetadata(bankGen.DenomMetadata, tokenomics.DenomMetadata())
	if err := bankGen.Validate(); err != nil {
		return fmt.Errorf("bank genesis: %w", err)
	}
	if appState[banktypes.ModuleName], err = cdc.MarshalJSON(&bankGen); err != nil {
		return err
	}

	// staking: bond denom, unbonding time, validator set size.
	var stakingGen stakingtypes.GenesisState
	if err := cdc.UnmarshalJSON(appState[stakingtypes.ModuleName], &stakingGen); err != nil {
		return fmt.Errorf("staking genesis: %w", err)
	}
	stakingGen.Params.BondDenom = tokenomics.BaseDenom
	stakingGen.Params.UnbondingTime = cfg.Network.UnbondingTime
	stakingGen.Params.MaxValidators = cfg.Network.MaxValidators
	if appState[stakingtypes.ModuleName], err = cdc.MarshalJSON(&stakingGen); err != nil {
		return err
	}

	// gov: deposits in abtt, voting periods.
	var govGen govv1.GenesisState
	if err := cdc.UnmarshalJSON(appState["gov"], &govGen); err != nil {
		return fmt.Errorf("gov genesis: %w", err)
	}
	if govGen.Params == nil {
		p := govv1.DefaultParams()
		govGen.Params = &p
	}
	votingPeriod, expedited := cfg.Network.GovVotingPeriod, cfg.Network.GovExpeditedVotingPeriod
	govGen.Params.MinDeposit = coins(cfg.Network.GovMinDeposit)
	// An expedited proposal needs a larger deposit than a normal one (x/gov rule).
	govGen.Params.ExpeditedMinDeposit = coins(cfg.Network.GovMinDeposit.MulRaw(5))
	govGen.Params.VotingPeriod = &votingPeriod
	govGen.Params.ExpeditedVotingPeriod = &expedited
	govGen.Params.MaxDepositPeriod = &votingPeriod
	if err := govGen.Params.ValidateBasic(); err != nil {
		return fmt.Errorf("gov params: %w", err)
	}
	if appState["gov"], err = cdc.MarshalJSON(&govGen); err != nil {
		return err
	}
	if err := applyInstitutions(cdc, appState, cfg); err != nil {
		return err
	}
	if err := applyFeeGrants(cdc, appState, res.FeeGrants); err != nil {
		return err
	}
	return applyEmissionsEpoch(cdc, appState, cfg.Network.EmissionsEpoch)
}

// applyInstitutions seats the five institutional recipients as x/wgov's institutions class,
// each with its allocation percentage as in-class weight (10:3:3:2:1); governance changes them
// later with MsgSetInstitutions. Only done when the app has x/wgov.
func applyInstitutions(cdc codec.JSONCodec, appState map[string]json.RawMessage, cfg *types.AllocationConfig) error {
	raw, ok := appState[wgovtypes.ModuleName]
	if !ok {
		return nil
	}
	wgovGen := wgovtypes.DefaultGenesis()
	if err := cdc.UnmarshalJSON(raw, wgovGen); err != nil {
		return fmt.Errorf("wgov genesis: %w", err)
	}
	recipients := make(map[string]string, len(cfg.Recipients))
	for _, r := range cfg.Recipients {
		recipients[r.Allocation] = r.Address
	}
	wgovGen.Institutions = nil
	for _, a := range tokenomics.Table {
		if a.Kind == tokenomics.Vesting {
			wgovGen.Institutions = append(wgovGen.Institutions, wgovtypes.Institution{
				Address: recipients[a.ID], Weight: sdkmath.LegacyNewDec(a.Percent), Name: a.Name,
			})
		}
	}
	if err := wgovGen.Validate(); err != nil {
		return fmt.Errorf("wgov genesis: %w", err)
	}
	var err error
	appState[wgovtypes.ModuleName], err = cdc.MarshalJSON(wgovGen)
	return err
}

// applyFeeGrants writes the institutions' fee allowances into x/feegrant's genesis (when the
// app has x/feegrant), replacing any earlier grant from the fee budget account.
func applyFeeGrants(cdc codec.JSONCodec, appState map[string]json.RawMessage, grants []feegrant.Grant) error {
	raw, ok := appState[feegrant.ModuleName]
	if !ok {
		return nil
	}
	var gen feegrant.GenesisState
	if err := cdc.UnmarshalJSON(raw, &gen); err != nil {
		return fmt.Errorf("feegrant genesis: %w", err)
	}
	budget := tokenomics.InstitutionFeeBudgetAddress().String()
	kept := make([]feegrant.Grant, 0, len(gen.Allowances)+len(grants))
	for _, g := range gen.Allowances {
		if g.Granter != budget {
			kept = append(kept, g)
		}
	}
	gen.Allowances = append(kept, grants...)
	if err := feegrant.ValidateGenesis(gen); err != nil {
		return fmt.Errorf("feegrant genesis: %w", err)
	}
	var err error
	appState[feegrant.ModuleName], err = cdc.MarshalJSON(&gen)
	return err
}

// EmissionsEpochIdentifier is the x/epochs epoch that paces x/emissions' mining payouts.
const EmissionsEpochIdentifier = "emissions"

// applyEmissionsEpoch adds (or replaces) the x/epochs epoch "emissions" with the
// network's mining epoch length (a day when zero) and points x/emissions at it.
func applyEmissionsEpoch(cdc codec.JSONCodec, appState map[string]json.RawMessage, length time.Duration) error {
	if length < 0 {
		return fmt.Errorf("emissions_epoch must not be negative, got %s", length)
	}
	if length == 0 {
		length = 24 * time.Hour
	}
	var epochsGen epochstypes.GenesisState
	if raw, ok := appState[epochstypes.ModuleName]; ok {
		if err := cdc.UnmarshalJSON(raw, &epochsGen); err != nil {
			return fmt.Errorf("epochs genesis: %w", err)
		}
	}
	epochs := []epochstypes.EpochInfo{epochstypes.NewGenesisEpochInfo(EmissionsEpochIdentifier, length)}
	for _, e := range epochsGen.Epochs {
		if e.Identifier != EmissionsEpochIdentifier {
			epochs = append(epochs, e)
		}
	}
	sort.Slice(epochs, func(i, j int) bool { return epochs[i].Identifier < epochs[j].Identifier })
	epochsGen.Epochs = epochs
	if err := epochsGen.Validate(); err != nil {
		return fmt.Errorf("epochs genesis: %w", err)
	}
	var err error
	if appState[epochstypes.ModuleName], err = cdc.MarshalJSON(&epochsGen); err != nil {
		return err
	}

	emissionsGen := emissionstypes.DefaultGenesis()
	if raw, ok := appState[emissionstypes.ModuleName]; ok {
		if err := cdc.UnmarshalJSON(raw, emissionsGen); err != nil {
			return fmt.Errorf("emissions genesis: %w", err)
		}
	}
	emissionsGen.Params.EpochIdentifier = EmissionsEpochIdentifier
	if err := emissionsGen.Validate(); err != nil {
		return fmt.Errorf("emissions genesis: %w", err)
	}
	if appState[emissionstypes.ModuleName], err = cdc.MarshalJSON(emissionsGen); err != nil {
		return err
	}

	// x/compute keeps its per-node records by the same epochs (emissions pays epoch N from
	// compute's records of epoch N), so it must count the same epoch.
	if raw, ok := appState[computetypes.ModuleName]; ok {
		computeGen := computetypes.DefaultGenesis()
		if err := cdc.UnmarshalJSON(raw, computeGen); err != nil {
			return fmt.Errorf("compute genesis: %w", err)
		}
		computeGen.Params.EpochIdentifier = EmissionsEpochIdentifier
		if appState[computetypes.ModuleName], err = cdc.MarshalJSON(computeGen); err != nil {
			return err
		}
	}
	return nil
}

func upsertMetadata(list []banktypes.Metadata, md banktypes.Metadata) []banktypes.Metadata {
	out := []banktypes.Metadata{md}
	for _, m := range list {
		if m.Base != md.Base {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Base < out[j].Base })
	return out
}

func coins(amount sdkmath.Int) sdk.Coins {
	return sdk.NewCoins(sdk.NewCoin(tokenomics.BaseDenom, amount))
}

// BlockMaxGas is the consensus block max_gas that 'bttd genesis allocate' writes (CometBFT's
// default is -1: unlimited, so one block could carry any amount of execution and stall every
// validator). 100,000,000 gas is:
//   - 14 times the largest legitimate transaction measured (a 100-order x/rwa MsgPlaceOrder
//     batch: about 4.7M gas used, 7.1M gas limit at 1.5 × simulation; BENCHMARKS.md, bench-rwa),
//     so such a batch always fits and a block still holds a dozen of them;
//   - above the most gas any benchmark block used (43M in bench-chain's send load, 34M with
//     compute proofs, 33M with rwa takers), and CometBFT counts the gas *limit* when it fills a
//     block (about 53M for that 43M block at 82,000 gas per send), so the measured throughput is
//     not capped;
//   - small enough to bound a block's execution (about 1.5k bank sends) on the validators' hardware.
//
// Governance can change it with x/consensus' MsgUpdateParams.
const BlockMaxGas int64 = 100_000_000
