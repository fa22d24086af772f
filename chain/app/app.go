// Package app wires the BTT chain: the Cosmos SDK modules, IBC, and (as they land)
// the BTT modules, on top of CometBFT.
package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"

	abci "github.com/cometbft/cometbft/abci/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/gogoproto/proto"
	"github.com/spf13/cast"

	reflectionv1 "cosmossdk.io/api/cosmos/reflection/v1"
	autocli "cosmossdk.io/client/v2/autocli"
	"cosmossdk.io/core/appmodule"
	"cosmossdk.io/log"
	"cosmossdk.io/math"
	storetypes "cosmossdk.io/store/types"
	"cosmossdk.io/x/evidence"
	evidencekeeper "cosmossdk.io/x/evidence/keeper"
	evidencetypes "cosmossdk.io/x/evidence/types"
	"cosmossdk.io/x/feegrant"
	feegrantkeeper "cosmossdk.io/x/feegrant/keeper"
	feegrantmodule "cosmossdk.io/x/feegrant/module"
	"cosmossdk.io/x/tx/signing"
	"cosmossdk.io/x/upgrade"
	upgradekeeper "cosmossdk.io/x/upgrade/keeper"
	upgradetypes "cosmossdk.io/x/upgrade/types"

	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/client/flags"
	"github.com/cosmos/cosmos-sdk/client/grpc/cmtservice"
	nodeservice "github.com/cosmos/cosmos-sdk/client/grpc/node"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/codec/types"
	"github.com/cosmos/cosmos-sdk/runtime"
	runtimeservices "github.com/cosmos/cosmos-sdk/runtime/services"
	"github.com/cosmos/cosmos-sdk/server"
	"github.com/cosmos/cosmos-sdk/server/api"
	"github.com/cosmos/cosmos-sdk/server/config"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	"github.com/cosmos/cosmos-sdk/std"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/module"
	"github.com/cosmos/cosmos-sdk/types/msgservice"
	"github.com/cosmos/cosmos-sdk/version"
	"github.com/cosmos/cosmos-sdk/x/auth"
	"github.com/cosmos/cosmos-sdk/x/auth/ante"
	authcodec "github.com/cosmos/cosmos-sdk/x/auth/codec"
	authkeeper "github.com/cosmos/cosmos-sdk/x/auth/keeper"
	"github.com/cosmos/cosmos-sdk/x/auth/posthandler"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/cosmos/cosmos-sdk/x/auth/vesting"
	vestingtypes "github.com/cosmos/cosmos-sdk/x/auth/vesting/types"
	"github.com/cosmos/cosmos-sdk/x/authz"
	authzkeeper "github.com/cosmos/cosmos-sdk/x/authz/keeper"
	authzmodule "github.com/cosmos/cosmos-sdk/x/authz/module"
	"github.com/cosmos/cosmos-sdk/x/bank"
	bankkeeper "github.com/cosmos/cosmos-sdk/x/bank/keeper"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/cosmos-sdk/x/consensus"
	consensusparamkeeper "github.com/cosmos/cosmos-sdk/x/consensus/keeper"
	consensusparamtypes "github.com/cosmos/cosmos-sdk/x/consensus/types"
	distr "github.com/cosmos/cosmos-sdk/x/distribution"
	distrkeeper "github.com/cosmos/cosmos-sdk/x/distribution/keeper"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/cosmos/cosmos-sdk/x/epochs"
	epochskeeper "github.com/cosmos/cosmos-sdk/x/epochs/keeper"
	epochstypes "github.com/cosmos/cosmos-sdk/x/epochs/types"
	"github.com/cosmos/cosmos-sdk/x/genutil"
	genutiltypes "github.com/cosmos/cosmos-sdk/x/genutil/types"
	"github.com/cosmos/cosmos-sdk/x/gov"
	govclient "github.com/cosmos/cosmos-sdk/x/gov/client"
	govkeeper "github.com/cosmos/cosmos-sdk/x/gov/keeper"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	govv1beta1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1beta1"
	"github.com/cosmos/cosmos-sdk/x/slashing"
	slashingkeeper "github.com/cosmos/cosmos-sdk/x/slashing/keeper"
	slashingtypes "github.com/cosmos/cosmos-sdk/x/slashing/types"
	"github.com/cosmos/cosmos-sdk/x/staking"
	stakingkeeper "github.com/cosmos/cosmos-sdk/x/staking/keeper"
	stakingtypes "github.com/cosmos/cosmos-sdk/x/staking/types"

	"github.com/cosmos/ibc-go/v10/modules/apps/transfer"
	ibctransferkeeper "github.com/cosmos/ibc-go/v10/modules/apps/transfer/keeper"
	ibctransfertypes "github.com/cosmos/ibc-go/v10/modules/apps/transfer/types"
	transferv2 "github.com/cosmos/ibc-go/v10/modules/apps/transfer/v2"
	ibc "github.com/cosmos/ibc-go/v10/modules/core"
	porttypes "github.com/cosmos/ibc-go/v10/modules/core/05-port/types"
	ibcapi "github.com/cosmos/ibc-go/v10/modules/core/api"
	ibcexported "github.com/cosmos/ibc-go/v10/modules/core/exported"
	ibckeeper "github.com/cosmos/ibc-go/v10/modules/core/keeper"
	ibctm "github.com/cosmos/ibc-go/v10/modules/light-clients/07-tendermint"

	"github.com/btt-chain/btt/chain/tokenomics"
	"github.com/btt-chain/btt/chain/x/bridge"
	bridgekeeper "github.com/btt-chain/btt/chain/x/bridge/keeper"
	bridgetypes "github.com/btt-chain/btt/chain/x/bridge/types"
	"github.com/btt-chain/btt/chain/x/compute"
	computekeeper "github.com/btt-chain/btt/chain/x/compute/keeper"
	computetypes "github.com/btt-chain/btt/chain/x/compute/types"
	"github.com/btt-chain/btt/chain/x/emissions"
	emissionskeeper "github.com/btt-chain/btt/chain/x/emissions/keeper"
	emissionstypes "github.com/btt-chain/btt/chain/x/emissions/types"
	"github.com/btt-chain/btt/chain/x/health"
	healthkeeper "github.com/btt-chain/btt/chain/x/health/keeper"
	healthtypes "github.com/btt-chain/btt/chain/x/health/types"
	"github.com/btt-chain/btt/chain/x/payfi"
	payfikeeper "github.com/btt-chain/btt/chain/x/payfi/keeper"
	payfitypes "github.com/btt-chain/btt/chain/x/payfi/types"
	"github.com/btt-chain/btt/chain/x/rwa"
	rwakeeper "github.com/btt-chain/btt/chain/x/rwa/keeper"
	rwatypes "github.com/btt-chain/btt/chain/x/rwa/types"
	"github.com/btt-chain/btt/chain/x/wgov"
	wgovkeeper "github.com/btt-chain/btt/chain/x/wgov/keeper"
	wgovtypes "github.com/btt-chain/btt/chain/x/wgov/types"
)

