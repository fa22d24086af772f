package app

import (
	sdkmath "cosmossdk.io/math"

	sdk "github.com/cosmos/cosmos-sdk/types"
)

const (
	// AppName is the name of the application and of its binary.
	AppName = "bttd"

	// BaseDenom is the on-chain base unit of BTT (1 BTT = 10^18 abtt).
	BaseDenom = "abtt"
	// DisplayDenom is the unit wallets show.
	DisplayDenom = "btt"
	// DenomExponent is the number of decimals between DisplayDenom and BaseDenom.
	DenomExponent = 18

	// CoinType is the BIP-44 coin type used for key derivation.
	CoinType = 118

	// Bech32PrefixAccAddr is the human-readable part of account addresses.
	Bech32PrefixAccAddr = "btt"
)

var (
	Bech32PrefixAccPub   = Bech32PrefixAccAddr + "pub"
	Bech32PrefixValAddr  = Bech32PrefixAccAddr + "valoper"
	Bech32PrefixValPub   = Bech32PrefixAccAddr + "valoperpub"
	Bech32PrefixConsAddr = Bech32PrefixAccAddr + "valcons"
	Bech32PrefixConsPub  = Bech32PrefixAccAddr + "valconspub"

	// PowerReduction converts staked abtt into CometBFT voting power. With 18
	// decimals the SDK default (10^6) would overflow CometBFT's total voting power
	// limit, so one unit of power is one whole BTT.
	PowerReduction = sdkmath.NewIntWithDecimal(1, DenomExponent)
)

// SetConfig sets the process-wide SDK configuration (address prefixes, coin type,
// bond denom, power reduction). It is idempotent and must run before any address
// is encoded.
func SetConfig() {
	cfg := sdk.GetConfig()
	if cfg.GetBech32AccountAddrPrefix() != Bech32PrefixAccAddr {
		cfg.SetBech32PrefixForAccount(Bech32PrefixAccAddr, Bech32PrefixAccPub)
		cfg.SetBech32PrefixForValidator(Bech32PrefixValAddr, Bech32PrefixValPub)
		cfg.SetBech32PrefixForConsensusNode(Bech32PrefixConsAddr, Bech32PrefixConsPub)
		cfg.SetCoinType(CoinType)
		cfg.SetPurpose(44)
	}
	sdk.DefaultBondDenom = BaseDenom
	sdk.DefaultPowerReduction = PowerReduction
}

func init() {
	SetConfig()
}