// DefaultNodeHome is the default home directory of bttd.
var DefaultNodeHome string

// maccPerms are the module accounts and their permissions. The allocation
// pools hold their genesis allocation and have no mint or burn permission:
// nothing on BTT chain mints abtt after genesis.
var maccPerms = map[string][]string{
	authtypes.FeeCollectorName:     nil,
	distrtypes.ModuleName:          nil,
	stakingtypes.BondedPoolName:    {authtypes.Burner, authtypes.Staking},
	stakingtypes.NotBondedPoolName: {authtypes.Burner, authtypes.Staking},
	govtypes.ModuleName:            {authtypes.Burner},
	// ICS-20 mints and burns vouchers for foreign denoms only; abtt sent out is escrowed.
	ibctransfertypes.ModuleName:        {authtypes.Minter, authtypes.Burner},
	tokenomics.FoundationPool:          nil,
	tokenomics.MiningRewardsPool:       nil,
	tokenomics.CommunityIncentivesPool: nil,
	tokenomics.EcosystemGrowthFundPool: nil,
	tokenomics.UnallocatedReserve:      nil,
	// x/emissions burns (BurnFee) through its own account; the development fund receives the fee split.
	emissionstypes.ModuleName:      {authtypes.Burner},
	emissionstypes.DevelopmentFund: nil,
	// x/compute holds node stakes and task escrow; it burns through x/emissions' Burn.
	computetypes.ModuleName: nil,
	// x/rwa escrows resting orders and mints/burns asset shares rwa/{id} (never abtt: its
	// fee burns go through x/emissions' Burn).
	rwatypes.ModuleName: {authtypes.Minter, authtypes.Burner},
	// x/wgov holds nomination bonds; forfeited bonds are burned through x/emissions' Burn.
	wgovtypes.ModuleName: nil,
	// x/bridge escrows abtt sent to Ethereum (never minted or burned: wBTT is backed 1:1 by it) and
	// mints and burns the vouchers bridge/eth/0x… of Ethereum tokens.
	bridgetypes.ModuleName: {authtypes.Minter, authtypes.Burner},
}

var _ servertypes.Application = (*BttApp)(nil)

// BttApp is the BTT chain ABCI application.
type BttApp struct {
	*baseapp.BaseApp
	legacyAmino       *codec.LegacyAmino
	appCodec          codec.Codec
	txConfig          client.TxConfig
	interfaceRegistry types.InterfaceRegistry

	keys map[string]*storetypes.KVStoreKey

	AccountKeeper         authkeeper.AccountKeeper
	BankKeeper            bankkeeper.BaseKeeper
	StakingKeeper         *stakingkeeper.Keeper
	SlashingKeeper        slashingkeeper.Keeper
	DistrKeeper           distrkeeper.Keeper
	GovKeeper             govkeeper.Keeper
	UpgradeKeeper         *upgradekeeper.Keeper
	EvidenceKeeper        evidencekeeper.Keeper
	FeeGrantKeeper        feegrantkeeper.Keeper
	AuthzKeeper           authzkeeper.Keeper
	ConsensusParamsKeeper consensusparamkeeper.Keeper
	EpochsKeeper          epochskeeper.Keeper
	IBCKeeper             *ibckeeper.Keeper
	TransferKeeper        ibctransferkeeper.Keeper
	EmissionsKeeper       *emissionskeeper.Keeper
	ComputeKeeper         *computekeeper.Keeper
	RwaKeeper             *rwakeeper.Keeper
	BridgeKeeper          bridgekeeper.Keeper
	HealthKeeper          healthkeeper.Keeper
	PayfiKeeper           payfikeeper.Keeper
	WgovKeeper            *wgovkeeper.Keeper
	// emissionsCompute is what x/emissions reads as x/compute (see lateCompute).
	emissionsCompute emissionstypes.ComputeKeeper

	ModuleManager      *module.Manager
	BasicModuleManager module.BasicManager
	configurator       module.Configurator

	// sm is the simulation manager (simulation.go); skipSigVerify and invariantsEveryBlock are
	// set only by the simulation.
	sm                   *module.SimulationManager
	skipSigVerify        bool
	invariantsEveryBlock []RegisteredInvariant
}

func init() {
	userHomeDir, err := os.UserHomeDir()
	if err != nil {
		panic(err)
	}
	DefaultNodeHome = filepath.Join(userHomeDir, ".bttd")
}

// NewBttApp returns a fully wired BTT chain application.
func NewBttApp(
	logger log.Logger,
	db dbm.DB,
	traceStore io.Writer,
	loadLatest bool,
	appOpts servertypes.AppOptions,
	baseAppOptions ...func(*baseapp.BaseApp),
) *BttApp {
	SetConfig()
	interfaceRegistry, err := types.NewInterfaceRegistryWithOptions(types.InterfaceRegistryOptions{
		ProtoFiles: proto.HybridResolver,
		SigningOptions: signing.Options{
			AddressCodec:          address.Bech32Codec{Bech32Prefix: Bech32PrefixAccAddr},
			ValidatorAddressCodec: address.Bech32Codec{Bech32Prefix: Bech32PrefixValAddr},
		},
	})
	if err != nil {
		panic(err)
	}
	appCodec := codec.NewProtoCodec(interfaceRegistry)
	legacyAmino := codec.NewLegacyAmino()
	txConfig := authtx.NewTxConfig(appCodec, authtx.DefaultSignModes)

	std.RegisterLegacyAminoCodec(legacyAmino)
	std.RegisterInterfaces(interfaceRegistry)

	bApp := baseapp.NewBaseApp(AppName, logger, db, txConfig.TxDecoder(), baseAppOptions...)
	bApp.SetCommitMultiStoreTracer(traceStore)
	bApp.SetVersion(version.Version)
	bApp.SetInterfaceRegistry(interfaceRegistry)
	bApp.SetTxEncoder(txConfig.TxEncoder())

	keys := storetypes.NewKVStoreKeys(
		authtypes.StoreKey, banktypes.StoreKey, stakingtypes.StoreKey, distrtypes.StoreKey,
		slashingtypes.StoreKey, govtypes.StoreKey, upgradetypes.StoreKey, evidencetypes.StoreKey,
		feegrant.StoreKey, authzkeeper.StoreKey, consensusparamtypes.StoreKey, epochstypes.StoreKey,
		ibcexported.StoreKey, ibctransfertypes.StoreKey,
		emissionstypes.StoreKey,
		computetypes.StoreKey,
		rwatypes.StoreKey,
		wgovtypes.StoreKey,
		bridgetypes.StoreKey,
		healthtypes.StoreKey,
		payfitypes.StoreKey,
	)
	if err := bApp.RegisterStreamingServices(appOpts, keys); err != nil {
		panic(err)
	}

	app := &BttApp{
		BaseApp:           bApp,
		legacyAmino:       legacyAmino,
		appCodec:          appCodec,
		txConfig:          txConfig,
		interfaceRegistry: interfaceRegistry,
		keys:              keys,
	}
	authority := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	accCodec := authcodec.NewBech32Codec(Bech32PrefixAccAddr)

	app.ConsensusParamsKeeper = consensusparamkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[consensusparamtypes.StoreKey]), authority, runtime.EventService{})
	bApp.SetParamStore(app.ConsensusParamsKeeper.ParamsStore)

	app.AccountKeeper = authkeeper.NewAccountKeeper(appCodec, runtime.NewKVStoreService(keys[authtypes.StoreKey]),
		authtypes.ProtoBaseAccount, maccPerms, accCodec, Bech32PrefixAccAddr, authority)

	app.BankKeeper = bankkeeper.NewBaseKeeper(appCodec, runtime.NewKVStoreService(keys[banktypes.StoreKey]),
		app.AccountKeeper, BlockedAddresses(), authority, logger)

	// x/gov and x/staking burn abtt (vetoed / cancelled deposits, slashed stake) through a bank
	// keeper that records every burn in x/emissions' burned total (burn.go).
	burnTracking := NewBurnTrackingBankKeeper(app.BankKeeper)

	app.StakingKeeper = stakingkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[stakingtypes.StoreKey]),
		app.AccountKeeper, burnTracking, authority,
		authcodec.NewBech32Codec(Bech32PrefixValAddr), authcodec.NewBech32Codec(Bech32PrefixConsAddr))

	app.DistrKeeper = distrkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[distrtypes.StoreKey]),
		app.AccountKeeper, app.BankKeeper, app.StakingKeeper, authtypes.FeeCollectorName, authority)

	app.SlashingKeeper = slashingkeeper.NewKeeper(appCodec, legacyAmino, runtime.NewKVStoreService(keys[slashingtypes.StoreKey]),
		app.StakingKeeper, authority)

	app.FeeGrantKeeper = feegrantkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[feegrant.StoreKey]), app.AccountKeeper)

	// The staking hooks are set below, once x/wgov's keeper (whose ballots follow delegations) exists.

	app.AuthzKeeper = authzkeeper.NewKeeper(runtime.NewKVStoreService(keys[authzkeeper.StoreKey]), appCodec,
		app.MsgServiceRouter(), app.AccountKeeper)

	skipUpgradeHeights := map[int64]bool{}
	for _, h := range cast.ToIntSlice(appOpts.Get(server.FlagUnsafeSkipUpgrades)) {
		skipUpgradeHeights[int64(h)] = true
	}
	homePath := cast.ToString(appOpts.Get(flags.FlagHome))
	app.UpgradeKeeper = upgradekeeper.NewKeeper(skipUpgradeHeights, runtime.NewKVStoreService(keys[upgradetypes.StoreKey]),
		appCodec, homePath, app.BaseApp, authority)

	app.EpochsKeeper = epochskeeper.NewKeeper(runtime.NewKVStoreService(keys[epochstypes.StoreKey]), appCodec)
	// x/emissions pays the mining budget at each epoch end from x/compute's records. x/compute,
	// built below, burns through x/emissions, so x/emissions gets x/compute through lateCompute.
	app.EmissionsKeeper = emissionskeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[emissionstypes.StoreKey]),
		authority, app.AccountKeeper, app.BankKeeper, &app.EpochsKeeper, lateCompute{app}, authtypes.FeeCollectorName)
	burnTracking.SetRecorder(app.EmissionsKeeper)
	// BTT modules register their epoch hooks here.
	app.EpochsKeeper.SetHooks(epochstypes.NewMultiEpochHooks(app.EmissionsKeeper.Hooks()))

	// x/rwa: fees are burned through x/emissions and the rest goes to the development fund;
	// its send restriction keeps shares rwa/{id} between credentialed accounts on every bank path.
	// (Built before x/compute, whose node attestations come from x/rwa's TECHNICAL verifiers.)
	app.RwaKeeper = rwakeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[rwatypes.StoreKey]),
		authority, emissionstypes.DevelopmentFund, app.AccountKeeper, app.BankKeeper, app.EmissionsKeeper)
	app.BankKeeper.AppendSendRestriction(app.RwaKeeper.SendRestriction)

	// x/compute: payments' development-fund share and slashed stake go to the development
	// fund; premium burns go through x/emissions; emissions reads compute's epoch records.
	// x/rwa's TECHNICAL verifiers attest nodes' region and energy class.
	// Both count the same x/epochs epoch (emissions pays epoch N from compute's records of
	// epoch N). x/emissions' params own the identifier: its MsgUpdateParams moves x/compute
	// along, x/compute's MsgUpdateParams refuses an identifier that differs from it (the params
	// check below), and InitChainer checks the genesis (ValidateEpochIdentifiers).
	computeParamsCheck := func(ctx context.Context, p computetypes.Params) error {
		ep, err := app.EmissionsKeeper.Params.Get(ctx)
		if err != nil {
			return err
		}
		if ep.EpochIdentifier != p.EpochIdentifier {
			return fmt.Errorf("epoch_identifier %q must equal x/emissions' %q (change it with x/emissions' MsgUpdateParams, which moves both)",
				p.EpochIdentifier, ep.EpochIdentifier)
		}
		return nil
	}
	app.ComputeKeeper = computekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[computetypes.StoreKey]),
		authority, emissionstypes.DevelopmentFund, app.AccountKeeper, app.BankKeeper, &app.EpochsKeeper,
		app.EmissionsKeeper, app.RwaKeeper, computeParamsCheck)
	app.emissionsCompute = app.ComputeKeeper

	// x/health pays points from the community incentives pool through x/emissions' SpendPool (a
	// transfer recorded in its release schedule: nothing is minted); clinics are PROVIDERs through
	// x/rwa KYC credentials. x/payfi credits merchants, sends the fee share to the development fund
	// and redeems x/health points as discounts. Neither has a module account: nothing is escrowed.
	app.HealthKeeper = healthkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[healthtypes.StoreKey]),
		authority, tokenomics.CommunityIncentivesPool, app.AccountKeeper, app.BankKeeper, app.EmissionsKeeper, app.RwaKeeper)
	app.PayfiKeeper = payfikeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[payfitypes.StoreKey]),
		authority, emissionstypes.DevelopmentFund, app.AccountKeeper, app.BankKeeper, app.RwaKeeper, app.HealthKeeper)

	evidenceKeeper := evidencekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[evidencetypes.StoreKey]),
		app.StakingKeeper, app.SlashingKeeper, accCodec, runtime.ProvideCometInfoService())
	app.EvidenceKeeper = *evidenceKeeper

	// x/bridge: the Ethereum bridge; it reads the bonded set and slashes and jails orchestrators'
	// validators through x/staking and x/slashing.
	app.BridgeKeeper = bridgekeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[bridgetypes.StoreKey]),
		authority, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, app.SlashingKeeper)

	// x/gov tallies every proposal by x/wgov's four weighted voter classes. The two keepers need
	// each other (x/wgov reads proposals and votes for its live tally query), so x/gov is built
	// first with a tally function that calls app.WgovKeeper, which exists before any block runs.
	govKeeper := govkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[govtypes.StoreKey]),
		app.AccountKeeper, burnTracking, app.StakingKeeper, app.DistrKeeper, app.MsgServiceRouter(),
		govtypes.DefaultConfig(), authority,
		govkeeper.WithCustomCalculateVoteResultsAndVotingPowerFn(func(ctx context.Context, gk govkeeper.Keeper,
			proposal govv1.Proposal, validators map[string]govv1.ValidatorGovInfo,
		) (math.LegacyDec, map[govv1.VoteOption]math.LegacyDec, error) {
			return app.WgovKeeper.CalculateVoteResultsAndVotingPower(ctx, gk, proposal, validators)
		}))
	// Legacy (v1beta1) content: only text proposals, as simapp. Without a router x/gov's
	// ExecLegacyContent dereferences a nil router and a v1beta1 text proposal panics (found by the
	// simulation, sim_test.go).
	legacyRouter := govv1beta1.NewRouter()
	legacyRouter.AddRoute(govtypes.RouterKey, govv1beta1.ProposalHandler)
	govKeeper.SetLegacyRouter(legacyRouter)
	app.GovKeeper = *govKeeper.SetHooks(govtypes.NewMultiGovHooks())

	// x/wgov: the voter classes; compute power comes from x/compute's epoch records, and its
	// staking hooks keep ballots following delegations.
	app.WgovKeeper = wgovkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[wgovtypes.StoreKey]),
		authority, app.StakingKeeper, app.ComputeKeeper, app.BankKeeper, app.EmissionsKeeper, &app.GovKeeper)
	app.StakingKeeper.SetHooks(stakingtypes.NewMultiStakingHooks(app.DistrKeeper.Hooks(), app.SlashingKeeper.Hooks(),
		app.WgovKeeper.Hooks()))

	// IBC core and ICS-20 transfer. The legacy params subspaces are nil: BTT chain
	// never had x/params, so there is nothing to migrate from.
	app.IBCKeeper = ibckeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[ibcexported.StoreKey]), nil,
		app.UpgradeKeeper, authority)
	app.TransferKeeper = ibctransferkeeper.NewKeeper(appCodec, runtime.NewKVStoreService(keys[ibctransfertypes.StoreKey]), nil,
		app.IBCKeeper.ChannelKeeper, app.IBCKeeper.ChannelKeeper, app.MsgServiceRouter(),
		app.AccountKeeper, app.BankKeeper, authority)

	ibcRouter := porttypes.NewRouter()
	ibcRouter.AddRoute(ibctransfertypes.ModuleName, transfer.NewIBCModule(app.TransferKeeper))
	app.IBCKeeper.SetRouter(ibcRouter)

	ibcRouterV2 := ibcapi.NewRouter()
	ibcRouterV2.AddRoute(ibctransfertypes.PortID, transferv2.NewIBCModule(app.TransferKeeper))
	app.IBCKeeper.SetRouterV2(ibcRouterV2)

	clientKeeper := app.IBCKeeper.ClientKeeper
	storeProvider := clientKeeper.GetStoreProvider()
	tmLightClientModule := ibctm.NewLightClientModule(appCodec, storeProvider)
	clientKeeper.AddRoute(ibctm.ModuleName, &tmLightClientModule)

	app.ModuleManager = module.NewManager(
		genutil.NewAppModule(app.AccountKeeper, app.StakingKeeper, app, txConfig),
		auth.NewAppModule(appCodec, app.AccountKeeper, nil, nil),
		vesting.NewAppModule(app.AccountKeeper, app.BankKeeper),
		bank.NewAppModule(appCodec, app.BankKeeper, app.AccountKeeper, nil),
		feegrantmodule.NewAppModule(appCodec, app.AccountKeeper, app.BankKeeper, app.FeeGrantKeeper, app.interfaceRegistry),
		gov.NewAppModule(appCodec, &app.GovKeeper, app.AccountKeeper, burnTracking, nil),
		slashing.NewAppModule(appCodec, app.SlashingKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil, app.interfaceRegistry),
		distr.NewAppModule(appCodec, app.DistrKeeper, app.AccountKeeper, app.BankKeeper, app.StakingKeeper, nil),
		staking.NewAppModule(appCodec, app.StakingKeeper, app.AccountKeeper, burnTracking, nil),
		upgrade.NewAppModule(app.UpgradeKeeper, app.AccountKeeper.AddressCodec()),
		evidence.NewAppModule(app.EvidenceKeeper),
		authzmodule.NewAppModule(appCodec, app.AuthzKeeper, app.AccountKeeper, app.BankKeeper, app.interfaceRegistry),
		consensus.NewAppModule(appCodec, app.ConsensusParamsKeeper),
		epochs.NewAppModule(app.EpochsKeeper),
		ibc.NewAppModule(app.IBCKeeper),
		transfer.NewAppModule(app.TransferKeeper),
		ibctm.NewAppModule(tmLightClientModule),
		emissions.NewAppModule(app.EmissionsKeeper),
		compute.NewAppModule(appCodec, app.ComputeKeeper),
		rwa.NewAppModule(appCodec, app.RwaKeeper),
		wgov.NewAppModule(app.WgovKeeper),
		bridge.NewAppModule(appCodec, app.BridgeKeeper),
		health.NewAppModule(appCodec, app.HealthKeeper),
		payfi.NewAppModule(appCodec, app.PayfiKeeper),
	)

	app.BasicModuleManager = module.NewBasicManagerFromManager(app.ModuleManager, map[string]module.AppModuleBasic{
		genutiltypes.ModuleName: genutil.NewAppModuleBasic(genutiltypes.DefaultMessageValidator),
		govtypes.ModuleName:     gov.NewAppModuleBasic([]govclient.ProposalHandler{}),
	})
	app.BasicModuleManager.RegisterLegacyAminoCodec(legacyAmino)
	app.BasicModuleManager.RegisterInterfaces(interfaceRegistry)

	app.ModuleManager.SetOrderPreBlockers(upgradetypes.ModuleName, authtypes.ModuleName)
	app.ModuleManager.SetOrderBeginBlockers(
		// emissions takes the fee split before x/distribution hands out the fees.
		epochstypes.ModuleName, emissionstypes.ModuleName,
		distrtypes.ModuleName, slashingtypes.ModuleName, evidencetypes.ModuleName, stakingtypes.ModuleName,
		ibcexported.ModuleName, ibctransfertypes.ModuleName, genutiltypes.ModuleName, authz.ModuleName,
		computetypes.ModuleName, wgovtypes.ModuleName,
		// health starts a new points epoch (matures points, fixes the rate) before any tx reads it.
		healthtypes.ModuleName,
	)
	app.ModuleManager.SetOrderEndBlockers(
		govtypes.ModuleName, stakingtypes.ModuleName, ibcexported.ModuleName, ibctransfertypes.ModuleName,
		genutiltypes.ModuleName, feegrant.ModuleName, authz.ModuleName,
		computetypes.ModuleName, rwatypes.ModuleName,
		// after staking: the bridge's valsets and quorums read this block's bonded set.
		bridgetypes.ModuleName,
	)
	// genutil must come after staking (pools are filled from genesis accounts) and auth.
	genesisModuleOrder := []string{
		authtypes.ModuleName, banktypes.ModuleName, distrtypes.ModuleName, stakingtypes.ModuleName,
		slashingtypes.ModuleName, govtypes.ModuleName, ibcexported.ModuleName, genutiltypes.ModuleName,
		evidencetypes.ModuleName, authz.ModuleName, ibctransfertypes.ModuleName, feegrant.ModuleName,
		upgradetypes.ModuleName, vestingtypes.ModuleName, consensusparamtypes.ModuleName, epochstypes.ModuleName,
		emissionstypes.ModuleName, computetypes.ModuleName, rwatypes.ModuleName, wgovtypes.ModuleName,
		bridgetypes.ModuleName,
		healthtypes.ModuleName, payfitypes.ModuleName,
	}
	app.ModuleManager.SetOrderInitGenesis(genesisModuleOrder...)
	app.ModuleManager.SetOrderExportGenesis(genesisModuleOrder...)

	app.sm = app.newSimulationManager(burnTracking)
	app.sm.RegisterStoreDecoders()

	app.configurator = module.NewConfigurator(app.appCodec, app.MsgServiceRouter(), app.GRPCQueryRouter())
	if err := app.ModuleManager.RegisterServices(app.configurator); err != nil {
		panic(err)
	}
	reflectionSvc, err := runtimeservices.NewReflectionService()
	if err != nil {
		panic(err)
	}
	reflectionv1.RegisterReflectionServiceServer(app.GRPCQueryRouter(), reflectionSvc)
	app.RegisterUpgradeHandlers()

	app.MountKVStores(keys)

	app.SetInitChainer(app.InitChainer)
	app.SetPreBlocker(app.PreBlocker)
	app.SetBeginBlocker(app.BeginBlocker)
	app.SetEndBlocker(app.EndBlocker)
	app.setAnteHandler(txConfig)
	app.setPostHandler()
	app.setPrepareProposal()

	// Check the proto annotations of every registered message once at start-up.
	protoFiles, err := proto.MergedRegistry()
	if err != nil {
		panic(err)
	}
	if err := msgservice.ValidateProtoAnnotations(protoFiles); err != nil {
		fmt.Fprintln(os.Stderr, err.Error())
	}

	if loadLatest {
		if err := app.LoadLatestVersion(); err != nil {
			panic(fmt.Errorf("error loading last version: %w", err))
		}
	}
	return app
}

func (app *BttApp) setAnteHandler(txConfig client.TxConfig) {
	anteHandler, err := NewAnteHandler(HandlerOptions{
		HandlerOptions: ante.HandlerOptions{
			AccountKeeper:   app.AccountKeeper,
			BankKeeper:      app.BankKeeper,
			FeegrantKeeper:  app.FeeGrantKeeper,
			SignModeHandler: txConfig.SignModeHandler(),
			SigGasConsumer:  ante.DefaultSigVerificationGasConsumer,
		},
		IBCKeeper:     app.IBCKeeper,
		SkipSigVerify: app.skipSigVerify,
	})
	if err != nil {
		panic(err)
	}
	app.SetAnteHandler(anteHandler)
}

func (app *BttApp) setPostHandler() {
	postHandler, err := posthandler.NewPostHandler(posthandler.HandlerOptions{})
	if err != nil {
		panic(err)
	}
	app.SetPostHandler(postHandler)
}

// Name returns the name of the App.
func (app *BttApp) Name() string { return app.BaseApp.Name() }

// PreBlocker runs the modules' pre-block logic (upgrades first).
func (app *BttApp) PreBlocker(ctx sdk.Context, _ *abci.RequestFinalizeBlock) (*sdk.ResponsePreBlock, error) {
	return app.ModuleManager.PreBlock(ctx)
}

// BeginBlocker runs the modules' begin-block logic.
func (app *BttApp) BeginBlocker(ctx sdk.Context) (sdk.BeginBlock, error) {
	return app.ModuleManager.BeginBlock(ctx)
}

// EndBlocker runs the modules' end-block logic.
func (app *BttApp) EndBlocker(ctx sdk.Context) (sdk.EndBlock, error) {
	res, err := app.ModuleManager.EndBlock(ctx)
	if err != nil || len(app.invariantsEveryBlock) == 0 {
		return res, err
	}
	// Only in the simulation (AssertInvariantsEveryBlock): every registered invariant, after
	// every block's EndBlock; a broken one fails FinalizeBlock and so the simulation.
	return res, app.checkInvariants(ctx)
}

// Configurator returns the module configurator.
func (app *BttApp) Configurator() module.Configurator { return app.configurator }

// InitChainer initialises the chain from the genesis app state.
func (app *BttApp) InitChainer(ctx sdk.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var genesisState GenesisState
	if err := json.Unmarshal(req.AppStateBytes, &genesisState); err != nil {
		return nil, err
	}
	if err := ValidateEpochIdentifiers(app.appCodec, genesisState); err != nil {
		return nil, err
	}
	if err := app.UpgradeKeeper.SetModuleVersionMap(ctx, app.ModuleManager.GetVersionMap()); err != nil {
		return nil, err
	}
	return app.ModuleManager.InitGenesis(ctx, app.appCodec, genesisState)
}

// LoadHeight loads the state at a particular height.
func (app *BttApp) LoadHeight(height int64) error { return app.LoadVersion(height) }

// LegacyAmino returns the amino codec.
func (app *BttApp) LegacyAmino() *codec.LegacyAmino { return app.legacyAmino }

// AppCodec returns the protobuf codec.
func (app *BttApp) AppCodec() codec.Codec { return app.appCodec }

// InterfaceRegistry returns the interface registry.
func (app *BttApp) InterfaceRegistry() types.InterfaceRegistry { return app.interfaceRegistry }

// TxConfig returns the transaction config.
func (app *BttApp) TxConfig() client.TxConfig { return app.txConfig }

// DefaultGenesis returns the default genesis of every module.
func (app *BttApp) DefaultGenesis() map[string]json.RawMessage {
	return app.BasicModuleManager.DefaultGenesis(app.appCodec)
}

// GetKey returns the KVStoreKey for the provided store key.
func (app *BttApp) GetKey(storeKey string) *storetypes.KVStoreKey { return app.keys[storeKey] }

// AutoCliOpts returns the autocli options of every module, for `bttd q` and `bttd tx`.
func (app *BttApp) AutoCliOpts() autocli.AppOptions {
	modules := make(map[string]appmodule.AppModule)
	for _, m := range app.ModuleManager.Modules {
		if moduleWithName, ok := m.(module.HasName); ok {
			if appModule, ok := moduleWithName.(appmodule.AppModule); ok {
				modules[moduleWithName.Name()] = appModule
			}
		}
	}
	return autocli.AppOptions{
		Modules:               modules,
		ModuleOptions:         runtimeservices.ExtractAutoCLIOptions(app.ModuleManager.Modules),
		AddressCodec:          authcodec.NewBech32Codec(Bech32PrefixAccAddr),
		ValidatorAddressCodec: authcodec.NewBech32Codec(Bech32PrefixValAddr),
		ConsensusAddressCodec: authcodec.NewBech32Codec(Bech32PrefixConsAddr),
	}
}

// RegisterAPIRoutes registers the REST (grpc-gateway) routes of every module.
func (app *BttApp) RegisterAPIRoutes(apiSvr *api.Server, apiConfig config.APIConfig) {
	clientCtx := apiSvr.ClientCtx
	authtx.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	cmtservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	nodeservice.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	app.BasicModuleManager.RegisterGRPCGatewayRoutes(clientCtx, apiSvr.GRPCGatewayRouter)
	if err := server.RegisterSwaggerAPI(apiSvr.ClientCtx, apiSvr.Router, apiConfig.Swagger); err != nil {
		panic(err)
	}
}

// RegisterTxService registers the gRPC tx service.
func (app *BttApp) RegisterTxService(clientCtx client.Context) {
	authtx.RegisterTxService(app.GRPCQueryRouter(), clientCtx, app.Simulate, app.interfaceRegistry)
}

// RegisterTendermintService registers the CometBFT gRPC queries.
func (app *BttApp) RegisterTendermintService(clientCtx client.Context) {
	cmtApp := server.NewCometABCIWrapper(app)
	cmtservice.RegisterTendermintService(clientCtx, app.GRPCQueryRouter(), app.interfaceRegistry, cmtApp.Query)
}

// RegisterNodeService registers the node gRPC service.
func (app *BttApp) RegisterNodeService(clientCtx client.Context, cfg config.Config) {
	nodeservice.RegisterNodeService(clientCtx, app.GRPCQueryRouter(), cfg)
}

// GetMaccPerms returns a copy of the module account permissions.
func GetMaccPerms() map[string][]string {
	dup := make(map[string][]string, len(maccPerms))
	maps.Copy(dup, maccPerms)
	return dup
}

// BlockedAddresses returns the module accounts that may not receive funds by a
// plain bank send: pools move only through their module's rules.
func BlockedAddresses() map[string]bool {
	blocked := make(map[string]bool)
	for acc := range GetMaccPerms() {
		blocked[authtypes.NewModuleAddress(acc).String()] = true
	}
	delete(blocked, authtypes.NewModuleAddress(govtypes.ModuleName).String())
	return blocked
}
